using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Templates;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Testing;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Every page of the app, signed in and signed out, at a desktop width and at 320 px (WCAG 1.4.10,
/// reflow: 1280 px zoomed to 400 %): axe finds nothing serious or critical, and at 320 px nothing
/// makes the page scroll sideways. Every failing page is listed at once, with the element that
/// sticks out, and no label is cut off, so one run shows all there is to fix.
/// </summary>
public sealed class EveryPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    public const int Narrow = 320;

    private const int Desktop = 1280;

    private static readonly object _pagesGate = new();
    private static Task<IReadOnlyList<(string Name, string Address, Func<IPage, Task> Ready)>>? _pages;

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Narrow)]
    public async Task Every_signed_in_page_has_no_serious_accessibility_finding_and_reflows(int width)
    {
        var pages = await SignedInPagesAsync();
        var administrator = await session.App.Services.CreateAccountAsync("Test City", "Administrator", "Author");
        var page = await session.NewAnonymousPageAsync(width);
        await using var context = page.Context;
        await BrowserSession.SignInAsync(page, administrator);

        var problems = new List<string>();
        foreach (var (name, address, ready) in pages)
        {
            await page.GotoAsync(address);
            await page.WaitUntilInteractiveAsync();
            await ready(page);
            problems.AddRange(await CheckAsync(page, name, width, frames: name != "wizard-export"));
        }

        problems.ShouldBeEmpty($"pages at {width} px");
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Narrow)]
    public async Task The_signed_out_pages_have_no_serious_accessibility_finding_and_reflow(int width)
    {
        // Only a deployment without an administrator offers the setup form.
        await using var fresh = new TenderBuilderAppFactory { ConfigureAdministrator = false };
        var freshAddress = fresh.StartOnLoopback();
        var page = await session.NewAnonymousPageAsync(width);
        await using var context = page.Context;

        var problems = new List<string>();
        await page.GotoAsync("account/login");
        await Assertions.Expect(page.GetByLabel("E-mail address")).ToBeVisibleAsync();
        problems.AddRange(await CheckAsync(page, "login", width));

        await page.GotoAsync(new Uri(freshAddress, "setup").ToString());
        await Assertions.Expect(page.GetByLabel("Setup token")).ToBeVisibleAsync();
        problems.AddRange(await CheckAsync(page, "setup", width));

        problems.ShouldBeEmpty($"signed-out pages at {width} px");
    }

    /// <summary>
    /// Every page a signed-in administrator who is also an author reaches, with data on it: a draft
    /// filled from the Utrecht-like example (each wizard step, review, export, history), a template
    /// made from it and a deleted draft in the archive.
    /// </summary>
    private Task<IReadOnlyList<(string Name, string Address, Func<IPage, Task> Ready)>> SignedInPagesAsync()
    {
        // Both widths crawl the same records: made once per class, as the session is.
        lock (_pagesGate)
        {
            return _pages ??= SeedPagesAsync();
        }
    }

    private async Task<IReadOnlyList<(string Name, string Address, Func<IPage, Task> Ready)>> SeedPagesAsync()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession with a long title that has to wrap on a phone");
        var deleted = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Harbour district, deleted");
        await session.App.Services.AsAsync(session.Author, (DraftsService drafts) => drafts.DeleteAsync(deleted));
        var template = await session.App.Services.AsAsync(session.Author, (TemplatesService templates) =>
            templates.CreateFromDraftAsync(draft, new TemplateForm { Name = "Regional street charging template", Sharing = TemplateSharing.Private }));

        // The organisation's keys: one in use, one revoked, so the table shows both kinds of row.
        var keeper = await session.App.Services.CreateAccountAsync("Test City", "Administrator");
        await session.App.Services.AsAsync(keeper, (ApiKeys keys) => keys.CreateAsync("Negometrix sync", ApiKeyScopes.Read | ApiKeyScopes.Write, null));
        var retired = await session.App.Services.AsAsync(keeper, (ApiKeys keys) => keys.CreateAsync("Old document system", ApiKeyScopes.Build, null));
        await session.App.Services.AsAsync(keeper, (ApiKeys keys) => keys.RevokeAsync(retired.Value!.Summary.Id));

        Func<IPage, Task> heading = page => Assertions.Expect(page.Locator("h1").First).Not.ToBeEmptyAsync();
        var pages = new List<(string, string, Func<IPage, Task>)>
        {
            ("home", "", heading),
            ("drafts", "drafts", heading),
        };
        pages.AddRange(WizardPages.Steps.Select(step => ($"wizard-{step}", $"drafts/{draft}/{step}", step == "export"
            ? (Func<IPage, Task>)(async page =>
            {
                await page.ShouldBeOnStepAsync(step);
                await Assertions.Expect(page.GetByTestId("preview")).ToBeVisibleAsync();
            })
            : page => page.ShouldBeOnStepAsync(step))));
        pages.AddRange(
        [
            ("history", $"drafts/{draft}/history", heading),
            ("catalogue", "catalogue", async page =>
            {
                // One clause opened, so its text, source links and parameter table are checked too.
                await page.Locator(".tb-clause .mud-expand-panel-header").First.ClickAsync();
                await Assertions.Expect(page.Locator(".tb-clause .tb-source-link").First).ToBeVisibleAsync();
            }),
            ("help", "help", heading),
            ("templates", "templates", heading),
            ("template", $"templates/{template}", heading),
            ("users", "admin/users", heading),
            ("organisations", "admin/organisations", heading),
            ("buyer-profile", "admin/buyer-profile", page => Assertions.Expect(page.Locator("#buyer-profile-save")).ToBeVisibleAsync()),
            ("api-keys", "admin/api-keys", async page =>
            {
                // A key created here, so its shown-once box is checked too (a name of its own at each width).
                await page.Locator("#api-key-name").FillAsync($"Reporting {Guid.NewGuid():N}"[..20]);
                await page.Locator("#api-key-create-button").ClickAsync();
                await Assertions.Expect(page.Locator("#api-key-created")).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Old document system" })).ToBeVisibleAsync();
            }),
            ("archive", "admin/archive", page => Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Harbour district, deleted" }).First).ToBeVisibleAsync()),
        ]);
        return pages;
    }

    /// <summary>Runs axe and, at the narrow width, the reflow check; keeps a screenshot either way.</summary>
    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string name, int width, bool frames = true)
    {
        await page.WaitForAnimationsAsync();
        var problems = new List<string>();
        var findings = await page.AccessibilityFindingsAsync(frames);
        problems.AddRange(findings.Where(f => f.Serious).Select(f => $"{name} at {width} px: {f.Text}"));
        foreach (var minor in findings.Where(f => !f.Serious))
        {
            // Minor and moderate findings do not fail the crawl, but are worth reading.
            Console.WriteLine($"{name} at {width} px (not failing): {minor.Text}");
        }

        problems.AddRange((await page.CutOffLabelsAsync()).Select(label => $"{name} at {width} px cuts off the label {label}"));
        if (width <= Narrow)
        {
            var overflow = await page.SidewaysOverflowAsync();
            if (overflow is not null)
            {
                problems.Add($"{name} at {width} px scrolls sideways: {overflow}");
            }
        }

        await page.ScreenshotAsync($"every-{name}-{width}");
        if (name is "wizard-grid" or "wizard-review" or "wizard-export")
        {
            // The first screen only, small enough for the documentation (docs/images).
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"{name}-{width}.png") });
        }

        return problems;
    }
}
