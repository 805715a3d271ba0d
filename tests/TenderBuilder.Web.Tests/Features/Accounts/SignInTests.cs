using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.Drafts;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>Signing in, locking out, roles and the headers every response carries, over HTTP against the real app.</summary>
public sealed class SignInTests(TenderBuilderAppFactory app) : IClassFixture<TenderBuilderAppFactory>
{
    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_the_sign_in_page_and_back_afterwards()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = NewClient();

        var drafts = await client.GetAsync(new Uri("/drafts", UriKind.Relative));

        drafts.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        drafts.Headers.Location!.OriginalString.ShouldEndWith("/account/login?ReturnUrl=%2Fdrafts");
        var login = await client.GetAsync(drafts.Headers.Location);
        var form = await login.Content.ReadAsStringAsync();
        form.ShouldContain("<h1>Sign in</h1>");
        var signedIn = await client.PostAsync(drafts.Headers.Location, TestAccounts.SignInForm(form, account.Email, account.Password));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(client.BaseAddress!, signedIn.Headers.Location!).ShouldBe(new Uri(client.BaseAddress!, "/drafts"));
        var page = await client.GetStringAsync(new Uri("/drafts", UriKind.Relative));
        page.ShouldContain("Test user of Utrecht");
        page.ShouldContain("Sign out");
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_saying_which_part_was_wrong_and_keeps_the_address()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = NewClient();

