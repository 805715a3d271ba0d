using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The export step's EU notice in the browser: a field the notice lacks names its question, whose
/// link opens the wizard at that question with the focus on it; the EU rules run on demand.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class NoticeStepTests(BrowserSession session)
{
    private const string Registration = "notice.buyer_registration_id";

    [Fact]
    public async Task A_missing_field_links_to_its_question_and_the_EU_rules_name_the_rule_that_fails()
    {
        // The example without the buyer's registration number (a mandatory field) and e-mail address
        // (which only a rule of subtype 19 asks for).
        var input = Examples.UtrechtLikeConcession();
        var authority = input.Tender.Authority with { RegistrationId = null, Contact = input.Tender.Authority.Contact with { Email = null } };
        // A timetable ahead of today: the notice is dated the day it is built, and a deadline before it would fail a rule too.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var dates = input.Tender.Dates with { Publication = null, SubmissionDeadline = today.AddDays(60), ContractStart = today.AddDays(150) };
        var draft = await session.SeedDraftAsync(input with { Tender = input.Tender with { Authority = authority, Dates = dates } }, "Utrecht-like, notice to complete");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "export");

        var notice = page.GetByTestId("notice");
        var problem = notice.Locator("li[data-field='BT-501-Organization-Company']");
        await Assertions.Expect(problem).ToContainTextAsync("The notice needs “Registration number” (BT-501): answer", new() { Timeout = 30_000 });
        await Assertions.Expect(notice.GetByTestId("notice-kind")).ToHaveTextAsync("Concession notice (eForms subtype 19)");

        // The test command installs the runner, and the app finds it in the checkout.
        await notice.Locator(".tb-check-rules").ClickAsync();
        await Assertions.Expect(notice.GetByTestId("rules-status")).ToHaveTextAsync("2 EU rules fail:", new() { Timeout = 180_000 });
        await Assertions.Expect(notice.Locator("li[data-rule='BR-BT-00506-0025']")).ToContainTextAsync("breaks rule BR-BT-00506-0025: check");
        await page.ShouldHaveNoAccessibilityViolationsAsync(frames: false);
        await page.ScreenshotAsync("export-notice");

        await problem.GetByRole(AriaRole.Link).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains($"/drafts/{draft}/notice", StringComparison.Ordinal));
        await page.WaitUntilAsync($"document.activeElement && document.activeElement.closest(\"[data-question='{Registration}']\")");
    }
}
