using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TenderBuilder.Testing;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The review in the browser: an author submits, a reviewer returns the draft with a comment, the
/// author changes and submits again, the reviewer approves, the approved draft is read-only and
/// the author starts a new version.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class ReviewTests(BrowserSession session)
{
    [Fact]
    public async Task A_draft_goes_through_review_to_an_approved_read_only_version_and_work_goes_on_in_a_new_one()
    {
        var reviewer = await session.App.Services.CreateNamedAccountAsync("Rob Reviewer", "Test City", "Reviewer");
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var author = await session.NewPageAsync();
        var review = await session.NewAnonymousPageAsync();
        await using var authorContext = author.Context;
        await using var reviewContext = review.Context;
        await BrowserSession.SignInAsync(review, reviewer);

        await author.OpenStepAsync(draft, "grid");
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(author.Locator(".tb-review-status")).ToHaveTextAsync("Status: In review");
        await Assertions.Expect(author.Field("grid.dso_name")).ToBeDisabledAsync();

        await review.OpenStepAsync(draft, "grid");
        await Assertions.Expect(review.Locator(".tb-review-steps")).ToContainTextAsync("submitted for review by Test user of Test City");
        await review.ShouldHaveNoAccessibilityViolationsAsync();
        await review.ScreenshotAsync("review-reviewer");
        await review.GetByLabel("Comments for the authors (needed to return the draft)").FillAsync("Name the grid operator.");
        await review.GetByRole(AriaRole.Button, new() { Name = "Return with comments" }).ClickAsync();
        await Assertions.Expect(review.Locator(".tb-review-status")).ToHaveTextAsync("Status: Returned for changes");

        await author.ReloadAsync();
        await author.WaitUntilInteractiveAsync();
        await Assertions.Expect(author.Locator(".tb-review-comment")).ToHaveTextAsync("Name the grid operator.");
        // Not the example's own operator, so a lost edit shows at the end.
        await author.Field("grid.dso_name").FillAsync("Enexis Netbeheer");
        await author.ShouldShowSavedAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(author.Locator(".tb-review-status")).ToHaveTextAsync("Status: In review");

        await review.ReloadAsync();
        await review.WaitUntilInteractiveAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(review.Locator(".tb-review-status")).ToHaveTextAsync("Status: Approved");

        // Approval froze the package: the export step says when, with each file's SHA-256.
        await review.OpenStepAsync(draft, "export");
        await review.Locator(".tb-build").ClickAsync();
        await Assertions.Expect(review.Locator(".tb-download-zip")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(review.GetByText("Frozen at approval on")).ToBeVisibleAsync();
        await Assertions.Expect(review.Locator(".tb-sha256").First).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        await review.ShouldHaveNoAccessibilityViolationsAsync(frames: false);
        await review.ScreenshotAsync("review-frozen-export");
        await review.GetByTestId("downloads").ScreenshotAsync("review-frozen-files");

        await author.ReloadAsync();
        await author.WaitUntilInteractiveAsync();
        await Assertions.Expect(author.Locator("#tb-read-only")).ToContainTextAsync("approved");
        await Assertions.Expect(author.Field("grid.dso_name")).ToBeDisabledAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Start a new version" }).ClickAsync();
        await Assertions.Expect(author).ToHaveURLAsync(new Regex("/drafts/[0-9a-f-]{36}$"));
        await Assertions.Expect(author.Locator(".tb-draft-title")).ToHaveTextAsync("Utrecht-like concession (new version)");
        (await session.ReadDraftAsync(draft)).Input.Answers["grid.dso_name"].GetString().ShouldBe("Enexis Netbeheer");

        // The approved draft is a record: the drafts list offers no Delete for it, and says why.
        await author.GotoAsync("drafts");
        await author.WaitUntilInteractiveAsync();
        // Other tests of the collection leave drafts of the same title: look in this draft's row only.
        var approvedRow = author.GetByRole(AriaRole.Row).Filter(new() { Has = author.Locator($"a[href$='{draft}']") });
        await Assertions.Expect(approvedRow).ToContainTextAsync("Approved");
        await Assertions.Expect(approvedRow.GetByText("Utrecht-like concession is approved and cannot be deleted")).ToHaveCountAsync(1);
        await Assertions.Expect(approvedRow.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Delete|Rename) ") })).ToHaveCountAsync(0);
        await author.ShouldHaveNoAccessibilityViolationsAsync();
        await author.ScreenshotAsync("drafts-approved-kept");
    }
}
