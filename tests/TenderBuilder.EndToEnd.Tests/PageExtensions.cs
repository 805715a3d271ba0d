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

    /// <summary>
    /// What axe-core finds against every WCAG 2.1 A and AA rule (none excluded), each in words and
    /// marked serious when its impact is serious or critical.
    /// </summary>
    public static async Task<IReadOnlyList<AccessibilityFinding>> AccessibilityFindingsAsync(this IPage page, bool frames = true)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            Iframes = frames,
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
            },
            // axe leaves its experimental rules out of a run by tag; this one tests WCAG 2.5.3 (label in name).
            Rules = new Dictionary<string, Deque.AxeCore.Commons.RuleOptions>
            {
                ["label-content-name-mismatch"] = new() { Enabled = true },
            },
        });
        return [.. result.Violations.Select(v => new AccessibilityFinding(
            v.Impact is "serious" or "critical",
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(5).Select(n => $"{n.Html} at {n.Target}"))}{(v.Nodes.Count() > 5 ? $" and {v.Nodes.Count() - 5} more" : "")}"))];
    }

    /// <summary>
    /// Null when the page fits its window's width; otherwise the document's width and the
    /// outermost elements whose right edge passes the window's, named by tag, id and classes.
    /// Elements inside a box that scrolls or clips sideways do not count: they do not move the page.
    /// </summary>
    public static async Task<string?> SidewaysOverflowAsync(this IPage page)
    {
        var found = await page.EvaluateAsync<string>(SidewaysOverflowScript);
        return found.Length == 0 ? null : found;
    }

    /// <summary>
    /// The labels shown cut off (MudBlazor's field labels are one line that ends in an ellipsis
    /// when too long): a reader never sees the end of such a label.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CutOffLabelsAsync(this IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('label, .mud-input-label, legend, .mud-chip-content')]
                .filter(el => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
                    && getComputedStyle(el).overflowX !== 'visible')
                .map(el => `"${el.textContent.trim()}" (${el.clientWidth} of ${el.scrollWidth} px shown)`)
            """);

    private const string SidewaysOverflowScript = """
        () => {
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth <= width) return '';
            const clipped = el => {
                for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX;
                    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
                }
                return false;
            };
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + [...el.classList].slice(0, 3).map(c => '.' + c).join('');
            const wide = [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > width + 1 && !clipped(el));
            // When only clipped elements stick out, their clipping box itself is too wide: name them anyway.
            const candidates = wide.length > 0 ? wide
                : [...document.body.querySelectorAll('*')].filter(el => el.getBoundingClientRect().right > width + 1);
            const all = new Set(candidates);
            const outermost = candidates.filter(el => !all.has(el.parentElement));
            return `document ${document.documentElement.scrollWidth} px wide; `
                + outermost.slice(0, 6).map(el => `${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px, "${(el.textContent || '').trim().slice(0, 40)}")`).join(', ');
        }
        """;

    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 60_000 });
        return path;
    }

    /// <summary>A picture of what the window shows, as a person sees it (docs/images keeps such pictures).</summary>
    public static async Task<string> WindowScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(BrowserSession.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Timeout = 60_000 });
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

/// <summary>One axe finding in words; serious when its impact is serious or critical.</summary>
internal sealed record AccessibilityFinding(bool Serious, string Text);
