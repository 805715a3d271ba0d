using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Web.Features.Administration;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// Signing out and single sign-on, which need plain HTTP round trips rather than pages: sign-out is
/// a form post (antiforgery-checked), single sign-on a challenge and a callback.
/// </summary>
internal static partial class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");
        account.MapPost("/logout", LogoutAsync);
        account.MapPost("/external", External).AllowAnonymous();
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
    // an account already linked, an account an administrator made for that e-mail address, or a new
    // author in the configured organisation. Anyone else is told to ask an administrator.
    private static async Task<IResult> ExternalCallbackAsync(
        string? returnUrl, SignInManager<TenderBuilderUser> signIn, UserManager<TenderBuilderUser> users,
        UserAccounts accounts, OpenIdConnectSignInOptions oidc, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(AccountEndpoints));
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Refuse(SignInProblem.Incomplete);
        }

        var signedIn = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (signedIn.Succeeded)
        {
            return Results.LocalRedirect(LocalOrHome(returnUrl));
        }

        if (signedIn.IsLockedOut)
        {
            return Refuse(SignInProblem.LockedOut);
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        if (string.IsNullOrWhiteSpace(email))
        {
            return Refuse(SignInProblem.NoEmail);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null && !string.IsNullOrWhiteSpace(oidc.ProvisionOrganisation))
        {
            var name = info.Principal.FindFirstValue(ClaimTypes.Name) ?? info.Principal.FindFirstValue("name") ?? email;
            var organisation = await accounts.EnsureOrganisationAsync(oidc.ProvisionOrganisation, OrganisationKind.City);
            var created = organisation.Succeeded
                ? await accounts.CreateUserAsync(new NewUser(name, email, organisation.Value, [TenderBuilderRoles.Author], Password: null))
                : organisation;
            user = created.Succeeded ? await users.FindByIdAsync(created.Value.ToString()) : null;
        }

        if (user is null)
        {
            LogRefused(logger, email);
            return Refuse(SignInProblem.NoAccount);
        }

        var linked = await users.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            return Refuse(SignInProblem.NotLinked);
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return Results.LocalRedirect(LocalOrHome(returnUrl));
    }

    // A code, not a message: the sign-in page shows only its own words, never text from a link.
    private static IResult Refuse(string problem) => Results.LocalRedirect("~/account/login?problem=" + problem);

    /// <summary>Only addresses on this site: a sign-in link cannot send anyone elsewhere.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on refused for {Email}: no account and no organisation to provision into.")]
    private static partial void LogRefused(ILogger logger, string email);
}

/// <summary>Why a single sign-on was refused, as the sign-in page explains it.</summary>
public static class SignInProblem
{
    public const string Incomplete = "incomplete";
    public const string LockedOut = "locked";
    public const string NoEmail = "no-email";
    public const string NoAccount = "no-account";
    public const string NotLinked = "not-linked";

    public static string? Message(string? problem) => problem switch
    {
        Incomplete => "The single sign-on did not complete. Try again.",
        LockedOut => "This account is locked. Ask an administrator.",
        NoEmail => "The single sign-on provider did not give your e-mail address, so TenderBuilder cannot find your account.",
        NoAccount => "There is no TenderBuilder account for you yet. Ask an administrator to create one with your e-mail address.",
        NotLinked => "Your account could not be linked to the single sign-on. Ask an administrator.",
        _ => null,
    };
}
