using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// One draft open in two browsers (two tabs, or two colleagues). The first to save wins; the
/// other is told, nothing is overwritten, and they choose: take the saved draft, or keep their
/// version as a new draft.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class WizardConflictTests(BrowserSession session)
{
    private const string Question = "grid.dso_name";

    [Fact]
    public async Task A_tab_saving_over_a_newer_version_is_stopped_and_can_reload_the_saved_draft()
    {
        var (draft, a, b) = await ConflictAsync();
        await using var contextA = a.Context;
        await using var contextB = b.Context;

        // A reload in A shows A's value, not B's.
        await a.ReloadAsync();
        await a.WaitUntilInteractiveAsync();
        await a.ShouldBeOnStepAsync("grid");
        await Assertions.Expect(a.Field(Question)).ToHaveValueAsync("Enexis (tab A)");

        await b.GetByRole(AriaRole.Button, new() { Name = "Reload the saved draft" }).ClickAsync();

        await Assertions.Expect(b.GetByTestId("conflict")).ToHaveCountAsync(0);
        await Assertions.Expect(b.SaveStatus()).ToHaveAttributeAsync("data-state", "saved");
        await Assertions.Expect(b.Field(Question)).ToHaveValueAsync("Enexis (tab A)");
        b.Url.ShouldEndWith($"/drafts/{draft}/grid");
        // The button pressed went away with the alert; the focus starts again at the heading, not lost on the page.
        await Assertions.Expect(b.Locator("h1")).ToBeFocusedAsync();

        // Reloaded, B saves again as usual.
        await b.Field("grid.traffic_light_reduced_power_kw").FillAsync("9");
        await b.Field("grid.traffic_light_reduced_power_kw").PressAsync("Tab");
        await b.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input =>
            input.Answer("grid.traffic_light_reduced_power_kw")?.GetDecimal() == 9m && input.Answer(Question)?.GetString() == "Enexis (tab A)",
            "B's next change was stored on top of A's");
    }

    [Fact]
    public async Task A_tab_saving_over_a_newer_version_can_keep_its_version_as_a_new_draft()
    {
        var (draft, a, b) = await ConflictAsync();
        await using var contextA = a.Context;
        await using var contextB = b.Context;

        await b.GetByRole(AriaRole.Button, new() { Name = "Keep my version as a new draft" }).ClickAsync();

        await Assertions.Expect(b).Not.ToHaveURLAsync(new Regex(draft.ToString()));
        await Assertions.Expect(b).ToHaveURLAsync(new Regex("/drafts/[0-9a-f-]{36}/grid$"));
        await b.ShouldBeOnStepAsync("grid");
        var copy = b.DraftId();
        copy.ShouldNotBe(draft);
        await Assertions.Expect(b.GetByTestId("conflict")).ToHaveCountAsync(0);
        await Assertions.Expect(b.Field(Question)).ToHaveValueAsync("Liander (tab B)");
        await Assertions.Expect(b.Locator(".tb-draft-title")).ToContainTextAsync("(my version)");

        var kept = await session.ReadDraftAsync(copy);
        kept.Input.Answer(Question)?.GetString().ShouldBe("Liander (tab B)");
        kept.Title.ShouldEndWith("(my version)");
        (await session.ReadDraftAsync(draft)).Input.Answer(Question)?.GetString().ShouldBe("Enexis (tab A)", "the original keeps A's answer");
    }

    /// <summary>Both tabs open the grid step; A saves a change; B then changes the same answer from the older version.</summary>
    private async Task<(Guid Draft, IPage A, IPage B)> ConflictAsync()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var a = await session.NewPageAsync();
        var b = await session.NewPageAsync();
        await a.OpenStepAsync(draft, "grid");
        await b.OpenStepAsync(draft, "grid");
        await Assertions.Expect(b.Field(Question)).ToHaveValueAsync("Stedin");

        await a.Field(Question).FillAsync("Enexis (tab A)");
        await a.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer(Question)?.GetString() == "Enexis (tab A)", "A's change was stored");

        await b.Field(Question).FillAsync("Liander (tab B)");

        var conflict = b.GetByTestId("conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(conflict).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(conflict).ToContainTextAsync("nothing has been overwritten");
        await Assertions.Expect(b.SaveStatus()).ToHaveAttributeAsync("data-state", "conflict");
        // B's change was not written, and B still sees it (it is not lost either).
        (await session.ReadDraftAsync(draft)).Input.Answer(Question)?.GetString().ShouldBe("Enexis (tab A)");
        await Assertions.Expect(b.Field(Question)).ToHaveValueAsync("Liander (tab B)");
        await b.WaitForAnimationsAsync();
        await b.ShouldHaveNoAccessibilityViolationsAsync();
        await b.ScreenshotAsync("wizard-conflict");
        return (draft, a, b);
    }
}
