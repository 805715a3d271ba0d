using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Testing;

/// <summary>A user made for a test, with the password to sign in.</summary>
public sealed record TestAccount(Guid UserId, Guid OrganisationId, string Organisation, string Email, string Password, IReadOnlyList<string> Roles);

/// <summary>
/// Users, sign-in and signed-in service scopes for tests, all through the app's own account
/// services and its real sign-in page: no test scheme, no bypass.
/// </summary>
public static partial class TestAccounts
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates a user (and their organisation, when new) with the given roles.</summary>
    public static Task<TestAccount> CreateAccountAsync(this IServiceProvider services, string organisation, params string[] roles) =>
        services.CreateNamedAccountAsync($"Test user of {organisation}", organisation, roles);

    /// <summary>Creates a user with a name of their own (and their organisation, when new) with the given roles.</summary>
    public static async Task<TestAccount> CreateNamedAccountAsync(this IServiceProvider services, string name, string organisation, params string[] roles)
    {
        var accounts = services.GetRequiredService<UserAccounts>();
        var organisationId = await accounts.EnsureOrganisationAsync(organisation, OrganisationKind.City);
        organisationId.Succeeded.ShouldBeTrue(organisationId.Problems);
        var email = $"{Guid.NewGuid():N}@{Slug(organisation)}.test";
        var chosen = roles.Length == 0 ? new[] { TenderBuilderRoles.Author } : roles;
        var created = await accounts.CreateUserAsync(new NewUser(name, email, organisationId.Value, chosen, Password));
        created.Succeeded.ShouldBeTrue(created.Problems);
        return new TestAccount(created.Value, organisationId.Value, organisation, email, Password, chosen);
    }

    /// <summary>
    /// A service scope acting as the account's user, as a request or circuit of theirs would: the
    /// same claims the sign-in cookie carries.
    /// </summary>
    public static async Task<AsyncServiceScope> ScopeForAsync(this IServiceProvider services, TestAccount account)
    {
        var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>();
        var user = await users.FindByIdAsync(account.UserId.ToString()) ?? throw new InvalidOperationException($"No user {account.Email}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TenderBuilderUser>>().CreateAsync(user);
        scope.ServiceProvider.GetRequiredService<SignedInUser>().Principal = principal;
        return scope;
    }

    /// <summary>Runs one call of an app service as the account, in a scope of its own (as one request would).</summary>
    public static async Task AsAsync<TService>(this IServiceProvider services, TestAccount account, Func<TService, Task> act)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(act);
        await using var scope = await services.ScopeForAsync(account);
        await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs one call of an app service as the account, in a scope of its own, and returns its result.</summary>
    public static async Task<T> AsAsync<TService, T>(this IServiceProvider services, TestAccount account, Func<TService, Task<T>> act)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(act);
        await using var scope = await services.ScopeForAsync(account);
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A client that does not follow redirects, signed in through the app's sign-in page.</summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(this WebApplicationFactory<Program> app, TestAccount account)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SignInAsync(account.Email, account.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in as {account.Email}");
        return client;
    }

    /// <summary>Posts the sign-in form as a browser would (antiforgery token included) and returns the answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), SignInForm(form, email, password));
    }

    /// <summary>The sign-in form's fields, with the antiforgery token of the sign-in page it was read from.</summary>
    public static FormUrlEncodedContent SignInForm(string page, string email, string password) => new(new Dictionary<string, string>
    {
        ["_handler"] = "login",
        ["__RequestVerificationToken"] = AntiforgeryToken(page),
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    });

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    private static string Slug(string text) => new([.. text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private static void ShouldBeTrue(this bool value, IReadOnlyList<AccountProblem> problems)
    {
        if (!value)
        {
            throw new InvalidOperationException("Could not create the test account: " + string.Join(" ", problems.Select(p => $"{p.Field}: {p.Message}")));
        }
    }

    private static void ShouldBe(this HttpStatusCode actual, HttpStatusCode expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected {expected} when {what}, got {actual}.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
