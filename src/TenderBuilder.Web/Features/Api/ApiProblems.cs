using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// The API's errors as RFC 9457 problem details (<c>application/problem+json</c>): a title that
/// says what went wrong, a detail that says what to do, and where a request's content is at fault
/// an <c>errors</c> object keyed by the field (a JSON path such as <c>tender.title</c>, a query
/// parameter, or <c>line 12</c> of a draft file) — so a client can show the problem beside the field.
/// </summary>
/// <remarks>
/// The API's own words are English, like the command line's: its readers are the developers of
/// other systems. What the services and rules say (findings, refusals) follows Accept-Language.
/// </remarks>
internal static class ApiProblems
{
    public const string MediaType = "application/problem+json";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>A problem for a status, with the fields at fault if any.</summary>
    public static IResult Problem(int status, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>());
        if (errors is { Count: > 0 })
        {
            all["errors"] = errors;
        }

        return Results.Problem(title: title, detail: detail, statusCode: status, extensions: all);
    }

    /// <summary>400 for one field: the field's name says where, the message what is wrong there.</summary>
    public static IResult Invalid(string field, string message) =>
        Problem(StatusCodes.Status400BadRequest, "The request has a problem.",
            message.StartsWith(field, StringComparison.OrdinalIgnoreCase) ? message : $"{field}: {message}",
            new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>404 that says only that it is not found: another organisation's draft is not found, never forbidden.</summary>
    public static IResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, $"No such {what}.", $"There is no {what} with this id that this API key may see.");

    /// <summary>
    /// A conflict, with a <c>code</c> that tells its kinds apart: <c>stale-revision</c> (read again and
    /// retry), <c>review-status</c> (the draft's review keeps it as it is), <c>has-errors</c> (fix the
    /// answers named in <c>errors</c> first).
    /// </summary>
    public static IResult Conflict(string code, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return Problem(StatusCodes.Status409Conflict, title, detail, errors, all);
    }

    /// <summary>Writes a problem outside an endpoint (authentication, rate limiting, the request size).</summary>
    public static async Task Write(HttpContext context, int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        // The same trace id as the endpoints' problem details (W3C form), so the operator finds either in the log.
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        context.Response.StatusCode = status;
        context.Response.ContentType = MediaType;
        await context.Response.WriteAsync(JsonSerializer.Serialize(problem, s_json), context.RequestAborted);
    }
}
