using Microsoft.Playwright;
using TenderBuilder.Testing;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The API's interactive reference as an integration developer signed in to the web app sees it:
/// it loads under the app's content security policy (its inline scripts by nonce), lists the
/// operations with their summaries, and passes the accessibility checks every page passes.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class ApiReferenceTests(BrowserSession session)
{
    [Fact]
    public async Task A_signed_in_person_reads_the_api_reference_with_nothing_refused_by_the_policy()
    {
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                refused.Add(message.Text);
            }
        };

        await page.GotoAsync("developers/api/");

        await Assertions.Expect(page.GetByText("Create a draft from a TenderInput").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByText("TenderBuilder API").First).ToBeVisibleAsync();
        await page.WindowScreenshotAsync("api-reference");
        refused.Where(r => r.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        // The package draws the page; the app sets its language and darkens its colours (ApiHosting).
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