        var response = await client.SignInAsync(account.Email, "not the password at all");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("The e-mail address or the password is not right.");
        page.ShouldContain($"value=\"{account.Email}\"");
        var unknown = await client.SignInAsync("nobody@nowhere.test", "whatever it is");
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("The e-mail address or the password is not right.");
    }

    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_without_saying_so_until_an_administrator_sets_a_new_password()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = NewClient();

        for (var attempt = 1; attempt <= AccountsHosting.MaxFailedAccessAttempts; attempt++)
        {
            (await (await client.SignInAsync(account.Email, $"wrong password {attempt}")).Content.ReadAsStringAsync())
                .ShouldContain("The e-mail address or the password is not right.");
        }

        var rightButLocked = await client.SignInAsync(account.Email, account.Password);
        rightButLocked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rightButLocked.Content.ReadAsStringAsync()).ShouldContain("The e-mail address or the password is not right.");
        (await app.Services.GetRequiredService<UserAccounts>().ListUsersAsync()).Single(u => u.Id == account.UserId).LockedUntil.ShouldNotBeNull();

        var reset = await app.Services.GetRequiredService<UserAccounts>().ResetPasswordAsync(account.UserId, "a brand new long password");
        reset.Succeeded.ShouldBeTrue();
        (await client.SignInAsync(account.Email, "a brand new long password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_reviewer_reads_and_downloads_but_cannot_create_or_change_a_draft()
    {
        var author = await app.Services.CreateAccountAsync("Eindhoven", "Author");
        var reviewer = await app.Services.CreateAccountAsync("Eindhoven", "Reviewer");
        Guid id;
        await using (var scope = await app.Services.ScopeForAsync(author))
        {
            var input = Core.Input.TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
            id = await scope.ServiceProvider.GetRequiredService<DraftsService>().CreateFromAsync(input, "Eindhoven destination charging");
        }

        using var client = await app.CreateSignedInClientAsync(reviewer);
        var list = await client.GetStringAsync(new Uri("/drafts", UriKind.Relative));
        list.ShouldContain("Eindhoven destination charging");
        list.ShouldNotContain("New draft");
        (await client.GetStringAsync(new Uri($"/drafts/{id}/review", UriKind.Relative))).ShouldContain("only authors can change it");
        (await client.GetAsync(new Uri($"/export/drafts/{id}/tender-package.zip", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var reviewerScope = await app.Services.ScopeForAsync(reviewer);
        var drafts = reviewerScope.ServiceProvider.GetRequiredService<DraftsService>();
        await Should.ThrowAsync<AccessDeniedException>(() => drafts.CreateAsync("Reviewer's own"));
        var opened = await drafts.OpenAsync(id);
        await Should.ThrowAsync<AccessDeniedException>(() => drafts.SaveAsync(id, opened.Revision, opened.Input with { Tender = opened.Input.Tender with { Title = "Changed" } }));
        await Should.ThrowAsync<AccessDeniedException>(() => drafts.DeleteAsync(id));
        (await drafts.OpenAsync(id)).Title.ShouldBe("Eindhoven destination charging");
    }

    [Fact]
    public async Task Only_administrators_reach_the_user_organisation_buyer_profile_and_api_key_pages()
    {
        var author = await app.Services.CreateAccountAsync("Utrecht", "Author");
        var administrator = await app.Services.CreateAccountAsync("Utrecht", "Administrator");
        using var authorClient = await app.CreateSignedInClientAsync(author);
        using var administratorClient = await app.CreateSignedInClientAsync(administrator);

        foreach (var page in new[] { "/admin/users", "/admin/organisations", "/admin/buyer-profile", "/admin/api-keys" })
        {
            var refused = await authorClient.GetAsync(new Uri(page, UriKind.Relative));
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            refused.Headers.Location!.OriginalString.ShouldContain("/account/access-denied");
            (await administratorClient.GetAsync(new Uri(page, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, page);
        }

        (await administratorClient.GetStringAsync(new Uri("/admin/users", UriKind.Relative))).ShouldContain(author.Email);
        (await administratorClient.GetStringAsync(new Uri("/admin/api-keys", UriKind.Relative))).ShouldContain("id=\"api-key-create-button\"");
        // Every organisation is listed, but only the administrator's own links to its buyer profile.
        var organisations = await administratorClient.GetStringAsync(new Uri("/admin/organisations", UriKind.Relative));
        System.Text.RegularExpressions.Regex.Count(organisations, "id=\"organisation-buyer-profile\"").ShouldBe(1);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = await app.CreateSignedInClientAsync(account);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var signOut = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(home),
        }));

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signOut.Headers.Location!.OriginalString.ShouldBe("/account/login?signedOut=true");
        (await client.GetAsync(new Uri("/drafts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_sign_in_link_cannot_send_anyone_to_another_site()
    {
        AccountEndpoints.LocalOrHome("/drafts?x=1").ShouldBe("/drafts?x=1");
        AccountEndpoints.LocalOrHome("https://evil.example/").ShouldBe("/");
        AccountEndpoints.LocalOrHome("//evil.example/").ShouldBe("/");
        AccountEndpoints.LocalOrHome("/\\evil.example/").ShouldBe("/");
        AccountEndpoints.LocalOrHome(null).ShouldBe("/");
        // Decoded from "/%E3%80%82/evil": not an address a Location header can carry.
        AccountEndpoints.LocalOrHome("/\u3002/evil").ShouldBe("/");
        AccountEndpoints.LocalOrHome("/drafts\r\nSet-Cookie: x").ShouldBe("/");

        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = NewClient();
        var form = await client.GetStringAsync(new Uri("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative));
        var response = await client.PostAsync(new Uri("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative),
            TestAccounts.SignInForm(form, account.Email, account.Password));
        new Uri(client.BaseAddress!, response.Headers.Location!).ShouldBe(new Uri(client.BaseAddress!, "/"), "the app's own home, not the other site");
    }

    [Theory]
    [InlineData("/account/login", false)]
    [InlineData("/", true)]
    [InlineData("/drafts", true)]
    [InlineData("/health/live", false)]
    public async Task Every_response_carries_the_security_headers(string address, bool signedIn)
    {
        using var client = signedIn ? await app.CreateAuthorClientAsync() : NewClient();

        var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        response.IsSuccessStatusCode.ShouldBeTrue();
        var policy = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        policy.ShouldContain("default-src 'self'");
        policy.ShouldContain("script-src 'self';");
        policy.ShouldNotContain("unsafe-eval");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("object-src 'none'");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.Contains("Permissions-Policy").ShouldBeTrue();
    }

    [Fact]
    public async Task A_document_preview_keeps_its_own_stricter_policy_and_may_be_framed_only_by_the_app()
    {
        var author = await app.AuthorAsync();
        Guid id;
        await using (var scope = await app.Services.ScopeForAsync(author))
        {
            id = await scope.ServiceProvider.GetRequiredService<DraftsService>().CreateAsync("Preview headers");
        }

        using var client = await app.CreateSignedInClientAsync(author);
        var response = await client.GetAsync(new Uri($"/export/drafts/{id}/preview/technical-specifications.html", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        policy.ShouldStartWith("default-src 'none'");
        policy.ShouldContain("frame-ancestors 'self'");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["SAMEORIGIN"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task The_configured_first_administrator_exists_and_setup_is_closed()
    {
        var users = app.Services.GetRequiredService<UserAccounts>();
        (await users.ListUsersAsync()).ShouldContain(u => u.Email == TenderBuilderAppFactory.AdministratorEmail && u.Roles.Contains(TenderBuilderRoles.Administrator));
        using var client = NewClient();
        (await client.GetStringAsync(new Uri("/setup", UriKind.Relative))).ShouldContain("Setup is finished");
        app.Logs.Entries.ShouldNotContain(e => e.Message.Contains("setup token", StringComparison.Ordinal));
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
