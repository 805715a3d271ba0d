using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Every page of the wizard, filled in the way a large city would fill it, checked by axe
/// (WCAG 2.1 A and AA) and kept as a full-page screenshot for people to look at.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class WizardAccessibilityTests(BrowserSession session)
{
    public static TheoryData<string> Steps() => [.. WizardPages.Steps];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Each_step_of_a_filled_in_draft_has_no_accessibility_violations(string step)
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;

        await page.OpenStepAsync(draft, step);

        if (step == "export")
        {
            // The export step stores the latest change and then shows the first document's preview.
            await Assertions.Expect(page.GetByTestId("preview")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        await page.WaitForAnimationsAsync();
        // The preview frame may run no script, so axe cannot look inside it; the preview's own
        // document is checked on its own page below.
        await page.ShouldHaveNoAccessibilityViolationsAsync(frames: step != "export");
        await page.ScreenshotAsync($"wizard-{step}");
    }

    [Fact]
    public async Task The_wizard_offers_one_step_per_section_then_review_and_export()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;

        await page.OpenStepAsync(draft, "tender");

        var links = page.Locator("nav.tb-steps a[data-step]");
        (await links.EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.step)")).ShouldBe(WizardPages.Steps);
        WizardPages.Steps.Count.ShouldBe(18, "16 questionnaire sections (the EU notice's among them), the review and the export");
    }

    [Fact]
    public async Task The_review_step_with_the_removal_dialog_open_has_no_accessibility_violations()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "review");

        var clause = page.Locator(".tb-review-clause").Filter(new() { Has = page.Locator(".tb-exclude") }).First;
        await clause.Locator(".tb-exclude").ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#tb-justification")).ToBeFocusedAsync();
        // Asking without a reason shows the error in the dialog: check that state too.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Remove with this justification" }).ClickAsync();
        await Assertions.Expect(page.Locator("#tb-justification")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.WaitForAnimationsAsync();

        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("wizard-review-remove-dialog");
    }

    [Fact]
    public async Task The_export_step_after_preparing_the_package_has_no_accessibility_violations_and_nor_has_its_preview()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "export");
        await Assertions.Expect(page.GetByTestId("ready")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare the tender package" }).ClickAsync();

        var downloads = page.GetByTestId("downloads");
        await Assertions.Expect(downloads).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(downloads.GetByRole(AriaRole.Link, new() { Name = "technical-specifications.pdf" })).ToBeVisibleAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync(frames: false);
        await page.ScreenshotAsync("wizard-export-prepared");

        // The framed preview is a document of its own (no script may run in the frame): check it on its own page.
        var preview = await page.GetByTestId("preview").GetAttributeAsync("src");
        var previewPage = await session.NewPageAsync();
        await using var previewContext = previewPage.Context;
        var response = await previewPage.GotoAsync(preview!);
        response!.Status.ShouldBe(200);
        await Assertions.Expect(previewPage.Locator("h1").First).Not.ToBeEmptyAsync();
        await previewPage.ShouldHaveNoAccessibilityViolationsAsync();
        await previewPage.ScreenshotAsync("wizard-export-preview-document");
    }

    [Fact]
    public async Task A_question_step_in_the_dark_theme_has_no_accessibility_violations()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "grid");

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" })).ToBeVisibleAsync();
        // Open one "why we ask" so its text and source chips are checked in the dark palette too.
        await page.Question("grid.traffic_light").Locator("summary").ClickAsync();
        await Assertions.Expect(page.Question("grid.traffic_light").Locator("details")).ToHaveAttributeAsync("open", "");
        await page.WaitForAnimationsAsync();
        // Opening it scrolled the page; a full-page screenshot from further down repeats the app bar.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");

        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("wizard-grid-dark");
    }
}
