using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

public sealed class CatalogueTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_officer_searches_the_clause_catalogue_and_opens_a_clause_with_the_keyboard()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();

        await page.Locator("#tb-navigation").GetByRole(AriaRole.Link, new() { Name = "Clause catalogue" }).ClickAsync();

        await page.WaitForURLAsync("**/catalogue");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Clause catalogue");
        await Assertions.Expect(page).ToHaveTitleAsync("Clause catalogue — TenderBuilder");
        var count = page.Locator("#tb-clause-count");
        var all = await count.InnerTextAsync();
        all.ShouldMatch(@"^(\d+) of \1 clauses$");

        await page.GetByLabel("Search id, title or text").PressSequentiallyAsync("15118");

        await Assertions.Expect(count).Not.ToHaveTextAsync(all);
        (await count.InnerTextAsync()).ShouldMatch(@"^\d+ of \d+ clauses$");
        await Assertions.Expect(page.Locator("[data-clause='standards.iso-15118-20-from-start']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-clause='v2g.driver-protection']")).ToHaveCountAsync(0);

        // From the last filter control, Tab reaches the first clause's header; Enter opens it.
        await page.Locator("#tb-clear-filters").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var firstClause = page.Locator("[data-clause]").First;
        (await firstClause.EvaluateAsync<bool>("panel => panel.contains(document.activeElement)"))
            .ShouldBeTrue("Tab from the filters lands on the first clause");
        await page.Keyboard.PressAsync("Enter");

        var condition = firstClause.Locator(".tb-condition");
        await Assertions.Expect(condition).ToBeVisibleAsync();
        (await condition.InnerTextAsync()).ShouldStartWith("Applies ");
        await Assertions.Expect(firstClause.Locator(".tb-chip-status").First).ToBeVisibleAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        var screenshot = await page.ScreenshotAsync("catalogue");
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" }).WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("catalogue-dark");
    }

    [Fact]
    public async Task A_clause_with_parameters_shows_its_placeholders_and_where_each_value_comes_from()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/catalogue");
        await page.WaitUntilInteractiveAsync();

        await page.GetByLabel("Search id, title or text").PressSequentiallyAsync("concession-duration");
        var clause = page.Locator("[data-clause='procedure.concession-duration-justification']");
        await Assertions.Expect(page.Locator("#tb-clause-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1 of \\d+ clauses$"));
        await clause.Locator(".mud-expand-panel-header").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var parameters = clause.Locator(".tb-parameters");
        await Assertions.Expect(parameters).ToBeVisibleAsync();
        (await parameters.InnerTextAsync()).ShouldContain("from the answer to “How many years should the contract run?”");
        (await clause.Locator(".tb-clause-text .tb-placeholder").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("catalogue-parameters");

        // Enter again closes it, and the page gets no taller than what it shows.
        await clause.Locator(".mud-expand-panel-header").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(parameters).ToBeHiddenAsync();
        var heights = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollHeight, Math.max(window.innerHeight, Math.ceil(document.querySelector('main').getBoundingClientRect().bottom + window.scrollY))]");
        heights[0].ShouldBeLessThan(heights[1] + 100, "collapsed clauses leave no empty space below the list");
    }
}
