using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Web.Hosting;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// Signs a request in with an API key (<c>Authorization: Bearer tbk_…</c>, or <c>X-Api-Key</c>):
/// the key acts as its organisation, within its scopes. The only scheme /api accepts — a sign-in
/// cookie is never read there, so another site cannot make a browser call the API.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyAuthenticator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The header that may carry the key instead of <c>Authorization</c>.</summary>
    public const string KeyHeader = "X-Api-Key";

    private ApiKeyStatus? _refused;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented(Request) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        var check = await keys.CheckAsync(presented, Context.RequestAborted);
        if (check.Status != ApiKeyStatus.Valid)
        {
            _refused = check.Status;
            return AuthenticateResult.Fail($"API key refused: {check.Status}");
        }

        Context.Features.Set(new ApiKeyFeature(check.KeyId, check.OrganisationId, check.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(Principal(check), SchemeName));
    }

    // 401 with a problem detail that says what to do, and the scheme to use (RFC 9110, RFC 6750).
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"TenderBuilder API\"";
        var detail = _refused switch
        {
            ApiKeyStatus.Expired => "The API key has expired. An administrator of your organisation can create a new one under Administration › API keys.",
            ApiKeyStatus.Revoked => "The API key has been revoked. An administrator of your organisation can create a new one under Administration › API keys.",
            ApiKeyStatus.Unknown => "The API key is not known. Check that it was copied whole (it starts with tbk_ and is 60 characters long).",
            _ => "Send an API key as 'Authorization: Bearer tbk_…' (or in the X-Api-Key header). Sign-in cookies are not accepted here.",
        };
        return ApiProblems.Write(Context, StatusCodes.Status401Unauthorized, "The request needs a valid API key.", detail);
    }

    // 403: the key is valid but its scopes do not include what the operation needs.
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<ApiScopeMetadata>()?.Scope;
        var detail = needed is null
            ? "This API key may not do this."
            : $"This operation needs the '{needed}' scope; the key has {string.Join(", ", Context.User.FindAll(TenderBuilderClaims.ApiScope).Select(c => $"'{c.Value}'").DefaultIfEmpty("none"))}. An administrator can create a key with that scope.";
        return ApiProblems.Write(Context, StatusCodes.Status403Forbidden, "The API key's scopes do not allow this.", detail);
    }

    /// <summary>The key a request presents, if any.</summary>
    public static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return request.Headers[KeyHeader].ToString() is { Length: > 0 } header ? header.Trim() : null;
    }

    // Read keys see content as a reviewer does, write keys change it as an author does; no key is
    // an administrator, and the review steps are refused to keys whatever their roles (ContentPermissions).
    private static ClaimsPrincipal Principal(ApiKeyCheck key)
    {
        var claims = new List<Claim>
        {
            new(TenderBuilderClaims.ApiKey, key.KeyId.ToString()),
            new(TenderBuilderClaims.Organisation, key.OrganisationId.ToString()),
            new(TenderBuilderClaims.DisplayName, $"API key “{key.Name}”"),
            new(ClaimTypes.Name, key.Name),
        };
        claims.AddRange(ApiKeyScopeNames.Of(key.Scopes).Select(scope => new Claim(TenderBuilderClaims.ApiScope, scope)));
        claims.Add(new Claim(ClaimTypes.Role, TenderBuilderRoles.Reviewer));
        if (key.Scopes.HasFlag(ApiKeyScopes.Write))
        {
            claims.Add(new Claim(ClaimTypes.Role, TenderBuilderRoles.Author));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
    }
}

/// <summary>The key a request was authenticated with, for the access log.</summary>
internal sealed record ApiKeyFeature(Guid KeyId, Guid OrganisationId, string Name);

/// <summary>The scope an API operation needs, on its endpoint: the authorisation policy and the 403 message read it.</summary>
internal sealed record ApiScopeMetadata(string Scope);
