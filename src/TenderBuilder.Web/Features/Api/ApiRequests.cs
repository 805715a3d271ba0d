using Microsoft.AspNetCore.Diagnostics;
using TenderBuilder.Application.ApiKeys;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// What every request under /api gets besides its endpoint: the web's HTML status pages are off
/// (every answer is JSON), and a request made with a valid key is written to the access log once
/// its response has gone, so the log never slows the answer.
/// </summary>
/// <remarks>
/// By the time the response has gone the request's services are gone too (RequestServices is
/// null), so the record is written from a scope of its own.
/// </remarks>
internal sealed partial class ApiRequests(RequestDelegate next, IServiceScopeFactory scopes, ILogger<ApiRequests> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        context.Response.OnCompleted(() => RecordAsync(context));
        await next(context);
    }

    private async Task RecordAsync(HttpContext context)
    {
        if (context.Features.Get<ApiKeyFeature>() is not { } key)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ApiKeyAuthenticator>()
                .RecordAccessAsync(key.KeyId, key.OrganisationId, context.Request.Method, context.Request.Path, context.Response.StatusCode);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The answer has gone; a log that cannot be written is the operator's to know, not the client's.
            LogNotWritten(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The API access log could not be written")]
    private static partial void LogNotWritten(ILogger logger, Exception exception);
}
