using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

public sealed class NavigationTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_officer_opens_the_home_page_and_reaches_help_through_the_drawer()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("TenderBuilder");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("home");

        await page.Locator("#tb-navigation").GetByRole(AriaRole.Link, new() { Name = "Help" }).ClickAsync();

        await page.WaitForURLAsync("**/help");
        // The address changes before the new page has rendered: wait for its heading.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Help");
        await Assertions.Expect(page).ToHaveTitleAsync("Help — TenderBuilder");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        var screenshot = await page.ScreenshotAsync("help");
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task The_dark_theme_is_one_click_away_and_stays_readable()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        var lightBackground = await BodyBackgroundAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" }).WaitForAsync();
        (await BodyBackgroundAsync(page)).ShouldNotBe(lightBackground);
        // The buttons fade to their dark colours; axe measures what is painted, so not mid-fade.
        await page.WaitForAnimationsAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("home-dark");
    }

    [Fact]
    public async Task A_keyboard_user_starts_at_the_page_heading_and_can_skip_to_the_content()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/help");
        await page.WaitUntilInteractiveAsync();

        // Focus lands on the page's heading, so a screen reader announces the page it arrived on.
        // Blazor moves it there just after the page becomes interactive: wait for it.
        await page.WaitUntilAsync("document.activeElement && document.activeElement.tagName === 'H1'");

        var skip = page.Locator(".tb-skip-link");
        await skip.FocusAsync();
        (await skip.BoundingBoxAsync())!.Y.ShouldBeGreaterThanOrEqualTo(0, "the skip link shows itself when focused");
        await page.Keyboard.PressAsync("Enter");

        // Focus moves through the server round trip, so wait for it rather than read it at once.
        await page.WaitUntilAsync("document.activeElement && document.activeElement.id === 'main-content'");
        page.Url.ShouldEndWith("/help", Case.Sensitive, "skipping must not leave the page");
    }

    [Fact]
    public async Task On_a_phone_the_navigation_opens_from_the_menu_button()
    {
        var page = await session.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Open navigation" }).ClickAsync();
        await page.Locator("#tb-navigation").GetByRole(AriaRole.Link, new() { Name = "Help" }).ClickAsync();

        await page.WaitForURLAsync("**/help");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Help");
        await page.ScreenshotAsync("help-phone");
    }

    private static Task<string> BodyBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
