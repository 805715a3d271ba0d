namespace TenderBuilder.Web.Hosting;

/// <summary>
/// Security headers on every response. The content security policy is the strictest Blazor Server
/// and MudBlazor work under: scripts only from this site (no inline script, no eval), the circuit's
/// WebSocket to this site, inline styles (MudBlazor sets style attributes), no framing by others.
/// A response that sets its own policy (the sandboxed document previews) keeps it.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy for the app's pages.</summary>
    /// <param name="formTargets">Origins forms may post to besides this site (the single sign-on provider a sign-in form redirects to).</param>
    /// <param name="scriptNonce">A nonce the response's inline scripts carry (the API reference page's); none for the app's pages.</param>
    public static string ContentSecurityPolicy(IEnumerable<string> formTargets, string? scriptNonce = null) =>
        $"default-src 'self'; script-src 'self'{(scriptNonce is null ? "" : $" 'nonce-{scriptNonce}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
        + $"form-action {string.Join(' ', new[] { "'self'" }.Concat(formTargets))}";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string contentSecurityPolicy) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // A response with a policy of its own (a framed preview) keeps it and its framing rule.
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = contentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
