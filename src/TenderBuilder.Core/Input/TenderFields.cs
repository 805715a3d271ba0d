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
        ["dates.submissionDeadlineTime"] = QuestionType.Time,
        ["dates.timeZone"] = QuestionType.SingleChoice,
        ["authority.registrationId"] = QuestionType.Text,
        ["authority.address.street"] = QuestionType.Text,
        ["authority.address.city"] = QuestionType.Text,
        ["authority.address.postalCode"] = QuestionType.Text,
        ["authority.address.nuts"] = QuestionType.Text,
        ["authority.contact.name"] = QuestionType.Text,
        ["authority.contact.email"] = QuestionType.Text,
        ["authority.contact.phone"] = QuestionType.Text,
        ["authority.contact.website"] = QuestionType.Text,
        ["notice.wanted"] = QuestionType.YesNo,
        ["notice.documentsUrl"] = QuestionType.Text,
        ["notice.submissionUrl"] = QuestionType.Text,
        ["notice.tenderLanguages"] = QuestionType.MultipleChoice,
        ["notice.placeOfPerformanceNuts"] = QuestionType.Text,
        ["notice.tenderValidityDays"] = QuestionType.Number,
        ["notice.minimumCandidates"] = QuestionType.Number,
        ["notice.reviewBody.name"] = QuestionType.Text,
        ["notice.reviewBody.registrationId"] = QuestionType.Text,
        ["notice.reviewBody.address.city"] = QuestionType.Text,
        ["notice.reviewBody.address.postalCode"] = QuestionType.Text,
        ["notice.reviewBody.address.nuts"] = QuestionType.Text,
        ["notice.reviewBody.country"] = QuestionType.SingleChoice,
        ["notice.reviewBody.contact.email"] = QuestionType.Text,
        ["notice.reviewBody.contact.phone"] = QuestionType.Text,
        ["notice.reviewBody.contact.website"] = QuestionType.Text,
        ["notice.reviewDeadlines"] = QuestionType.Text,
        ["notice.opening.date"] = QuestionType.Date,
        ["notice.opening.time"] = QuestionType.Time,
        ["notice.opening.place"] = QuestionType.Text,
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
