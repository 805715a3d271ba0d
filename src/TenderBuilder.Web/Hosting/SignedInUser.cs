using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// Who is signed in, for the current request or circuit, and so whose organisation's data the
/// database may show. Set by <see cref="SignedInUserMiddleware"/> for requests and by
/// <see cref="SignedInUserCircuitHandler"/> for circuits; services read it, never the HTTP context.
/// </summary>
public sealed class SignedInUser(AuthenticationStateProvider? authentication = null) : ICurrentUser
{
    private ClaimsPrincipal? _principal;

    /// <summary>The signed-in principal (an anonymous one when nobody is signed in).</summary>
    public ClaimsPrincipal Principal
    {
        get => _principal ??= FromCircuit() ?? new ClaimsPrincipal(new ClaimsIdentity());
        set => _principal = value;
    }

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? OrganisationId =>
        IsAuthenticated && Guid.TryParse(Principal.FindFirstValue(TenderBuilderClaims.Organisation), out var id) ? id : null;

    public Guid? UserId =>
        IsAuthenticated && Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string DisplayName => Principal.FindFirstValue(TenderBuilderClaims.DisplayName) ?? Principal.Identity?.Name ?? "";

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool ActsForApiKey => IsAuthenticated && Principal.HasClaim(c => c.Type == TenderBuilderClaims.ApiKey);

    /// <summary>
    /// Authors and reviewers work with their organisation's drafts and templates; an administrator
    /// who is neither sees none of them (the accounts, not the content, are theirs to manage).
    /// </summary>
    public bool SeesContent => Principal.IsInRole(TenderBuilderRoles.Author) || Principal.IsInRole(TenderBuilderRoles.Reviewer);

    // A circuit's authentication state is known from its start; reading it here covers a render
    // that comes before the circuit handler has run. Never cached when not known yet.
    private ClaimsPrincipal? FromCircuit()
    {
        try
        {
            var state = authentication?.GetAuthenticationStateAsync();
            return state is { IsCompletedSuccessfully: true } ? state.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            // An HTTP request outside a circuit has no authentication state here.
            return null;
        }
    }
}

/// <summary>The claims TenderBuilder adds to a signed-in user's identity.</summary>
public static class TenderBuilderClaims
{
    public const string Organisation = "tenderbuilder:organisation";

    public const string DisplayName = "tenderbuilder:name";

    /// <summary>The interface language the person chose (a culture name); absent until they choose.</summary>
    public const string InterfaceLanguage = "tenderbuilder:language";

    /// <summary>The API key a request is made with (its id); absent for a person.</summary>
    public const string ApiKey = "tenderbuilder:api-key";

    /// <summary>One scope of the API key (read, write, build); one claim per scope.</summary>
    public const string ApiScope = "tenderbuilder:api-scope";
}

