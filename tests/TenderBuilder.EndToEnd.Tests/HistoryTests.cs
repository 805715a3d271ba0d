using Microsoft.Playwright;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>An officer changes answers and finds the changes, in words and with their name, in the draft's history.</summary>
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
        await page.Field("grid.traffic_light_reduced_power_kw").FillAsync("12");
        // A number is read when the officer leaves its field.
        await page.Field("grid.traffic_light_reduced_power_kw").PressAsync("Tab");
        // The save follows the typing after a pause: wait until the database has both.
        for (var i = 0; i < 100 && !Saved(await session.ReadDraftAsync(draft)); i++)
        {
            await Task.Delay(100);
        }

        await page.ShouldShowSavedAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History of changes" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("History of “Utrecht-like concession”");
        var changes = page.Locator("main ol.tb-history");
        var operatorChange = changes.Locator("li").Filter(new() { HasText = "Which grid operator (DSO) serves the sites?" });
        await Assertions.Expect(operatorChange.Locator(".tb-history-summary")).ToHaveTextAsync("Which grid operator (DSO) serves the sites? Stedin → Enexis");
        await Assertions.Expect(operatorChange).ToContainTextAsync("Test user of Test City");
        // The change leads back to its question in the wizard.
        await Assertions.Expect(operatorChange.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"drafts/{draft}/grid#q-grid-dso_name");
        var powerChange = changes.Locator("li").Filter(new() { HasText = "during the busy period" });
        await Assertions.Expect(powerChange.Locator(".tb-history-summary"))
            .ToHaveTextAsync("What is the maximum power per charging point during the busy period? 11 kW → 12 kW");
        // The stored key and values wait behind the row's details.
        var details = operatorChange.Locator("details");
        await Assertions.Expect(details.Locator("dl")).Not.ToBeVisibleAsync();
        await details.Locator("summary").ClickAsync();
        await Assertions.Expect(details.Locator("dl")).ToContainTextAsync("grid.dso_name");
        await Assertions.Expect(details.Locator("dl")).ToContainTextAsync("\"Enexis\"");
        await Assertions.Expect(changes).ToContainTextAsync("Draft created");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }))
            .ToHaveAttributeAsync("href", $"export/drafts/{draft}/history.csv");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("history");

        await operatorChange.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("nav.tb-steps a[aria-current='step']")).ToHaveAttributeAsync("data-step", "grid");
        page.Url.ShouldEndWith($"drafts/{draft}/grid#q-grid-dso_name");
        await Assertions.Expect(page.Locator("#q-grid-dso_name")).ToBeInViewportAsync();
    }

    private static bool Saved(OpenedDraft draft) =>
        draft.Input.Answers["grid.dso_name"].GetString() == "Enexis"
        && draft.Input.Answers["grid.traffic_light_reduced_power_kw"].GetRawText() == "12";
}
