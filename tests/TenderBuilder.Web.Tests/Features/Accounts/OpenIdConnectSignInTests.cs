using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>Single sign-on through an OpenID Connect provider, for people TenderBuilder already knows.</summary>
public sealed class OpenIdConnectSignInTests : IClassFixture<SingleSignOn>
{
    private readonly SingleSignOn _sso;

    public OpenIdConnectSignInTests(SingleSignOn sso) => _sso = sso;

    [Fact]
    public async Task A_person_an_administrator_created_signs_in_through_the_provider_and_lands_on_the_home_page()
    {
        var account = await _sso.App.Services.CreateAccountAsync("Utrecht", "Author");
        using var browser = _sso.NewBrowser();

        var landing = await _sso.SignInThroughProviderAsync(browser, new TestIdentity(NewSubject(), account.Email, "Whatever the provider calls them"));

        landing.Address.ShouldBe("/");
        landing.Html.ShouldContain("Test user of Utrecht");
        (await _sso.IsSignedInAsync(browser)).ShouldBeTrue();
    }

    [Fact]
    public async Task Once_linked_a_person_signs_in_again_even_after_the_provider_changed_their_email()
    {
        var account = await _sso.App.Services.CreateAccountAsync("Utrecht", "Author");
        var subject = NewSubject();
        using (var first = _sso.NewBrowser())
        {
            (await _sso.SignInThroughProviderAsync(first, new TestIdentity(subject, account.Email, "Anna"))).Address.ShouldBe("/");
        }

        using var later = _sso.NewBrowser();
        var landing = await _sso.SignInThroughProviderAsync(later, new TestIdentity(subject, "anna.married-name@utrecht.test", "Anna"));

        landing.Address.ShouldBe("/");
        landing.Html.ShouldContain("Test user of Utrecht");
        (await _sso.FindUserAsync("anna.married-name@utrecht.test")).ShouldBeNull("the changed address made no second account");
    }

    [Fact]
    public async Task A_stranger_the_provider_vouches_for_is_refused_and_told_to_ask_an_administrator()
    {
        using var browser = _sso.NewBrowser();

        var landing = await _sso.SignInThroughProviderAsync(browser, new TestIdentity(NewSubject(), "stranger@elsewhere.test", "A. Stranger"));

        landing.Address.ShouldBe("/account/login?problem=no-account");
        landing.Html.ShouldContain("There is no TenderBuilder account for you yet. Ask an administrator to create one with your e-mail address.");
        (await _sso.IsSignedInAsync(browser)).ShouldBeFalse();
        (await _sso.FindUserAsync("stranger@elsewhere.test")).ShouldBeNull();
    }

    [Fact]
    public async Task An_address_the_provider_does_not_vouch_for_links_to_no_account()
    {
        var account = await _sso.App.Services.CreateAccountAsync("Utrecht", "Author");
        using var browser = _sso.NewBrowser();

        var landing = await _sso.SignInThroughProviderAsync(browser, new TestIdentity(NewSubject(), account.Email, "Impostor", EmailVerified: false));

        landing.Address.ShouldBe("/account/login?problem=no-account");
        (await _sso.IsSignedInAsync(browser)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_locked_account_stays_locked_through_the_provider()
    {
        var account = await _sso.App.Services.CreateAccountAsync("Utrecht", "Author");
        await using (var scope = _sso.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>();
            var user = await users.FindByEmailAsync(account.Email);
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddDays(1));
        }

        using var browser = _sso.NewBrowser();
        var landing = await _sso.SignInThroughProviderAsync(browser, new TestIdentity(NewSubject(), account.Email, "Anna"));

        landing.Address.ShouldBe("/account/login?problem=locked");
        (await _sso.IsSignedInAsync(browser)).ShouldBeFalse();
    }

    [Fact]
    public async Task An_administrators_account_is_never_taken_over_by_an_address_match()
    {
        var administrator = await _sso.App.Services.CreateAccountAsync("Utrecht", "Administrator");
        using var browser = _sso.NewBrowser();

        var landing = await _sso.SignInThroughProviderAsync(browser, new TestIdentity(NewSubject(), administrator.Email, "Admin"));

        landing.Address.ShouldBe("/account/login?problem=not-linked");
        (await _sso.IsSignedInAsync(browser)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(IdTokenForgery.UnpublishedKey, "Signature validation failed")]
    [InlineData(IdTokenForgery.OtherAudience, "Audience validation failed")]
    public async Task An_id_token_the_app_cannot_trust_signs_no_one_in_and_the_operator_reads_why(IdTokenForgery forgery, string reason)
    {
        var account = await _sso.App.Services.CreateAccountAsync("Utrecht", "Author");
        using var browser = _sso.NewBrowser();
        _sso.Provider.Forgery = forgery;
        Landing landing;
        try
        {
            landing = await _sso.SignInThroughProviderAsync(browser, new TestIdentity(NewSubject(), account.Email, "Mallory"));
        }
        finally
        {
            _sso.Provider.Forgery = IdTokenForgery.None;
        }

        landing.Address.ShouldBe("/account/login?problem=incomplete");
        landing.Html.ShouldContain("The single sign-on did not complete. Try again.");
        (await _sso.IsSignedInAsync(browser)).ShouldBeFalse();
        _sso.App.Logs.Entries.ShouldContain(entry => entry.Level == LogLevel.Warning
            && entry.Message.StartsWith("Single sign-on failed", StringComparison.Ordinal) && entry.Message.Contains(reason, StringComparison.Ordinal));
    }

    private static string NewSubject() => Guid.NewGuid().ToString("N");
}

/// <summary>Single sign-on that gives newcomers an account of their own.</summary>
public sealed class OpenIdConnectProvisioningTests : IClassFixture<SingleSignOnWithProvisioning>
{
    private readonly SingleSignOn _sso;

    public OpenIdConnectProvisioningTests(SingleSignOnWithProvisioning sso) => _sso = sso;

    [Fact]
    public async Task A_newcomer_gets_an_account_in_the_configured_organisation_as_an_author_only()
    {
        using var browser = _sso.NewBrowser();

        var landing = await _sso.SignInThroughProviderAsync(browser, new TestIdentity(Guid.NewGuid().ToString("N"), "nieke@regio-utrecht.test", "Nieke de Vries"));

        landing.Address.ShouldBe("/");
        landing.Html.ShouldContain("Nieke de Vries");
        var accounts = await _sso.App.Services.GetRequiredService<UserAccounts>().ListUsersAsync();
        var newcomer = accounts.Single(user => user.Email == "nieke@regio-utrecht.test");
        newcomer.Organisation.ShouldBe("Region Utrecht");
        newcomer.Roles.ShouldBe([TenderBuilderRoles.Author]);
    }
}

/// <summary>Where a browser ends up after a round trip through the provider, and the page it shows.</summary>
public sealed record Landing(string Address, string Html);

/// <summary>
/// A test identity provider and the app configured to sign in through it, as an operator would
/// configure Entra ID or Keycloak (only plain HTTP for the provider's metadata is a test allowance).
/// </summary>
public class SingleSignOn : IAsyncLifetime
{
    /// <summary>
    /// The app as the browser sees it. HTTPS because the handler's correlation and nonce cookies
    /// are Secure (SameSite=None, for the provider's cross-site form post) and a browser sends
    /// them back only over HTTPS.
    /// </summary>
    private static readonly Uri AppAddress = new("https://localhost/");

    private readonly string? _provisionOrganisation;

    public SingleSignOn()
        : this(provisionOrganisation: null)
    {
    }

    protected SingleSignOn(string? provisionOrganisation) => _provisionOrganisation = provisionOrganisation;

    public TestIdentityProvider Provider { get; private set; } = null!;

    public TenderBuilderAppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await TestIdentityProvider.StartAsync(new Uri(AppAddress, "signin-oidc"));
        var settings = new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = Provider.Address.AbsoluteUri,
            ["Authentication:OpenIdConnect:ClientId"] = TestIdentityProvider.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = TestIdentityProvider.ClientSecret,
            ["Authentication:OpenIdConnect:DisplayName"] = "Test provider",
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        };
        if (_provisionOrganisation is not null)
        {
            settings["Authentication:OpenIdConnect:ProvisionOrganisation"] = _provisionOrganisation;
        }

        App = new TenderBuilderAppFactory { Settings = settings };
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }

