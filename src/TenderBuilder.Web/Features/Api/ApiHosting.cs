using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Scalar.AspNetCore;

namespace TenderBuilder.Web.Features.Api;

/// <summary>The HTTP API's services, its place in the pipeline, its document and reference page (docs/api.md).</summary>
internal static class ApiHosting
{
    /// <summary>The interactive reference, for signed-in people (the API itself takes keys only).</summary>
    public const string ReferencePath = "/developers/api";

    public static IServiceCollection AddTenderBuilderApi(this IServiceCollection services, IConfiguration configuration, AuthenticationBuilder authentication)
    {
        var options = configuration.GetSection(ApiOptions.SectionName).Get<ApiOptions>() ?? new();
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.SectionName));
        authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.Configure<AuthorizationOptions>(authorization =>
        {
            foreach (var scope in Enum.GetValues<ApiScope>())
            {
                authorization.AddPolicy(ApiEndpoints.PolicyName(scope), ApiEndpoints.Policy(scope));
            }
        });
        services.AddApiRateLimits(options);
        services.AddScoped<ApiRequestBody>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            // Numbers are numbers: the web defaults also read "12" as 12, which the OpenAPI document
            // would then type as integer-or-string for every client generator.
            json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            // Letters stay letters ("Entwürfe"); markup characters are escaped (\u003C), so a title
            // holding markup stays inert wherever a client pastes the JSON.
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        services.AddOpenApi(ApiDocument.Name, openApi =>
        {
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            openApi.AddOperationTransformer(ApiOperations.Mark);
        });
        services.AddSingleton<ApiDocument>();
        return services;
    }

    /// <summary>Before authentication: /api answers in JSON and logs each keyed request.</summary>
    public static IApplicationBuilder UseApiRequests(this IApplicationBuilder app) => app.UseMiddleware<ApiRequests>();

    /// <summary>
    /// After authentication: the reference page is for signed-in people. Its package marks its own
    /// endpoints as open to anyone, so the app's sign-in rule is applied here, before them.
    /// </summary>
    public static IApplicationBuilder UseApiReferenceSignIn(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ReferencePath, StringComparison.OrdinalIgnoreCase), reference => reference.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
                return;
            }

            await next(context);
        }));

    public static IEndpointRouteBuilder MapTenderBuilderApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiEndpoints();
        // Public like any API description: it holds no data, and clients generate code from it.
        endpoints.MapGet(ApiDocument.Route, async (ApiDocument document, CancellationToken cancellationToken) =>
                Results.Text(await document.JsonAsync(cancellationToken), "application/json; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapScalarApiReference(ReferencePath, (scalar, http) =>
            {
                var nonce = Nonce(http);
                scalar.WithTitle("TenderBuilder API")
                    .WithOpenApiRoutePattern(ApiDocument.Route)
                    .DisableDefaultFonts()
                    .DisableAgent()
                    .DisableMcp()
                    .WithNonce(nonce)
                    .AddPreferredSecuritySchemes([ApiDocument.SecurityScheme])
                    // WCAG 2.1 AA on a page the package draws: its language said, its light theme's
                    // method badges and muted texts darkened to a contrast of at least 4.5:1.
                    .ForceLightMode()
                    .AddHeadContent($"<script nonce=\"{nonce}\">document.documentElement.lang = 'en';</script>")
                    .WithCustomCss(ReferenceCss);
            })
            .ExcludeFromDescription();
        return endpoints;
    }

    private const string ReferenceCss =
        ".light-mode { --scalar-color-green: #0a6630; --scalar-color-red: #a3231c; --scalar-color-orange: #8a4600; "
        + "--scalar-color-blue: #0b4fb3; --scalar-color-purple: #6a1b9a; --scalar-color-yellow: #6b5300; --scalar-color-3: #595959; } "
        + ".sidebar-search-placeholder { color: #595959; }";

    // The reference page's one inline script runs under a nonce of this response's own policy,
    // rather than loosening the policy of every page.
    private static string Nonce(HttpContext http)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        http.Response.Headers.ContentSecurityPolicy = Hosting.SecurityHeaders.ContentSecurityPolicy([], nonce);
        http.Response.Headers.XFrameOptions = "DENY";
        return nonce;
    }
}
