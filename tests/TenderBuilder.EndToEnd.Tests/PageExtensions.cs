using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

internal static class PageExtensions
{
    /// <summary>
    /// Waits until the Blazor circuit has taken over the page; clicks before that are lost on a
    /// prerendered page that does not yet react.
    /// </summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Waits until a JavaScript condition holds. Playwright's own WaitForFunction evaluates a string
    /// inside the page, which the app's content security policy (no eval) rightly forbids; this
    /// asks from outside, through the browser's debugging protocol, which the policy does not govern.
    /// </summary>
    public static async Task WaitUntilAsync(this IPage page, string condition, float timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await page.EvaluateAsync<bool>($"() => !!({condition})"))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeoutMs / 1000} s for {condition} on {page.Url}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Runs axe-core against WCAG 2.1 A and AA and lists any violation in words.</summary>
    /// <param name="page">The page.</param>
    /// <param name="frames">
    /// Whether to look into iframes too. A sandboxed frame that may run no script (the export
    /// step's preview) cannot take axe, and axe waits for it for ever: check such a document on its
    /// own page instead.
    /// </param>
    public static async Task ShouldHaveNoAccessibilityViolationsAsync(this IPage page, bool frames = true)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            Iframes = frames,
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
            },
        });
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => $"{n.Html} at {n.Target} {string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))}")
            .ToList();
        violations.ShouldBeEmpty($"{page.Url} has accessibility violations");
    }

    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 60_000 });
        return path;
    }

    /// <summary>A picture of one part of a page, where a whole long page would be too small to read.</summary>
    public static async Task<string> ScreenshotAsync(this ILocator part, string name)
    {
        var path = Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Timeout = 60_000 });
        return path;
    }
}
