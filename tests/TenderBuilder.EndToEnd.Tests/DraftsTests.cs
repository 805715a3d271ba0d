using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

public sealed class DraftsTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_officer_creates_renames_duplicates_and_deletes_a_draft()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        await page.Locator("#tb-navigation").GetByRole(AriaRole.Link, new() { Name = "Drafts" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Drafts");

        await page.GetByRole(AriaRole.Button, new() { Name = "New draft" }).ClickAsync();
        await page.GetByLabel("Title of the tender").FillAsync("Utrecht-like concession");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        // A new draft opens in the wizard; the list is one link away.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/drafts/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator(".tb-draft-title")).ToHaveTextAsync("Utrecht-like concession");
        await page.Locator("#tb-navigation").GetByRole(AriaRole.Link, new() { Name = "Drafts" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Drafts");
        var table = page.Locator("main table");
        await Assertions.Expect(table).ToContainTextAsync("Utrecht-like concession");
        // The confirmation fades in; its contrast is checked once it is fully shown.
        await page.WaitUntilAsync("[...document.querySelectorAll('.mud-snackbar')].every(s => getComputedStyle(s).opacity === '1')");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("drafts");

        await page.GetByRole(AriaRole.Button, new() { Name = "Rename Utrecht-like concession" }).ClickAsync();
        await page.GetByLabel("Title of the tender").FillAsync("Concession 2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename", Exact = true }).ClickAsync();
        await Assertions.Expect(table).ToContainTextAsync("Concession 2027");

        await page.GetByRole(AriaRole.Button, new() { Name = "Duplicate Concession 2027" }).ClickAsync();
        await Assertions.Expect(table).ToContainTextAsync("Copy of Concession 2027");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete Copy of Concession 2027" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(table).Not.ToContainTextAsync("Copy of Concession 2027");
        await Assertions.Expect(table).ToContainTextAsync("Concession 2027");
    }
}
