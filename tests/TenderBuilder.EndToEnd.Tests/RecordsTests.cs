using Microsoft.Playwright;
using TenderBuilder.Testing;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Records that survive, in the browser: a draft an author deletes is archived, and an administrator
/// of the organisation finds it among the deleted drafts and restores it; the Organisations page
/// shows and switches four-eyes approval.
/// </summary>
public sealed class RecordsTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_administrator_restores_a_draft_an_author_deleted_and_it_is_back_in_the_drafts()
    {
        var administrator = await session.App.Services.CreateNamedAccountAsync("Ada Administrator", "Test City", "Administrator");
        const string title = "Harbour district, to be restored";
        await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), title);
        var author = await session.NewPageAsync();
        var admin = await session.NewAnonymousPageAsync();
        await using var authorContext = author.Context;
        await using var adminContext = admin.Context;

        await author.GotoAsync("drafts");
        await author.WaitUntilInteractiveAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = $"Delete {title}" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Dialog)).ToContainTextAsync("an administrator of your organisation can restore it");
        await author.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = $"Delete {title}" })).ToHaveCountAsync(0);

        await BrowserSession.SignInAsync(admin, administrator);
        await admin.GotoAsync("admin/archive");
        await admin.WaitUntilInteractiveAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Deleted drafts");
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("Test user of Test City");
        await admin.ShouldHaveNoAccessibilityViolationsAsync();
        await admin.ScreenshotAsync("records-archive");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Restore {title}" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync($"Restored “{title}”");

        await author.ReloadAsync();
        await author.WaitUntilInteractiveAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = $"Delete {title}" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_organisations_page_shows_four_eyes_approval_and_an_administrator_switches_it()
    {
        var administrator = await session.App.Services.CreateNamedAccountAsync("Olga Organiser", "Four Eyes Town", "Administrator");
        var page = await session.NewAnonymousPageAsync();
        await using var context = page.Context;
        await BrowserSession.SignInAsync(page, administrator);

        await page.GotoAsync("admin/organisations");
        await page.WaitUntilInteractiveAsync();
        var toggle = page.GetByRole(AriaRole.Switch, new() { Name = "Four-eyes approval for Four Eyes Town" })
            .Or(page.GetByRole(AriaRole.Checkbox, new() { Name = "Four-eyes approval for Four Eyes Town" }));
        await Assertions.Expect(toggle).ToBeCheckedAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await toggle.ClickAsync();

        await Assertions.Expect(toggle).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Four-eyes approval is off for Four Eyes Town");
        await page.WaitForSnackbarsAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("records-four-eyes-off");
    }
}
