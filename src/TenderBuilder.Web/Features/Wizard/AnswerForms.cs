using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Text;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// Moves answers between the raw JSON a draft stores and the values form controls show. What the
/// officer gave wins over the default; a given answer that is malformed (out of range, too long) is
/// still shown, so nothing typed is lost while Core's message says what is wrong.
/// </summary>
public static class AnswerForms
{
    /// <summary>"yes", "no" or null.</summary>
    public static string? YesNo(JsonElement? given, AnswerValue? fallback) => given?.ValueKind switch
    {
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => fallback is AnswerValue.Flag flag ? (flag.Value ? "yes" : "no") : null,
    };

    /// <summary>The chosen option's value, or null.</summary>
    public static string? Choice(JsonElement? given, AnswerValue? fallback) =>
        given is { ValueKind: JsonValueKind.String } text ? text.GetString() : (fallback as AnswerValue.Choice)?.Value;

    /// <summary>The chosen options.</summary>
    public static ImmutableArray<string> Choices(JsonElement? given, AnswerValue? fallback) =>
        given is { ValueKind: JsonValueKind.Array } list
            ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : (fallback as AnswerValue.Choices)?.Values ?? [];

    /// <summary>The number, or null.</summary>
    public static decimal? Number(JsonElement? given, AnswerValue? fallback) =>
        given is { ValueKind: JsonValueKind.Number } number && number.TryGetDecimal(out var value) ? value
        : given is null ? (fallback as AnswerValue.Number)?.Value
        : null;

    /// <summary>The date as YYYY-MM-DD (what a date input holds), or null.</summary>
    public static string? Date(JsonElement? given, AnswerValue? fallback) =>
        given is { ValueKind: JsonValueKind.String } text ? text.GetString()
        : (fallback as AnswerValue.Date)?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The time as HH:mm (a stored "12:00:00" reads "12:00"), the text given when it is not a time, or null.</summary>
    public static string? Time(JsonElement? given, AnswerValue? fallback) =>
        given is { ValueKind: JsonValueKind.String } text
            ? TimeOfDay.TryParse(text.GetString(), out var time) ? TimeOfDay.Store(time) : text.GetString()
            : (fallback as AnswerValue.Time) is { } answer ? TimeOfDay.Store(answer.Value) : null;

    /// <summary>The text, or null.</summary>
    public static string? Text(JsonElement? given, AnswerValue? fallback) =>
        given is { ValueKind: JsonValueKind.String } text ? text.GetString() : (fallback as AnswerValue.Text)?.Value;

    /// <summary>A yes/no choice as JSON.</summary>
    public static JsonElement? FromYesNo(string? value) => value switch
    {
        "yes" => Json(true),
        "no" => Json(false),
        _ => null,
    };

    /// <summary>An option as JSON; empty means unanswered.</summary>
    public static JsonElement? FromChoice(string? value) => string.IsNullOrEmpty(value) ? null : Json(value);

    /// <summary>Options as JSON (an empty list is an answer: "none of these").</summary>
    public static JsonElement FromChoices(IEnumerable<string> values) => Json(values.ToArray());

    /// <summary>A number as JSON; empty means unanswered.</summary>
    public static JsonElement? FromNumber(decimal? value) => value is { } number ? Json(number) : null;

    /// <summary>A date input's value as JSON; empty means unanswered.</summary>
    public static JsonElement? FromDate(string? value) => string.IsNullOrWhiteSpace(value) ? null : Json(value.Trim());

    /// <summary>A typed time as JSON, stored HH:mm; null when the text is not a time of day.</summary>
    public static JsonElement? FromTime(string? typed) =>
        TimeOfDay.TryParse(typed, out var time) ? Json(TimeOfDay.Store(time)) : null;

    /// <summary>Text as JSON; empty means unanswered.</summary>
    public static JsonElement? FromText(string? value) => string.IsNullOrEmpty(value) ? null : Json(value);

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
