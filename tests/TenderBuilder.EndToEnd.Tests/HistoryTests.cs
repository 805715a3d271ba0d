using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>An officer changes an answer and finds the change, with their name, in the draft's history.</summary>
[Collection(WizardCollection.Name)]
public sealed class HistoryTests(BrowserSession session)
{
    [Fact]
    public async Task A_change_made_in_the_wizard_appears_in_the_drafts_history_with_who_made_it()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;

        await page.OpenStepAsync(draft, "grid");
        await page.Field("grid.dso_name").FillAsync("Enexis");
        // The save follows the typing after a pause: wait until the database has it.
        for (var i = 0; i < 100 && (await session.ReadDraftAsync(draft)).Input.Answers["grid.dso_name"].GetString() != "Enexis"; i++)
        {
            await Task.Delay(100);
        }

        await page.ShouldShowSavedAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History of changes" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("History of “Utrecht-like concession”");
        var row = page.Locator("main table tr").Filter(new() { HasText = "grid.dso_name" });
        await Assertions.Expect(row.Locator("td[data-label='After']")).ToHaveTextAsync("Enexis");
        await Assertions.Expect(row).ToContainTextAsync("Test user of Test City");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("created");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }))
            .ToHaveAttributeAsync("href", $"export/drafts/{draft}/history.csv");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("history");
    }
}
