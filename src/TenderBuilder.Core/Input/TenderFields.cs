using System.Collections.Frozen;
using System.Text.Json;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Input;

/// <summary>
/// The fields of the TenderInput's <c>tender</c> block that questions may be bound to
/// (<c>field:</c> in the questions files), with the question type each needs.
/// </summary>
public static class TenderFields
{
    /// <summary>Field path (camelCase, dotted) → the question type it holds.</summary>
    public static FrozenDictionary<string, QuestionType> All { get; } = new Dictionary<string, QuestionType>
    {
        ["title"] = QuestionType.Text,
        ["reference"] = QuestionType.Text,
        ["authority.name"] = QuestionType.Text,
        ["authority.country"] = QuestionType.SingleChoice,
        ["authority.type"] = QuestionType.SingleChoice,
        ["authority.jointProcurement"] = QuestionType.YesNo,
        ["estimatedValue.amount"] = QuestionType.Money,
        ["estimatedValue.currency"] = QuestionType.SingleChoice,
        ["procedure"] = QuestionType.SingleChoice,
        ["cpvCodes"] = QuestionType.MultipleChoice,
        ["lots.reasonNotDivided"] = QuestionType.Text,
        ["dates.publication"] = QuestionType.Date,
        ["dates.submissionDeadline"] = QuestionType.Date,
        ["dates.contractStart"] = QuestionType.Date,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The raw value of a field in the metadata, or null when it is not set.</summary>
    public static JsonElement? Read(JsonElement tender, string field)
    {
        var current = tender;
        foreach (var part in field.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }
}
