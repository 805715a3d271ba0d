using Microsoft.Playwright;
using TenderBuilder.Testing;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Signing in, two organisations side by side in one running app, a reviewer's read-only view, and
/// the content security policy holding on every kind of page (no script or style is refused).
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class SignInTests(BrowserSession session)
{
    [Fact]
    public async Task Someone_not_signed_in_lands_on_an_accessible_sign_in_page_and_arrives_where_they_were_going()
    {
        var account = await session.App.Services.CreateAccountAsync("Utrecht", "Author");
        var page = await session.NewAnonymousPageAsync();
        await using var context = page.Context;

        await page.GotoAsync("drafts");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("sign-in");
        await page.GetByLabel("E-mail address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync("not my password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail address or the password is not right.");
        await Assertions.Expect(page.GetByLabel("E-mail address")).ToHaveValueAsync(account.Email);
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByLabel("Password").PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Drafts");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator(".tb-signed-in")).ToHaveTextAsync("Test user of Utrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You are signed out.");
    }

    [Fact]
    public async Task Two_organisations_work_in_one_app_and_neither_sees_the_others_drafts()
    {
        var utrecht = await session.App.Services.CreateAccountAsync("Gemeente Utrecht", "Author");
        var stockholm = await session.App.Services.CreateAccountAsync("Stockholms stad", "Author");
        var utrechtPage = await SignedInPageAsync(utrecht);
        var stockholmPage = await SignedInPageAsync(stockholm);
        await using var utrechtContext = utrechtPage.Context;
        await using var stockholmContext = stockholmPage.Context;

        var utrechtDraft = await CreateDraftAsync(utrechtPage, "Utrecht on-street charging");
        await CreateDraftAsync(stockholmPage, "Stockholm low-capacity charging");

        await stockholmPage.GotoAsync("drafts");
        await stockholmPage.WaitUntilInteractiveAsync();
        var list = stockholmPage.Locator("main table");
        await Assertions.Expect(list).ToContainTextAsync("Stockholm low-capacity charging");
        await Assertions.Expect(list).Not.ToContainTextAsync("Utrecht on-street charging");

        var foreign = await stockholmPage.GotoAsync(utrechtDraft);
        foreign!.Status.ShouldBe(404);
        await Assertions.Expect(stockholmPage.Locator("h1")).ToHaveTextAsync("Page not found");
        // The circuit takes over the prerendered 404 page; the reader must not see it change.
        await stockholmPage.WaitUntilInteractiveAsync();
        await Assertions.Expect(stockholmPage.Locator("h1")).ToHaveTextAsync("Page not found");
        await Assertions.Expect(stockholmPage.GetByRole(AriaRole.Link, new() { Name = "Go to your drafts" })).ToBeVisibleAsync();
        await stockholmPage.ScreenshotAsync("not-found");
        (await stockholmPage.ContentAsync()).ShouldNotContain("Utrecht on-street charging");
        var download = await stockholmPage.APIRequest.GetAsync(utrechtDraft.Replace("drafts/", "export/drafts/") + "/tender-package.zip");
        download.Status.ShouldBe(404);
    }

    [Fact]
    public async Task A_reviewer_reads_a_draft_with_every_field_disabled()
    {
        var reviewer = await session.App.Services.CreateAccountAsync("Test City", "Reviewer");
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await SignedInPageAsync(reviewer);
        await using var context = page.Context;

        await page.OpenStepAsync(draft, "grid");

        await Assertions.Expect(page.Locator("#tb-read-only")).ToContainTextAsync("only authors can change it");
        await Assertions.Expect(page.Field("grid.dso_name")).ToBeDisabledAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("nav.tb-steps a[data-step='review']").ClickAsync();
        await page.ShouldBeOnStepAsync("review");
        await Assertions.Expect(page.Locator(".tb-exclude").First).ToBeDisabledAsync();
        (await session.ReadDraftAsync(draft)).Revision.ShouldBe(1, "reading changed nothing");
    }

    [Fact]
    public async Task An_administrator_adds_an_organisation_and_a_colleague_who_then_signs_in_and_later_gets_a_new_password()
    {
        var administrator = await session.App.Services.CreateAccountAsync("Test City", "Administrator");
        var page = await SignedInPageAsync(administrator);
        await using var context = page.Context;
        var email = $"{Guid.NewGuid():N}@amersfoort.test";

        await page.GotoAsync("admin/organisations");
        await page.WaitUntilInteractiveAsync();
        await page.GetByLabel("Name of the organisation").FillAsync("Gemeente Amersfoort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the organisation" }).ClickAsync();
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Gemeente Amersfoort");

        await page.GotoAsync("admin/users");
        await page.WaitUntilInteractiveAsync();
        await page.GetByLabel("Full name").FillAsync("Sanne Jansen");
        await page.GetByLabel("E-mail address (they sign in with it)").FillAsync(email);
        await page.Locator("#user-organisation").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Gemeente Amersfoort" }).ClickAsync();
        await page.GetByLabel("First password (at least 12 characters)").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("at least 12 characters");
        await page.GetByLabel("First password (at least 12 characters)").FillAsync("sanne's first long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        var row = page.Locator("main table tr").Filter(new() { HasText = email });
        await Assertions.Expect(row).ToContainTextAsync("Gemeente Amersfoort");

        var colleague = await session.NewAnonymousPageAsync();
        await using (var colleagueContext = colleague.Context)
        {
            await BrowserSession.SignInAsync(colleague, new TestAccount(Guid.Empty, Guid.Empty, "Gemeente Amersfoort", email, "sanne's first long password", ["Author"]));
            await colleague.GotoAsync("drafts");
            await Assertions.Expect(colleague.Locator(".tb-signed-in")).ToHaveTextAsync("Sanne Jansen");
        }

        await row.GetByRole(AriaRole.Button, new() { Name = "Manage Sanne Jansen" }).ClickAsync();
        await page.GetByLabel("New password (at least 12 characters)").FillAsync("sanne's second long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "has a new password" })).ToContainTextAsync("Sanne Jansen has a new password.");
        var later = await session.NewAnonymousPageAsync();
        await using var laterContext = later.Context;
        await BrowserSession.SignInAsync(later, new TestAccount(Guid.Empty, Guid.Empty, "Gemeente Amersfoort", email, "sanne's second long password", ["Author"]));
        await Assertions.Expect(later.Locator(".tb-signed-in")).ToHaveTextAsync("Sanne Jansen");
    }

    [Fact]
    public async Task A_fresh_deployment_shows_every_setup_problem_at_once_then_lands_on_drafts_with_a_first_draft_to_create()
    {
        await using var fresh = new TenderBuilderAppFactory { ConfigureAdministrator = false };
        var address = fresh.StartOnLoopback();
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = address.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up TenderBuilder" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Set up TenderBuilder");
        await page.GetByLabel("Setup token").FillAsync("not the token");
        await page.GetByLabel("E-mail address (you sign in with it)").FillAsync("ops@region-utrecht.test");
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the administrator" }).ClickAsync();

        var summary = page.GetByTestId("error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.Locator("h2")).ToHaveTextAsync("There are 5 problems");
        await Assertions.Expect(page.Locator("#setup-token-problem")).ToContainTextAsync("That is not the setup token.");
        await Assertions.Expect(page.Locator("#setup-organisation-problem")).ToHaveTextAsync("Enter the organisation's name.");
        await Assertions.Expect(page.Locator("#setup-name-problem")).ToHaveTextAsync("Enter your name.");
        await Assertions.Expect(page.Locator("#setup-password-problem")).ToHaveTextAsync("Use at least 12 characters.");
        await Assertions.Expect(page.Locator("#setup-confirm-problem")).ToHaveTextAsync("The two passwords differ.");
        await Assertions.Expect(page.GetByLabel("E-mail address (you sign in with it)")).ToHaveValueAsync("ops@region-utrecht.test");
        await Assertions.Expect(page.GetByLabel("Password (at least 12 characters)")).ToHaveValueAsync("");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("setup");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your name." }).ClickAsync();
        page.Url.ShouldEndWith("/setup#setup-name");

        await page.GetByLabel("Setup token").FillAsync(SetupToken(fresh));
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Region Utrecht");
        await page.GetByLabel("Your name").FillAsync("Operations");
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("a long enough password");
        await page.GetByLabel("The password again").FillAsync("a long enough password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the administrator" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Drafts");
        await page.WaitUntilInteractiveAsync();
        var firstDraft = page.GetByTestId("first-draft");
        await Assertions.Expect(firstDraft.GetByRole(AriaRole.Heading, new() { Name = "Create your first draft" })).ToBeVisibleAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("drafts-first-draft");
        await firstDraft.GetByRole(AriaRole.Button, new() { Name = "Create your first draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("New draft");
    }

    // The one line the server logs for whoever runs it: "… setup token: 0123…".
    private static string SetupToken(TenderBuilderAppFactory app)
    {
        var line = app.Logs.Entries.Single(e => e.Message.StartsWith("No administrator exists yet.", StringComparison.Ordinal)).Message;
        return System.Text.RegularExpressions.Regex.Match(line, "setup token: ([0-9A-F]{32})").Groups[1].Value;
    }

    [Fact]
    public async Task No_page_has_a_script_or_style_refused_by_the_content_security_policy()
    {
        var administrator = await session.App.Services.CreateAccountAsync("Test City", "Administrator", "Author");
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewAnonymousPageAsync();
        await using var context = page.Context;
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add($"{page.Url}: {message.Text}");
            }
        };

        await page.GotoAsync("account/login");
        await BrowserSession.SignInAsync(page, administrator);
        foreach (var address in new[] { "", "drafts", "catalogue", "help", "admin/users", "admin/organisations", $"drafts/{draft}/grid", $"drafts/{draft}/review", $"drafts/{draft}/export" })
        {
            await page.GotoAsync(address);
            await page.WaitUntilInteractiveAsync();
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            if (address.StartsWith("admin/", StringComparison.Ordinal))
            {
                await page.ShouldHaveNoAccessibilityViolationsAsync();
                await page.ScreenshotAsync(address.Replace('/', '-'));
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
        await page.WaitForTimeoutAsync(500);
        refused.ShouldBeEmpty();
    }

    private async Task<IPage> SignedInPageAsync(TestAccount account)
    {
        var page = await session.NewAnonymousPageAsync();
        await BrowserSession.SignInAsync(page, account);
        return page;
    }

    // Returns the draft's address.
    private static async Task<string> CreateDraftAsync(IPage page, string title)
    {
        await page.GotoAsync("drafts");
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "New draft" }).ClickAsync();
        await page.GetByLabel("Title of the tender").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".tb-draft-title")).ToHaveTextAsync(title);
        return new Uri(page.Url).AbsolutePath.TrimStart('/');
    }
}
