using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// A region's template reaches a municipality with its lock intact: the region's author saves a
/// draft as a template shared with the municipality and locks a clause; the municipality's author
/// starts a draft from it, cannot remove the clause, and submits it; the municipality's reviewer
/// approves it. An organisation the template is not shared with never sees it.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class TemplateTests(BrowserSession session)
{
    [Fact]
    public async Task A_regional_template_with_a_locked_clause_becomes_an_approved_municipal_draft_that_kept_the_clause()
    {
        var services = session.App.Services;
        var regionAuthor = await services.CreateNamedAccountAsync("Rita Region", "Region Utrecht", "Author");
        var municipalAuthor = await services.CreateNamedAccountAsync("Mila Municipal", "Amersfoort", "Author");
        var municipalReviewer = await services.CreateNamedAccountAsync("Ravi Reviewer", "Amersfoort", "Reviewer");
        var input = Examples.UtrechtLikeConcession();
        var locked = RulesEngine.Evaluate(input, CatalogueLoader.Default, DateOnly.FromDateTime(DateTime.UtcNow)).Clauses
            .First(c => c.Strength == Strength.Recommended && !c.IsCustom);
        var regionDraft = await services.AsAsync(regionAuthor, (DraftsService drafts) => drafts.CreateFromAsync(input, "Regional charging concession"));

        // The region publishes the template, shared with Amersfoort only, and locks the clause.
        var region = await SignedInPageAsync(regionAuthor);
        await using var regionContext = region.Context;
        await region.OpenStepAsync(regionDraft, "export");
        await region.GetByRole(AriaRole.Button, new() { Name = "Save as a new template…" }).ClickAsync();
        await region.GetByLabel("Name").FillAsync("Region Utrecht charging concession");
        await region.GetByLabel("Description (optional)").FillAsync("For the municipalities of the region; keep the locked clauses.");
        await region.GetByRole(AriaRole.Radio, new() { Name = "Chosen organisations", Exact = true }).CheckAsync();
        await region.GetByRole(AriaRole.Checkbox, new() { Name = "Amersfoort", Exact = true }).CheckAsync();
        // The export step frames a preview that takes no script, so axe checks the page without frames.
        await region.ShouldHaveNoAccessibilityViolationsAsync(frames: false);
        await region.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "template-save-dialog.png") });
        await region.GetByRole(AriaRole.Button, new() { Name = "Save the template" }).ClickAsync();
        await Assertions.Expect(region).ToHaveURLAsync(new Regex("/templates/[0-9a-f-]{36}$"));
        await Assertions.Expect(region.Locator(".tb-template-facts")).ToContainTextAsync("version 1 · shared with Amersfoort");
        await Assertions.Expect(region.Locator(".tb-template-changes")).ToContainTextAsync("Rita Region");
        await Assertions.Expect(region.Locator(".tb-template-changes")).ToContainTextAsync("Made, shared with: Amersfoort.");
        await region.Locator(".tb-template-changes").ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "template-changes.png") });

        await region.Locator(".tb-template-clauses .mud-expand-panel-header").ClickAsync();
        await region.Locator($"tr[data-clause='{locked.Id}'] .tb-lock").ClickAsync();
        await region.GetByLabel("Reason (required)").FillAsync("The region's grid operator requires it in every concession.");
        await region.GetByRole(AriaRole.Button, new() { Name = "Lock it" }).ClickAsync();
        await Assertions.Expect(region.Locator(".tb-template-facts")).ToContainTextAsync("version 2");
        await Assertions.Expect(region.Locator($"section tr[data-locked='{locked.Id}']")).ToContainTextAsync("The region's grid operator requires it");
        await Assertions.Expect(region.Locator("tr[data-version='2']")).ToContainTextAsync("Rita Region");

        await region.Locator(".tb-template-answers .mud-expand-panel-header").ClickAsync();
        await Assertions.Expect(region.Locator("tr[data-question='tender.title']")).ToBeVisibleAsync();
        await Assertions.Expect(region.Locator("tr[data-question='tender.title'] .tb-lock")).ToHaveCountAsync(0);
        await region.Locator("tr[data-question='grid.dso_name'] .tb-lock").ClickAsync();
        await region.GetByLabel("Reason (required)").FillAsync("All municipalities of the region are in Stedin's area.");
        await region.GetByRole(AriaRole.Button, new() { Name = "Lock it" }).ClickAsync();
        await Assertions.Expect(region.Locator(".tb-template-facts")).ToContainTextAsync("version 3");
        await region.WaitForSnackbarsAsync();
        await region.ShouldHaveNoAccessibilityViolationsAsync();
        await region.Locator("h1").ScrollIntoViewIfNeededAsync();
        await region.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "template-owner.png") });

        // An organisation it is not shared with does not see it.
        var stranger = await session.NewPageAsync();
        await using (stranger.Context)
        {
            await stranger.GotoAsync("templates");
            await stranger.WaitUntilInteractiveAsync();
            // The list has loaded (it is empty for this organisation) before its absence is checked.
            await Assertions.Expect(stranger.Locator("main")).ToContainTextAsync("No template is available to your organisation yet.");
            await Assertions.Expect(stranger.Locator("main")).Not.ToContainTextAsync("Region Utrecht charging concession");

            // Its address answers 404, and the page stays "Page not found" once the circuit starts.
            var direct = await stranger.GotoAsync(region.Url);
            direct!.Status.ShouldBe(404);
            await stranger.WaitUntilInteractiveAsync();
            await Assertions.Expect(stranger.Locator("h1")).ToHaveTextAsync("Page not found");
            await Assertions.Expect(stranger.Locator("main")).Not.ToContainTextAsync("Region Utrecht charging concession");
        }

        // The municipality starts a draft from it: the clause is locked, with who and why.
        var municipal = await SignedInPageAsync(municipalAuthor);
        await using var municipalContext = municipal.Context;
        await municipal.GotoAsync("templates");
        await municipal.WaitUntilInteractiveAsync();
        await Assertions.Expect(municipal.Locator("main table")).ToContainTextAsync("Region Utrecht");
        await municipal.ShouldHaveNoAccessibilityViolationsAsync();
        await municipal.ScreenshotAsync("templates");
        await municipal.SetViewportSizeAsync(390, 844);
        await municipal.GetByRole(AriaRole.Link, new() { Name = "Region Utrecht charging concession" }).ClickAsync();
        await Assertions.Expect(municipal.Locator(".tb-template-facts")).ToContainTextAsync("shared with your organisation");
        // Whom the region shares with is the region's business.
        await Assertions.Expect(municipal.Locator(".tb-template-changes")).ToHaveCountAsync(0);
        await municipal.ScreenshotAsync("template-phone");
        await municipal.SetViewportSizeAsync(1280, 800);
        await municipal.GotoAsync("templates");
        await municipal.WaitUntilInteractiveAsync();
        await municipal.GetByRole(AriaRole.Button, new() { Name = "Start a draft from Region Utrecht charging concession" }).ClickAsync();
        await municipal.GetByLabel("Title of the tender").FillAsync("Amersfoort charging concession");
        await municipal.GetByRole(AriaRole.Button, new() { Name = "Start the draft" }).ClickAsync();
        await Assertions.Expect(municipal).ToHaveURLAsync(new Regex("/drafts/[0-9a-f-]{36}$"));
        await Assertions.Expect(municipal.Locator(".tb-draft-origin")).ToContainTextAsync("“Region Utrecht charging concession”, version 3 (2 locked)");
        var municipalDraft = municipal.DraftId();

        await municipal.OpenStepAsync(municipalDraft, "grid");
        await Assertions.Expect(municipal.Field("grid.dso_name")).ToBeDisabledAsync();
        await Assertions.Expect(municipal.Field("grid.dso_name")).ToHaveValueAsync(input.Answers["grid.dso_name"].GetString()!);
        await Assertions.Expect(municipal.Locator(".tb-locked .tb-lock-note")).ToContainTextAsync("All municipalities of the region are in Stedin's area.");
        await municipal.Locator(".tb-locked").ScrollIntoViewIfNeededAsync();
        await municipal.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "template-locked-answer.png") });

        await municipal.OpenStepAsync(municipalDraft, "review");
        var clause = municipal.Locator($".tb-review-clause[data-clause='{locked.Id}']");
        await Assertions.Expect(clause.Locator(".tb-lock-note")).ToContainTextAsync(
            "Locked by Rita Region (Region Utrecht) in the template “Region Utrecht charging concession”: The region's grid operator requires it in every concession.");
        await Assertions.Expect(clause.Locator(".tb-exclude")).ToHaveCountAsync(0);
        await Assertions.Expect(municipal.Locator(".tb-exclude").First).ToBeVisibleAsync();
        await municipal.WaitForSnackbarsAsync();
        await municipal.ShouldHaveNoAccessibilityViolationsAsync();
        await clause.ScrollIntoViewIfNeededAsync();
        await municipal.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "template-locked-clause.png") });

        // The region lifts the answer's lock (version 4). The municipal draft keeps version 3 and its
        // lock, and says that version 4 is published, with a link to what changed.
        await region.Locator("section tr[data-locked='grid.dso_name'] button").ClickAsync();
        await Assertions.Expect(region.Locator(".tb-template-facts")).ToContainTextAsync("version 4");
        await municipal.ReloadAsync();
        await municipal.WaitUntilInteractiveAsync();
        await Assertions.Expect(municipal.Locator(".tb-draft-newer")).ToContainTextAsync("Version 4 of the template is published; this draft keeps version 3");
        await municipal.Locator(".tb-steps").ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "template-newer-version.png") });
        await municipal.GetByRole(AriaRole.Link, new() { Name = "see what changed" }).ClickAsync();
        await Assertions.Expect(municipal.Locator("tr[data-version='4']")).ToContainTextAsync("Rita Region");
        await municipal.OpenStepAsync(municipalDraft, "grid");
        await Assertions.Expect(municipal.Field("grid.dso_name")).ToBeDisabledAsync();

        await municipal.OpenStepAsync(municipalDraft, "review");
        await municipal.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(municipal.Locator(".tb-review-status")).ToHaveTextAsync("Status: In review");

        // The municipality's reviewer approves it; the approved draft still has the clause.
        var reviewer = await SignedInPageAsync(municipalReviewer);
        await using var reviewerContext = reviewer.Context;
        await reviewer.OpenStepAsync(municipalDraft, "review");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".tb-review-status")).ToHaveTextAsync("Status: Approved");
        await Assertions.Expect(reviewer.Locator($".tb-review-clause[data-clause='{locked.Id}']")).ToBeVisibleAsync();

        await reviewer.GetByRole(AriaRole.Link, new() { Name = "History of changes" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("main ol.tb-history")).ToContainTextAsync("from template “Region Utrecht charging concession” version 3");
        await Assertions.Expect(reviewer.Locator("main ol.tb-history")).ToContainTextAsync("Ravi Reviewer");
    }

    private async Task<IPage> SignedInPageAsync(TestAccount account)
    {
        var page = await session.NewAnonymousPageAsync();
        await BrowserSession.SignInAsync(page, account);
        return page;
    }
}