    /// <summary>A browser of the app: keeps its cookies, follows no redirects by itself.</summary>
    public HttpClient NewBrowser() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = AppAddress });

    /// <summary>
    /// Chooses "Sign in with Test provider" on the sign-in page, lets the provider sign
    /// <paramref name="person"/> in, brings the provider's answer back to the app (the browser
    /// half of the flow; the app redeems the code with the provider itself) and follows the app's
    /// redirects to the page the person ends on.
    /// </summary>
    public async Task<Landing> SignInThroughProviderAsync(HttpClient browser, TestIdentity person)
    {
        Provider.NextUser = person;
        var login = await browser.GetStringAsync(new Uri("account/login", UriKind.Relative));
        login.ShouldContain("Sign in with Test provider");
        var challenge = await browser.PostAsync(new Uri("account/external", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(login),
            ["returnUrl"] = "",
        }));
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var authorize = challenge.Headers.Location!;
        authorize.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(Provider.Address, "authorize").AbsoluteUri);

        // The provider's page is the browser's business, not the app's: a separate client, no app cookies.
        using var atProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await atProvider.GetAsync(authorize);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, "the provider answers with a self-submitting form (response_mode=form_post)");
        var (action, fields) = ProviderForm.Read(await answer.Content.ReadAsStringAsync());
        action.ShouldBe(new Uri(AppAddress, "signin-oidc"));

        var address = action;
        var response = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
        {
            address = new Uri(address, response.Headers.Location!);
            address.Host.ShouldBe(AppAddress.Host, "the app only redirects to itself");
            response = await browser.GetAsync(address);
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"the page at {address.PathAndQuery}");
        return new Landing(address.PathAndQuery, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Whether the browser's cookies sign it in: the home page opens instead of sending it to sign in.</summary>
    public async Task<bool> IsSignedInAsync(HttpClient browser)
    {
        var home = await browser.GetAsync(new Uri("/", UriKind.Relative));
        if (home.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        return false;
    }

    public async Task<TenderBuilderUser?> FindUserAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>().FindByEmailAsync(email);
    }
}

/// <summary>The same, with newcomers provisioned into "Region Utrecht".</summary>
public sealed class SingleSignOnWithProvisioning : SingleSignOn
{
    public SingleSignOnWithProvisioning()
        : base("Region Utrecht")
    {
    }
}

/// <summary>The action and hidden fields of the provider's self-submitting form, which a browser would post.</summary>
internal static partial class ProviderForm
{
    public static (Uri Action, Dictionary<string, string> Fields) Read(string html)
    {
        var action = ActionPattern().Match(html);
        action.Success.ShouldBeTrue("the provider's answer has a form");
        var fields = InputPattern().Matches(html).ToDictionary(
            input => WebUtility.HtmlDecode(input.Groups["name"].Value),
            input => WebUtility.HtmlDecode(input.Groups["value"].Value));
        return (new Uri(WebUtility.HtmlDecode(action.Groups[1].Value)), fields);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputPattern();
}
