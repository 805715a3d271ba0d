using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// Reads a request's body within the API's limits: the size first (from Content-Length, else while
/// reading, so a client that sends more than it declared is stopped too), then as a draft file with
/// the line of every problem, then the number of answers and the length of every text.
/// </summary>
internal sealed class ApiRequestBody(IOptions<ApiOptions> options)
{
    private readonly ApiOptions _limits = options.Value;

    /// <summary>The body as text, or the problem to answer (413 when too large).</summary>
    public async Task<(string? Text, IResult? Problem)> TextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _limits.MaxRequestBytes)
        {
            return (null, TooLarge(request.ContentLength.Value));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _limits.MaxRequestBytes)
            {
                return (null, TooLarge(null));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, ApiProblems.Invalid("body", "The request has no body; send the JSON described for this operation."));
        }

        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
    }

    /// <summary>A whole draft file (TenderInput, JSON) from the body, or the problem to answer.</summary>
    public async Task<(TenderInput? Input, IResult? Problem)> TenderInputAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (text, problem) = await TextAsync(request, cancellationToken);
        if (text is null)
        {
            return (null, problem);
        }

        if (StrictJsonProblem(request, text) is { } notJson)
        {
            return (null, notJson);
        }

        TenderInputDocument document;
        try
        {
            document = TenderInputReader.Read(text);
        }
        catch (TenderInputFormatException e)
        {
            return (null, ApiProblems.Invalid(e.Line is { } line ? $"line {line}" : "body", e.Message));
        }

        return Exceeded(document.Input, document) is { } limit ? (null, limit) : (document.Input, null);
    }

    /// <summary>The answers of a PATCH (question id → value, null to remove), or the problem to answer.</summary>
    public async Task<(JsonObject? Answers, IResult? Problem)> AnswersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (text, problem) = await TextAsync(request, cancellationToken);
        if (text is null)
        {
            return (null, problem);
        }

        try
        {
            if (JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) is JsonObject answers)
            {
                return (answers, null);
            }
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid(e.LineNumber is { } line ? $"line {line + 1}" : "body", $"The body is not valid JSON: {e.Message.Split(" Path:")[0]}"));
        }

        return (null, ApiProblems.Invalid("body", "Send a JSON object of answers: question id → value (null removes an answer)."));
    }

    /// <summary>
    /// A body declared as JSON must be JSON: the draft-file reader also reads YAML, which forgives
    /// a trailing comma, and a client sending broken JSON should hear so rather than have it guessed.
    /// </summary>
    public static IResult? StrictJsonProblem(HttpRequest request, string text)
    {
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return null;
        }
        catch (JsonException e)
        {
            return ApiProblems.Invalid(e.LineNumber is { } line ? $"line {line + 1}" : "body",
                $"The body is declared as JSON but is not valid JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
        }
    }

    /// <summary>A small JSON body of the API's own (camelCase), or the problem to answer naming the line.</summary>
    public async Task<(T? Value, IResult? Problem)> JsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var (text, problem) = await TextAsync(request, cancellationToken);
        if (text is null)
        {
            return (null, problem);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, ApiJson.Options) is { } value
                ? (value, null)
                : (null, ApiProblems.Invalid("body", "Send the JSON object this operation describes."));
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : e.LineNumber is { } line ? $"line {line + 1}" : "body";
            return (null, ApiProblems.Invalid(field, $"The body is not the JSON this operation describes: {e.Message.Split(" Path:")[0]}"));
        }
    }

    /// <summary>The first limit the input exceeds, as a problem naming the field; null within them.</summary>
    public IResult? Exceeded(TenderInput input, TenderInputDocument? document = null)
    {
        if (input.Answers.Count > _limits.MaxAnswers)
        {
            return ApiProblems.Invalid("answers", $"{input.Answers.Count:N0} answers; a draft holds at most {_limits.MaxAnswers:N0}.");
        }

        var json = JsonNode.Parse(TenderInputJson.Serialize(input))!;
        if (LongText(json, "") is { } path)
        {
            var line = document?.LineOf(path);
            var field = path.TrimStart('/').Replace('/', '.');
            return ApiProblems.Invalid(field, $"The text is longer than {_limits.MaxTextLength:N0} characters{(line is null ? "" : $" (line {line})")}; shorten it.");
        }

        return null;
    }

    private string? LongText(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.Select(p => LongText(p.Value, $"{path}/{p.Key}")).FirstOrDefault(p => p is not null),
        JsonArray a => a.Select((item, i) => LongText(item, $"{path}/{i}")).FirstOrDefault(p => p is not null),
        JsonValue v when v.TryGetValue<string>(out var text) && text.Length > _limits.MaxTextLength => path,
        _ => null,
    };

    private IResult TooLarge(long? declared) =>
        ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "The request is too large.",
            $"The API accepts request bodies of at most {_limits.MaxRequestBytes:N0} bytes{(declared is { } size ? $"; this one declares {size:N0}" : "")}.",
            new Dictionary<string, string[]> { ["body"] = [$"At most {_limits.MaxRequestBytes:N0} bytes."] });
}
