using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>The export step's small preview opens full size in a tab of its own.</summary>
[Collection(WizardCollection.Name)]
public sealed class ExportPreviewTests(BrowserSession session)
{
    [Fact]
    public async Task The_preview_opens_full_size_in_a_new_tab_under_the_same_no_script_policy()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "export");
        var frame = page.GetByTestId("preview");
        await Assertions.Expect(frame).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var framed = await frame.GetAttributeAsync("src");

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Open the preview full size (opens in a new tab)" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", framed!);
        await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");

        // The link's own tab, as the browser opens it: the same document the frame shows, at full size.
        var opened = await context.NewPageAsync();
        var response = await opened.GotoAsync((await link.GetAttributeAsync("href"))!);

        response!.Status.ShouldBe(200);
        (await response.HeaderValueAsync("content-security-policy")).ShouldNotBeNull().ShouldContain("default-src 'none'");
        await Assertions.Expect(opened.Locator("h1").First).Not.ToBeEmptyAsync();
        (await opened.EvaluateAsync<int>("() => document.documentElement.clientWidth")).ShouldBeGreaterThan(1000, "the document fills the tab, not a frame");
        await opened.ScreenshotAsync("export-preview-full-size");
    }
}
