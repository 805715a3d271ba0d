using System.Text.Json;
using TenderBuilder.Application.History;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.History;

/// <summary>One change as the history table shows it: what kind of change, which item, the values before and after.</summary>
internal sealed record HistoryRow(HistoryEntry Entry, string What, string Item, string Before, string After)
{
    /// <summary>An entry in words: its kind from the vocabulary, a question by its label, values as the officer typed them.</summary>
    public static HistoryRow Of(HistoryEntry entry, Questionnaire questionnaire) => new(
        entry,
        Vocabulary.English.HistoryKind(entry.Kind).Label,
        ItemOf(entry, questionnaire),
        entry.IsStatusChange ? StatusWords(entry.Before) : Shown(entry.Before),
        Shown(entry.After));

    // Questions read as the officer saw them, review steps by the status's words; everything else by its id.
    private static string ItemOf(HistoryEntry entry, Questionnaire questionnaire) =>
        entry.IsStatusChange ? StatusWords(entry.Subject)
        : entry.Kind == nameof(InputChangeKind.Answer) && questionnaire.Find(entry.Subject) is { } question ? $"{question.Label} ({entry.Subject})"
        : entry.Subject;

    // A review step stores the statuses by their code names ("InReview"); the officer reads "In review".
    private static string StatusWords(string? stored) =>
        Enum.TryParse<DraftStatus>(stored, out var status) ? Vocabulary.English.Label(status) : Shown(stored);

    // A text answer is stored as JSON ("Stedin"); the officer typed Stedin. Other values stay as stored.
    private static string Shown(string? value)
    {
        if (value is null)
        {
            return "—";
        }

        if (value.StartsWith('"'))
        {
            try
            {
                return JsonSerializer.Deserialize<string>(value) ?? value;
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return value;
    }
}
