using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// Signing out and single sign-on, which need plain HTTP round trips rather than pages: sign-out is
/// a form post (antiforgery-checked), single sign-on a challenge and a callback.
/// </summary>
/// <remarks>
/// Minimal API endpoints are antiforgery-checked only when they bind a form; sign-out binds nothing,
/// so it asks for the check in its metadata (else any site could sign an officer out). A failed check
/// is answered by <see cref="Hosting.RefusedForms"/>.
/// </remarks>
internal static partial class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");
        account.MapPost("/logout", LogoutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapPost("/external", External).AllowAnonymous().RequireRateLimiting(SignInRateLimiting.Policy);
        account.MapGet("/external/callback", ExternalCallbackAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> LogoutAsync(SignInManager<TenderBuilderUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("~/account/login?signedOut=true");
    }

    private static IResult External([FromForm] string? returnUrl, SignInManager<TenderBuilderUser> signIn, OpenIdConnectSignInOptions oidc)
    {
        if (!oidc.IsConfigured)
        {
            return Results.NotFound();
        }

        var callback = "/account/external/callback?returnUrl=" + Uri.EscapeDataString(LocalOrHome(returnUrl));
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSignInOptions.Scheme, callback);
        return Results.Challenge(properties, [OpenIdConnectSignInOptions.Scheme]);
    }

    // The provider vouches for who the person is; TenderBuilder decides whether they may come in:
    // an account already linked, an account an administrator made for the provider's verified
    // e-mail address, or a new author in the configured organisation. Anyone else is told to ask an
    // administrator. The provider's temporary cookie is cleared whatever the outcome.
    private static async Task<IResult> ExternalCallbackAsync(
        string? returnUrl, HttpContext http, SignInManager<TenderBuilderUser> signIn, UserManager<TenderBuilderUser> users,
        UserAccounts accounts, OpenIdConnectSignInOptions oidc, ILoggerFactory loggers)
    {
        var problem = await SignInExternalAsync(signIn, users, accounts, oidc, loggers.CreateLogger(typeof(AccountEndpoints)));
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        return problem is null ? Results.LocalRedirect(LocalOrHome(returnUrl)) : Refuse(problem);
    }

    // Returns why the person may not come in, or null once they are signed in.
    private static async Task<string?> SignInExternalAsync(
        SignInManager<TenderBuilderUser> signIn, UserManager<TenderBuilderUser> users, UserAccounts accounts,
        OpenIdConnectSignInOptions oidc, ILogger logger)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return SignInProblem.Incomplete;
        }

        var signedIn = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (signedIn.Succeeded)
        {
            return null;
        }

        if (signedIn.IsLockedOut)
        {
            return SignInProblem.LockedOut;
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        if (string.IsNullOrWhiteSpace(email))
        {
            return SignInProblem.NoEmail;
        }

        // Linking by address is only as safe as the address: a provider that lets people set any
        // address unverified would hand them someone else's account.
        if (!oidc.TrustUnverifiedEmail && !string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase))
        {
            LogUnverified(logger, email);
            return SignInProblem.NoAccount;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null && !string.IsNullOrWhiteSpace(oidc.ProvisionOrganisation))
        {
            var name = info.Principal.FindFirstValue(ClaimTypes.Name) ?? info.Principal.FindFirstValue("name") ?? email;
            var organisation = await accounts.EnsureOrganisationAsync(oidc.ProvisionOrganisation, oidc.ProvisionOrganisationKind);
            var created = organisation.Succeeded
                ? await accounts.CreateUserAsync(new NewUser(name, email, organisation.Value, [TenderBuilderRoles.Author], Password: null))
                : organisation;
            if (!created.Succeeded)
            {
                LogProvisioningFailed(logger, email, string.Join(" ", created.Problems.Select(p => p.Message)));
                return SignInProblem.NotLinked;
            }

            user = await users.FindByIdAsync(created.Value.ToString());
        }

        if (user is null)
        {
            LogRefused(logger, email);
            return SignInProblem.NoAccount;
        }

        // The same checks a password sign-in makes: a locked account stays locked, and an
        // administrator's account is never taken over by an address match.
        if (await users.IsLockedOutAsync(user))
        {
            return SignInProblem.LockedOut;
        }

        if (!await signIn.CanSignInAsync(user) || await users.IsInRoleAsync(user, TenderBuilderRoles.Administrator))
        {
            LogNotLinked(logger, email);
            return SignInProblem.NotLinked;
        }

        if (!(await users.AddLoginAsync(user, info)).Succeeded)
        {
            return SignInProblem.NotLinked;
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return null;
    }

    // A code, not a message: the sign-in page shows only its own words, never text from a link.
    private static IResult Refuse(string problem) => Results.LocalRedirect("~/account/login?problem=" + problem);

    /// <summary>
    /// Only addresses on this site: a sign-in link cannot send anyone elsewhere. The address must also
    /// be plain ASCII, as a Location header has to be: a decoded "/。/x" in a link would otherwise
    /// fail the response with a server error after a successful sign-in.
    /// </summary>
    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && returnUrl.All(c => c is > ' ' and < '\u007f')
            ? returnUrl
            : "/";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on refused for {Email}: no account and no organisation to provision into.")]
    private static partial void LogRefused(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Single sign-on refused for {Email}: the provider did not say the address is verified (email_verified). Set Authentication:OpenIdConnect:TrustUnverifiedEmail for a provider whose addresses are all managed, such as Entra ID.")]
    private static partial void LogUnverified(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on could not create an account for {Email}: {Problems}")]
    private static partial void LogProvisioningFailed(ILogger logger, string email, string problems);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Single sign-on did not link {Email}: the account may not sign in, or is an administrator's (administrators link their account by signing in with their password first).")]
    private static partial void LogNotLinked(ILogger logger, string email);
}

/// <summary>
/// Why a single sign-on was refused: the code the sign-in page gets in its link. The page explains
/// each in the person's language (<see cref="LoginPage"/>).
/// </summary>
public static class SignInProblem
{
    public const string Incomplete = "incomplete";
    public const string LockedOut = "locked";
    public const string NoEmail = "no-email";
    public const string NoAccount = "no-account";
    public const string NotLinked = "not-linked";
}
