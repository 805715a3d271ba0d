using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// Turns the services' refusals into the API's problem details, in one place for every operation:
/// not found is 404 (another organisation's draft included, never 403), a stale revision or a draft
/// whose review keeps it is 409, a template lock 422, anything unexpected 500 with the trace id to
/// quote (the exception itself is logged, never sent).
/// </summary>
internal sealed partial class ApiErrorFilter(ILogger<ApiErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DraftNotFoundException)
        {
            return ApiProblems.NotFound("draft");
        }
        catch (TemplateNotFoundException)
        {
            return ApiProblems.NotFound("template");
        }
        catch (DraftConflictException)
        {
            // The caller's revision is stale: the current one lets it read again and retry.
            var id = context.HttpContext.GetRouteValue("id") as string;
            return await StaleAsync(context.HttpContext, Guid.TryParse(id, out var draft) ? draft : Guid.Empty);
        }
        catch (DraftReadOnlyException e)
        {
            return ApiProblems.Conflict("review-status", "The draft cannot change in its review status.", e.Message,
                extensions: new Dictionary<string, object?> { ["draftStatus"] = ApiWords.Status(e.Status) });
        }
        catch (DraftKeptException e)
        {
            return ApiProblems.Conflict("review-status", "The draft is a record of its review and stays.", e.Message,
                extensions: new Dictionary<string, object?> { ["draftStatus"] = ApiWords.Status(e.Status) });
        }
        catch (DraftLockedException e)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "The change breaks a lock of the draft's template.", e.Message,
                e.Violations.GroupBy(v => v.Lock.Target).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()));
        }
        catch (TenderInputFormatException e)
        {
            return ApiProblems.Invalid(e.Line is { } line ? $"line {line}" : "body", e.Message);
        }
        catch (AccessDeniedException e)
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "The API key may not do this.", e.Message);
        }
        catch (ArgumentException e) when (e.ParamName is { } field)
        {
            return ApiProblems.Invalid(field, e.Message.Split(" (Parameter", 2)[0]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var trace = System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            Unexpected(logger, e, context.HttpContext.Request.Method, context.HttpContext.Request.Path, trace);
            return ApiProblems.Problem(StatusCodes.Status500InternalServerError, "Something went wrong on the server.",
                $"Nothing was changed by the failed step. Quote trace id {trace} to your administrator.");
        }
    }

    /// <summary>409 for a stale revision, with the draft's current revision to read and retry against.</summary>
    public static async Task<IResult> StaleAsync(HttpContext http, Guid id)
    {
        long? current = null;
        try
        {
            current = (await http.RequestServices.GetRequiredService<DraftsService>().OpenAsync(id, http.RequestAborted)).Revision;
        }
        catch (DraftNotFoundException)
        {
            return ApiProblems.NotFound("draft");
        }

        return ApiProblems.Conflict("stale-revision", "The draft has changed since that revision.",
            $"The draft is at revision {current}. Read it again (GET /api/v1/drafts/{id}), apply your change to what it holds now and send it with revision={current}.",
            new Dictionary<string, string[]> { ["revision"] = [$"Stale; the current revision is {current}."] },
            new Dictionary<string, object?> { ["currentRevision"] = current });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The API request {Method} {Path} failed (trace {TraceId})")]
    private static partial void Unexpected(ILogger logger, Exception exception, string method, string path, string traceId);
}
