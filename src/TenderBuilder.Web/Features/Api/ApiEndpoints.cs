using Microsoft.AspNetCore.Authorization;
using TenderBuilder.Data.ApiKeys;

namespace TenderBuilder.Web.Features.Api;

/// <summary>The API's scopes as its endpoints name them.</summary>
internal enum ApiScope
{
    Read,
    Write,
    Build,
}

/// <summary>
/// The HTTP API, version 1: minimal endpoints over the application's services, with no logic of
/// their own. Every operation names the scope it needs; every refusal is a problem detail.
/// </summary>
internal static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>The rate-limiting policy of every API operation: per key (ApiRateLimiting).</summary>
    public const string RateLimitPolicy = "api";

    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter<ApiErrorFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        ApiDraftEndpoints.Map(api);
        ApiPackageEndpoints.Map(api);
        ApiTemplateEndpoints.Map(api);
        ApiCatalogueEndpoints.Map(api);

        // An address under /api that names no operation (or a method it does not take) is a problem
        // detail too, not the web's "page not found". No operation matches by content type, so this
        // never answers for one that exists.
        endpoints.Map("/api/{**rest}", () => ApiProblems.Problem(StatusCodes.Status404NotFound, "No such operation.",
                $"No operation has this address and method; the API's description is at {Prefix}/openapi.json."))
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Requires a key with the scope (403 without it); the 403's message names the scope.</summary>
    public static RouteHandlerBuilder Scope(this RouteHandlerBuilder endpoint, ApiScope scope) =>
        endpoint.RequireAuthorization(PolicyName(scope)).WithMetadata(new ApiScopeMetadata(Name(scope)));

    /// <summary>The body is a TenderInput, described by the schema of that name.</summary>
    public static RouteHandlerBuilder AcceptsTenderInput(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new ApiTenderInputBody()).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static string PolicyName(ApiScope scope) => "api:" + Name(scope);

    public static string Name(ApiScope scope) => scope switch
    {
        ApiScope.Read => ApiKeyScopeNames.Read,
        ApiScope.Write => ApiKeyScopeNames.Write,
        _ => ApiKeyScopeNames.Build,
    };

    /// <summary>The policy of a scope: a valid API key (and only a key: no cookie) with that scope.</summary>
    public static AuthorizationPolicy Policy(ApiScope scope) =>
        new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(Hosting.TenderBuilderClaims.ApiScope, Name(scope))
            .Build();
}

/// <summary>Marks an operation whose body is a TenderInput, for the OpenAPI document.</summary>
internal sealed record ApiTenderInputBody;

/// <summary>Marks an operation whose body maps question ids to answers, for the OpenAPI document.</summary>
internal sealed record ApiAnswersBody;

/// <summary>Marks an operation whose body names a template (<see cref="ApiFromTemplate"/>), for the OpenAPI document.</summary>
internal sealed record ApiFromTemplateBody;
