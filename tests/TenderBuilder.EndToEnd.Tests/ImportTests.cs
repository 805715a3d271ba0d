using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>An officer imports a draft file: a broken one is explained and changes nothing, a good one opens as a new draft.</summary>
[Collection(WizardCollection.Name)]
public sealed class ImportTests(BrowserSession session)
{
    [Fact]
    public async Task A_broken_draft_file_is_explained_and_a_good_one_opens_as_a_new_draft()
    {
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("drafts");
        await page.WaitUntilInteractiveAsync();
        // MudBlazor keeps a fresh file input after each choice; the newest is the live one.
        var upload = page.Locator("input[type=file]").Last;

        await upload.SetInputFilesAsync(new FilePayload
        {
            Name = "broken.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes("{\n  \"tender\": {\n    \"title\": \"Broken\"\n"),
        });

        var problem = page.Locator("#tb-import-problem");
        await Assertions.Expect(problem).ToContainTextAsync("“broken.json” could not be imported. Line");
        await Assertions.Expect(problem).ToContainTextAsync("Nothing was imported.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        var file = File.ReadAllText(TenderBuilder.Testing.RepositoryFiles.Example("small-town-ten-ac-points"));
        await upload.SetInputFilesAsync(new FilePayload { Name = "small-town.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(file) });

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/drafts/[0-9a-f-]{36}$"));
        await page.WaitUntilInteractiveAsync();
        var title = await page.Locator(".tb-draft-title").InnerTextAsync();
        title.ShouldNotBeNullOrWhiteSpace();
        await page.Locator("nav.tb-steps a[data-step='export']").ClickAsync();
        await page.ShouldBeOnStepAsync("export");
        var id = new Regex("/drafts/([0-9a-f-]{36})").Match(page.Url).Groups[1].Value;
        await Assertions.Expect(page.Locator("a.tb-draft-file")).ToHaveAttributeAsync("href", $"export/drafts/{id}/tender-input.json");
    }
}
