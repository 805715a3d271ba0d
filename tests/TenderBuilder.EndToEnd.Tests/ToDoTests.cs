using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// What is left to do, in sight: the header counts it on every step and stays in view while a long
/// step scrolls, the step list says where it is, the review step lists it with links that put the
/// focus on the field, and answering shows beside the field what it changed in the tender.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class ToDoTests(BrowserSession session)
{
    [Fact]
    public async Task A_missing_value_is_counted_listed_and_one_link_away_from_its_field()
    {
        // The example without its grid operator: every grid clause that names the operator needs a value.
        var example = Examples.UtrechtLikeConcession();
        var input = example with
        {
            Answers = example.Answers.Where(a => a.Key != "grid.dso_name").ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        };
        var draft = await session.SeedDraftAsync(input, "Utrecht-like, operator missing");
        var page = await session.NewPageAsync();
        await using var context = page.Context;

        await page.OpenStepAsync(draft, "model");
        var summary = page.GetByTestId("todo-summary");
        await Assertions.Expect(summary).ToContainTextAsync(new Regex(@"To do: \d+ values needed"));
        var needed = int.Parse((await summary.GetAttributeAsync("data-values"))!, System.Globalization.CultureInfo.InvariantCulture);
        needed.ShouldBeGreaterThan(1);
        await Assertions.Expect(page.Locator("a[data-step='grid'] .tb-step-errors")).ToHaveTextAsync($"{needed} to fix");

        // The header stays in sight at the bottom of a long step.
        await page.Keyboard.PressAsync("End");
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        var box = (await summary.BoundingBoxAsync()).ShouldNotBeNull();
        box.Y.ShouldBeGreaterThanOrEqualTo(0);
        box.Y.ShouldBeLessThan(page.ViewportSize!.Height);

        // "Show the list" opens the review step at its to-do list.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Show the list" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/review#tb-todo$"));
        await Assertions.Expect(page.Locator("#tb-todo")).ToBeFocusedAsync();
        var list = page.GetByTestId("todo-list");
        // One entry for the one answer they all need, listing each clause that needs it.
        var entry = list.Locator(".tb-todo-item[data-todo-kind='value']");
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry.Locator(".tb-todo-messages > li")).ToHaveCountAsync(needed);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await list.ScreenshotAsync("todo-list");

        // Its link goes to the grid step with the focus in the operator's field, ready to type.
        await list.Locator(".tb-todo-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/grid#q-grid-dso_name$"));
        await Assertions.Expect(page.Field("grid.dso_name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Stedin");
        await page.ShouldShowSavedAsync();

        // The answer says beside the field what it did, and the count is done.
        await Assertions.Expect(page.GetByTestId("change-note")).ToContainTextAsync("updated:");
        await Assertions.Expect(summary).ToContainTextAsync("Nothing left to do");
        await Assertions.Expect(page.Locator("a[data-step='grid'] .tb-step-errors")).ToHaveCountAsync(0);
        await page.WaitForAnimationsAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_deadline_before_publication_is_flagged_beside_the_dates_and_counted()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like, deadline mistyped");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "tender");
        var summary = page.GetByTestId("todo-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Nothing left to do");

        // The example publishes on 19 January 2026; a deadline a week earlier is a typing slip.
        await page.Question("tender.submission_deadline").Locator("input[type='date']").FillAsync("2026-01-12");
        await page.ShouldShowSavedAsync();

        var finding = page.Locator("[data-finding='dates.deadline-not-after-publication']");
        await Assertions.Expect(finding).ToBeVisibleAsync();
        await Assertions.Expect(finding).ToContainTextAsync("12 January 2026");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-errors", "1");
        await Assertions.Expect(page.Locator("a[data-step='tender'] .tb-step-errors")).ToHaveTextAsync("1 to fix");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await finding.ScreenshotAsync("deadline-before-publication");
    }
}
