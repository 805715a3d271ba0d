using Microsoft.AspNetCore.Identity;
using TenderBuilder.Data.Accounts;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// After the language menu has saved a person's choice (from the circuit, which cannot write a
/// cookie), the sign-in cookie is issued again from the saved account so the next request, and
/// the circuit it opens, are in the new language; then back to the same page and step.
/// </summary>
/// <remarks>A GET that only re-reads the person's own saved account: nothing a forged link could change.</remarks>
internal static class LanguageEndpoints
{
    /// <summary>The address the menu goes to, with the page to come back to.</summary>
    public static string Refresh(string returnUrl) => "account/language?returnUrl=" + Uri.EscapeDataString(returnUrl);

    public static IEndpointRouteBuilder MapLanguageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/language", RefreshAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> RefreshAsync(string? returnUrl, HttpContext http, SignInManager<TenderBuilderUser> signIn, UserManager<TenderBuilderUser> users)
    {
        if (await users.GetUserAsync(http.User) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "~/");
    }

    // Only a path on this site: "/drafts/…", never "//elsewhere" or "/\\elsewhere".
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
