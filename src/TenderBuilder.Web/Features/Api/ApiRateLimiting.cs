using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Web.Features.Accounts;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// Requests per key per minute (<see cref="ApiOptions.PermitsPerMinute"/>), counted before the key
/// is even checked so refusing costs little: partitioned by the key's public lookup id, or by the
/// client's address when no well-formed key is sent. Above the limit: 429, a problem detail and
/// Retry-After. Counted per app instance.
/// </summary>
internal static class ApiRateLimiting
{
    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, ApiOptions options)
    {
        services.AddRateLimiter(limiter => limiter.AddPolicy(ApiEndpoints.RateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(Partition(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PermitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
        // One OnRejected serves every policy: the sign-in forms answer with a page, the API with a
        // problem detail. Set after every other configuration, so the sign-in's is the one wrapped.
        services.PostConfigure<RateLimiterOptions>(limiter =>
        {
            var others = limiter.OnRejected;
            limiter.OnRejected = (rejected, cancellationToken) =>
                rejected.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? RejectAsync(rejected, options)
                    : others?.Invoke(rejected, cancellationToken) ?? ValueTask.CompletedTask;
        });
        return services;
    }

    private static ValueTask RejectAsync(OnRejectedContext rejected, ApiOptions options)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        SignInRateLimiting.SetRetryAfter(rejected.HttpContext.Response, retryAfter);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return new ValueTask(ApiProblems.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests with this API key.",
            $"A key may make {options.PermitsPerMinute} requests a minute. Try again in {seconds} seconds (Retry-After).",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds }));
    }

    private static string Partition(HttpContext context) =>
        ApiKeyFormat.LookupIdOf(ApiKeyAuthenticationHandler.Presented(context.Request)) is { } key
            ? "key:" + key
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
