using Microsoft.Playwright;
using TenderBuilder.Core.Input;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// An officer's work survives a reload (a lost connection, a closed laptop): answers on several
/// steps, a removed clause with its justification, a parameter set in the review and a clause of
/// their own all come back, on the step they were on.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class WizardReloadTests(BrowserSession session)
{
    private const string Penalties = "operations.penalties-and-bonus";

    [Fact]
    public async Task Reloading_in_the_middle_of_the_wizard_restores_answers_review_choices_and_the_step()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;

        // Two question steps.
        await page.OpenStepAsync(draft, "sites");
        await page.Field("sites.site_count").FillAsync("950");
        await page.Locator("a.tb-next").ClickAsync();
        await page.ShouldBeOnStepAsync("grid");
        await page.Field("grid.dso_name").FillAsync("Enexis");
        await page.Option("grid.traffic_light_signal", "A fixed daily schedule").CheckAsync();
        await Assertions.Expect(page.Option("grid.traffic_light_signal", "A fixed daily schedule")).ToBeCheckedAsync();

        // The review: remove a recommended clause, set a parameter, add a clause of our own.
        await page.Locator("nav.tb-steps a[data-step='review']").ClickAsync();
        await page.ShouldBeOnStepAsync("review");
        var removable = page.Locator($".tb-review-clause:not([data-clause='{Penalties}'])").Filter(new() { Has = page.Locator(".tb-exclude") }).First;
        var removed = (await removable.GetAttributeAsync("data-clause"))!;
        await removable.Locator(".tb-exclude").ClickAsync();
        await page.Locator("#tb-justification").FillAsync("The city's own charging policy already covers this.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove with this justification" }).ClickAsync();
        await Assertions.Expect(page.Locator($".tb-removed-clause[data-clause='{removed}']")).ToBeVisibleAsync();

        var dailyPenalty = page.Locator($".tb-review-clause[data-clause='{Penalties}'] .tb-parameter[data-parameter='daily_penalty'] input");
        await Assertions.Expect(dailyPenalty).ToHaveValueAsync("30");
        await dailyPenalty.FillAsync("45");

        await page.Locator("#tb-custom-title").FillAsync("Local employment");
        await page.Locator("#tb-custom-text").FillAsync("The operator shall offer two work placements a year to residents of the city.");
        await page.Locator("#tb-custom-kind").SelectOptionAsync("contractPerformance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add clause" }).ClickAsync();
        var custom = page.Locator(".tb-review-clause[data-clause='custom.clause-1']");
        await Assertions.Expect(custom).ToContainTextAsync("Local employment");

        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input =>
            input.Answer("sites.site_count")?.GetDecimal() == 950m
            && input.Answer("grid.dso_name")?.GetString() == "Enexis"
            && input.Answer("grid.traffic_light_signal")?.GetString() == "fixed_schedule"
            && input.Exclusions.Any(e => e.Clause == removed && e.Justification == "The city's own charging policy already covers this.")
            && input.OverrideOf(Penalties, "daily_penalty")?.GetDecimal() == 45m
            && input.CustomClauses.Any(c => c.Title == "Local employment" && c.Kind == "contractPerformance"),
            "every change was stored");

        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();

        page.Url.ShouldEndWith($"/drafts/{draft}/review");
        await page.ShouldBeOnStepAsync("review");
        await Assertions.Expect(page.Locator($".tb-review-clause[data-clause='{removed}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($".tb-removed-clause[data-clause='{removed}']")).ToContainTextAsync("The city's own charging policy already covers this.");
        await Assertions.Expect(dailyPenalty).ToHaveValueAsync("45");
        await Assertions.Expect(custom).ToContainTextAsync("Local employment");
        await Assertions.Expect(custom).ToContainTextAsync("two work placements a year");
        await Assertions.Expect(page.Locator($"[data-testid=requirements-panel] [data-clause='{removed}']")).ToHaveCountAsync(0);

        await page.Locator("nav.tb-steps a[data-step='grid']").ClickAsync();
        await page.ShouldBeOnStepAsync("grid");
        await Assertions.Expect(page.Field("grid.dso_name")).ToHaveValueAsync("Enexis");
        await Assertions.Expect(page.Option("grid.traffic_light_signal", "A fixed daily schedule")).ToBeCheckedAsync();

        await page.Locator("nav.tb-steps a[data-step='sites']").ClickAsync();
        await page.ShouldBeOnStepAsync("sites");
        await Assertions.Expect(page.Field("sites.site_count")).ToHaveValueAsync("950");
    }
}
