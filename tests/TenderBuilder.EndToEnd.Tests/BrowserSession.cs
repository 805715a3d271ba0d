using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The app on a real loopback port and Debian's Chromium driven by Playwright. A missing browser
/// fails the tests with a message saying how to get it; it never skips them.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    // The pseudo-language is on so a browser asking for it (qps-ploc) gets every interface word
    // marked; any other language is unaffected.
    private readonly TenderBuilderAppFactory _app = new() { Settings = new Dictionary<string, string> { ["Localization:PseudoLanguage"] = "true" } };
    private IPlaywright? _playwright;
    private string _authorState = "";

    /// <summary>The app under test, for making users and reading what it stored.</summary>
    public TenderBuilderAppFactory App => _app;

    /// <summary>The author every <see cref="NewPageAsync"/> page is signed in as (organisation "Test City").</summary>
    public TestAccount Author { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots go; kept after the run for people to look at.</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("TENDERBUILDER_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("TENDERBUILDER_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. Run the README's test command (it installs Debian's chromium " +
                "package) or set TENDERBUILDER_CHROMIUM to a Chromium executable.");
        }

        BaseAddress = _app.StartOnLoopback();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // The machine has no network beyond loopback: keep Chromium from reaching out.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);

        // Signed in once through the real sign-in page; every page after that starts with its cookie.
        Author = await _app.AuthorAsync();
        var page = await NewAnonymousPageAsync();
        await SignInAsync(page, Author);
        _authorState = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>A fresh page at desktop size, signed in as <see cref="Author"/>, with the app's address as its base.</summary>
    /// <param name="width">The viewport's width.</param>
    /// <param name="height">The viewport's height.</param>
    /// <param name="locale">The browser's language: navigator.language and the Accept-Language header.</param>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(ContextOptions(width, height, _authorState, locale));
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page nobody is signed in to.</summary>
    public async Task<IPage> NewAnonymousPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(ContextOptions(width, height, storageState: null));
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page as a person would, and waits for the page it leads to.</summary>
    public static async Task SignInAsync(IPage page, TestAccount account)
    {
        await page.GotoAsync("account/login");
        await page.GetByLabel("E-mail address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // The first sign-in of a class builds the landing page's circuit while other test
        // projects load both cores; 30 s has run out on the 2-core CI machine, so it waits longer.
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 90_000 });
    }

    /// <summary>Stores a draft through the app's own service, so a test starts from full answers without typing them.</summary>
    public async Task<Guid> SeedDraftAsync(TenderInput input, string title)
    {
        await using var scope = await _app.Services.ScopeForAsync(Author);
        return await scope.ServiceProvider.GetRequiredService<DraftsService>().CreateFromAsync(input, title);
    }

    /// <summary>A draft as the database holds it now, to check what was (and was not) stored.</summary>
    public async Task<OpenedDraft> ReadDraftAsync(Guid id)
    {
        await using var scope = await _app.Services.ScopeForAsync(Author);
        return await scope.ServiceProvider.GetRequiredService<DraftsService>().OpenAsync(id);
    }

    private BrowserNewContextOptions ContextOptions(int width, int height, string? storageState, string locale = "en-GB") => new()
    {
        BaseURL = BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = width, Height = height },
        Locale = locale,
        StorageState = storageState,
    };

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
