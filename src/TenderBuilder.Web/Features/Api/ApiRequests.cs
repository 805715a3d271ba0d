using Microsoft.AspNetCore.Diagnostics;
using TenderBuilder.Application.ApiKeys;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// What every request under /api gets besides its endpoint: the web's HTML status pages are off
/// (every answer is JSON), and a request made with a valid key is written to the access log once
/// its response has gone, so the log never slows the answer.
/// </summary>
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

        await next(context);
        // A refusal made before any endpoint ran (an address that names no operation, a method the
        // route does not take) has no body: it gets a problem detail like every other answer here.
        // The API's bodies are read by its endpoints, never matched by content type, so a request
        // without a key is refused with 401 before anything about its body is said.
        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0
            && string.IsNullOrEmpty(context.Response.ContentType))
        {
            await ApiProblems.Write(context, context.Response.StatusCode, Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(context.Response.StatusCode),
                context.Response.StatusCode == StatusCodes.Status404NotFound
                    ? "No operation has this address; the API's description is at /api/v1/openapi.json."
                    : "See the API's description at /api/v1/openapi.json.");
        }

        if (context.Features.Get<ApiKeyFeature>() is { } key)
        {
            // What is recorded is read now; the record is written once the answer has gone, in a
            // scope of its own (the request's is disposed by then).
            var (method, path, status) = (context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode);
            context.Response.OnCompleted(() => RecordAsync(key, method, path, status));
        }
    }

    private async Task RecordAsync(ApiKeyFeature key, string method, string path, int status)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ApiKeyAuthenticator>().RecordAccessAsync(key.KeyId, key.OrganisationId, method, path, status);
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
