using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The document language: chosen with the new draft's title, changed on the first step, kept
/// across a reload, and the requirements the officer sees follow it at once.
/// </summary>
public sealed partial class DocumentLanguageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Title = "Laadinfrastructuur 2027";

    [Fact]
    public async Task An_officer_writes_a_new_draft_in_Dutch_then_switches_it_to_German_and_the_requirements_follow()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("drafts");
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "New draft" }).ClickAsync();
        await page.GetByLabel("Title of the tender").FillAsync(Title);
        await page.Locator("div.mud-select:has(#draft-language-select)").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Nederlands" }).ClickAsync();
        await page.ScreenshotAsync("new-draft-language");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DraftAddress());
        var address = page.Url;

        var firstClause = page.Locator(".tb-panel-clause-title").First;
        await Assertions.Expect(firstClause).ToHaveTextAsync(FirstClauseTitle("nl-NL"));
        await Assertions.Expect(page.Locator("#tb-document-language")).ToContainTextAsync("Nederlands");

        await page.Locator("div.mud-select:has(#tb-document-language-select)").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Deutsch" }).ClickAsync();
        await Assertions.Expect(firstClause).ToHaveTextAsync(FirstClauseTitle("de-DE"));
        await Assertions.Expect(page.Locator(".tb-save-status")).ToHaveAttributeAsync("data-state", "saved");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("document-language");

        await page.GotoAsync(address);
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator("#tb-document-language")).ToContainTextAsync("Deutsch");
        await Assertions.Expect(page.Locator(".tb-panel-clause-title").First).ToHaveTextAsync(FirstClauseTitle("de-DE"));
    }

    [Fact]
    public async Task The_catalogue_shows_its_clauses_in_a_document_language_with_their_translation_status()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("catalogue");
        await page.WaitUntilInteractiveAsync();

        await page.Locator("div.mud-select:has(#tb-catalogue-language)").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Svenska" }).ClickAsync();

        var swedish = CatalogueLoader.For("sv-SE").Clauses[0];
        var clause = page.Locator($"[data-clause='{swedish.Id}']");
        await Assertions.Expect(clause.Locator(".tb-clause-title")).ToHaveTextAsync(swedish.DisplayTitle);
        await Assertions.Expect(page.Locator(".tb-clauses")).ToHaveAttributeAsync("lang", "sv-SE");
        await clause.Locator(".mud-expand-panel-header").ClickAsync();
        await Assertions.Expect(clause.Locator(".tb-translation-status")).ToContainTextAsync("not yet checked by a qualified reviewer");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("catalogue-swedish");
    }

    // What the panel lists first for a blank draft in a language: the rules' first clause, as translated.
    private static string FirstClauseTitle(string language) =>
        RulesEngine.Evaluate(new TenderInput { Tender = new TenderMetadata { Title = Title, Language = language } }, CatalogueLoader.Default, DateOnly.FromDateTime(DateTime.UtcNow))
            .Clauses[0].Title;

    [GeneratedRegex(@"/drafts/[0-9a-fA-F-]{36}$")]
    private static partial Regex DraftAddress();
}
