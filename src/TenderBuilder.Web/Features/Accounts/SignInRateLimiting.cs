using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Localization;
using TenderBuilder.Web.Hosting;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// Limits on signing in: per client address in the rate-limiting middleware (the sign-in, setup and
/// single sign-on forms name the policy), per e-mail address in <see cref="SignInAddressLimiter"/>.
/// Both answer 429 with a page saying when to try again and a <c>Retry-After</c> header. The page's
/// words are the sign-in page's (<see cref="LoginPage"/>), since that is the form refused.
/// </summary>
internal static class SignInRateLimiting
{
    /// <summary>The policy the sign-in, setup and single sign-on endpoints name.</summary>
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = (configuration.GetSection(SignInRateLimitOptions.SectionName).Get<SignInRateLimitOptions>() ?? new()).Checked();
        services.AddSingleton(options);
        services.AddSingleton<SignInAddressLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reading the form costs nothing, so only posts are counted: a page shown is not an attempt.
            limiter.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => options.PerClient.FixedWindow())
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : options.PerClient.Window;
                SetRetryAfter(rejected.HttpContext.Response, retryAfter);
                // Refused before request localisation runs (so refusing costs little): the person
                // trying to sign in reads the answer in their browser's language, as on the sign-in page.
                var culture = System.Globalization.CultureInfo.GetCultureInfo(
                    Components.Shared.OfficerCulture.FromAcceptLanguage(rejected.HttpContext.Request.Headers.AcceptLanguage));
                System.Globalization.CultureInfo.CurrentCulture = culture;
                System.Globalization.CultureInfo.CurrentUICulture = culture;
                IStringLocalizer<LoginPage> words = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<LoginPage>>();
                return new ValueTask(PlainPage.WriteAsync(
                    rejected.HttpContext, StatusCodes.Status429TooManyRequests, words["TooManyAttemptsTitle"], Message(retryAfter, words), cancellationToken));
            };
        });
        return services;
    }

    /// <summary>What a person refused by either limit reads; the same for known and unknown addresses.</summary>
    public static string Message(TimeSpan retryAfter, IStringLocalizer<LoginPage> words)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return minutes == 1 ? words["TooManyAttemptsOneMinute", minutes] : words["TooManyAttempts", minutes];
    }

    /// <summary>Tells a browser or script when to try again, in whole seconds (RFC 9110).</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    // The client's address as the forwarded-headers middleware left it: the proxy's own address
    // unless the proxy is a known one, so a client cannot pick its partition with a header.
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
