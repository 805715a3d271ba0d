using System.Globalization;
using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Application.History;

/// <summary>
/// One line of a draft's history in words: what changed from what to what, and where in the
/// wizard the officer changes it again.
/// </summary>
/// <param name="Summary">The change in words ("Number of sites: 10 → 12").</param>
/// <param name="Note">What goes with it in the officer's own words (an exclusion's justification, a review comment), or null.</param>
/// <param name="Step">The wizard step where the item is edited (a section id, <c>review</c>), or null for the draft's own events.</param>
/// <param name="QuestionId">The question the change is about, for the link's anchor; null where it is not one question.</param>
/// <param name="Entries">The stored entries the line stands for (several for "3 sites added"), for the details.</param>
public sealed record HistoryLine(string Summary, string? Note, string? Step, string? QuestionId, IReadOnlyList<HistoryEntry> Entries)
{
    /// <summary>The newest of <see cref="Entries"/>: who made the change and when.</summary>
    public HistoryEntry Entry => Entries[0];
}

/// <summary>
/// Puts a draft's audit entries into words the way the wizard shows the same items: questions by
/// their label, answers as option labels, yes/no, numbers with units; clause values by the clause's
/// title and the parameter's label; sites and lots counted. The stored item key and raw values stay
/// on the entries, for whoever needs the detail.
/// </summary>
public sealed class ChangeDescriber(Catalogue catalogue)
{
    /// <summary>The wizard step of a review-step change (exclusions, clause values, custom clauses).</summary>
    public const string ReviewStep = "review";

    /// <summary>
    /// The entries (newest first) as lines; site changes made in one save by one person read as one
    /// line ("3 sites added"), since an import adds many at once.
    /// </summary>
    public IReadOnlyList<HistoryLine> Describe(IReadOnlyList<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var lines = new List<HistoryLine>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Kind != nameof(InputChangeKind.Site))
            {
                lines.Add(Describe(entry));
                continue;
            }

            var group = new List<HistoryEntry> { entry };
            while (i + 1 < entries.Count && SameSave(entry, entries[i + 1]) && SiteVerb(entries[i + 1]) == SiteVerb(entry))
            {
                group.Add(entries[++i]);
            }

            lines.Add(Sites(group));
        }

        return lines;
    }

    /// <summary>One entry in words.</summary>
    public HistoryLine Describe(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind switch
        {
            nameof(InputChangeKind.Answer) => Answer(entry),
            nameof(InputChangeKind.TenderDetail) => Detail(entry),
            nameof(InputChangeKind.Exclusion) => Exclusion(entry),
            nameof(InputChangeKind.ParameterOverride) => Override(entry),
            nameof(InputChangeKind.CustomClause) => Custom(entry),
            nameof(InputChangeKind.Site) => Sites([entry]),
            AuditTrail.StatusKind => Status(entry),
            AuditTrail.DraftKind => Line(entry, DraftEvent(entry), null, null),
            _ => Line(entry, $"{Vocabulary.English.HistoryKind(entry.Kind).Label} {entry.Subject}: {Change(Raw(entry.Before), Raw(entry.After))}", null, null),
        };
    }

    // "created" comes with the title, the others with where from ("copied from “…”").
    private static string DraftEvent(HistoryEntry entry) => entry.After switch
    {
        null or "" => $"Draft {entry.Subject}",
        var detail when detail.StartsWith("from ", StringComparison.Ordinal) => $"Draft {entry.Subject} {detail}",
        var detail => $"Draft {entry.Subject}: {detail}",
    };

    private HistoryLine Answer(HistoryEntry entry)
    {
        if (catalogue.Questionnaire.Find(entry.Subject) is not { } question)
        {
            return Line(entry, $"Answer to {entry.Subject}: {Change(Raw(entry.Before), Raw(entry.After))}", null, null);
        }

        return Line(entry, $"{Asked(question.Label)} {Change(Value(question, entry.Before), Value(question, entry.After))}", question.SectionId, question.Id);
    }

    // A tender detail is the answer to the question bound to that field of the tender block; the
    // lots list, the only list there, is counted.
    private HistoryLine Detail(HistoryEntry entry)
    {
        var field = entry.Subject.StartsWith("tender.", StringComparison.Ordinal) ? entry.Subject["tender.".Length..] : entry.Subject;
        if (field == "lots.items")
        {
            var lotsQuestion = catalogue.Questionnaire.Questions.FirstOrDefault(q => q.DerivedFrom == DerivedFrom.Lots);
            return Line(entry, Counted("lot", Count(entry.Before), Count(entry.After)), lotsQuestion?.SectionId, lotsQuestion?.Id);
        }

        if (catalogue.Questionnaire.Questions.FirstOrDefault(q => q.Field == field) is { } question)
        {
            // Tender details are stored as plain text, not JSON, except numbers and flags.
            return Line(entry, $"{Asked(question.Label)} {Change(Detail(question, entry.Before), Detail(question, entry.After))}", question.SectionId, question.Id);
        }

        return Line(entry, $"Tender detail {field}: {Change(Raw(entry.Before), Raw(entry.After))}", null, null);
    }

    private HistoryLine Exclusion(HistoryEntry entry)
    {
        var title = ClauseTitle(entry.Subject);
        var summary = (entry.Before, entry.After) switch
        {
            (null, _) => $"Clause “{title}” removed",
            (_, null) => $"Clause “{title}” put back",
            _ => $"Justification for removing clause “{title}” changed",
        };
        var note = entry.After is { Length: > 0 } justification ? "Justification: " + justification : null;
        return Line(entry, summary, ReviewStep, null, note);
    }

    private HistoryLine Override(HistoryEntry entry)
    {
        var slash = entry.Subject.LastIndexOf('/');
        var clauseId = slash < 0 ? entry.Subject : entry.Subject[..slash];
        var name = slash < 0 ? "" : entry.Subject[(slash + 1)..];
        var clause = catalogue.FindClause(clauseId);
        var parameter = clause?.Parameters.FirstOrDefault(p => p.Name == name);
        var label = parameter?.Label ?? name;
        var summary = (entry.Before, entry.After) switch
        {
            (_, null) => $"“{ClauseTitle(clauseId)}”, {label}: {Parameter(parameter, entry.Before)} → back to the default",
            _ => $"“{ClauseTitle(clauseId)}”, {label}: {Change(Parameter(parameter, entry.Before), Parameter(parameter, entry.After))}",
        };
        return Line(entry, summary, ReviewStep, null);
    }

    private HistoryLine Custom(HistoryEntry entry)
    {
        var title = CustomTitle(entry.After) ?? CustomTitle(entry.Before) ?? entry.Subject;
        var summary = (entry.Before, entry.After) switch
        {
            (null, _) => $"Own clause “{title}” added",
            (_, null) => $"Own clause “{title}” deleted",
            _ when CustomTitle(entry.Before) is { } was && was != title => $"Own clause “{was}” changed and renamed “{title}”",
            _ => $"Own clause “{title}” changed",
        };
        return Line(entry, summary, ReviewStep, null);
    }

    private HistoryLine Status(HistoryEntry entry)
    {
        var summary = $"Status: {Change(StatusWords(entry.Before), StatusWords(entry.Subject))}";
        return Line(entry, summary, null, null, entry.After is { Length: > 0 } comment ? "Comment: " + comment : null);
    }

    private HistoryLine Sites(IReadOnlyList<HistoryEntry> group)
    {
        var siteQuestion = catalogue.Questionnaire.Questions.FirstOrDefault(q => q.DerivedFrom == DerivedFrom.Sites);
        var verb = SiteVerb(group[0]);
        var summary = group.Count == 1
            ? $"Site “{SiteName(group[0])}” {verb}"
            : $"{group.Count.ToString(CultureInfo.InvariantCulture)} sites {verb}";
        return new HistoryLine(summary, null, siteQuestion?.SectionId, null, group);
    }

    private static HistoryLine Line(HistoryEntry entry, string summary, string? step, string? questionId, string? note = null) =>
        new(summary, note, step, questionId, [entry]);

    private static bool SameSave(HistoryEntry a, HistoryEntry b) => a.AtUtc == b.AtUtc && a.UserName == b.UserName && a.Kind == b.Kind;

    private static string SiteVerb(HistoryEntry entry) => (entry.Before, entry.After) switch
    {
        (null, _) => "added",
        (_, null) => "removed",
        _ => "changed",
    };

    private static string SiteName(HistoryEntry entry) =>
        Property(entry.After, "name") ?? Property(entry.Before, "name") ?? entry.Subject;

    private static string? CustomTitle(string? json) => Property(json, "title");

    private static string? Property(string? json, string name)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string ClauseTitle(string clauseId) => catalogue.FindClause(clauseId)?.DisplayTitle ?? clauseId;

    private static string Change(string? before, string? after) => (before, after) switch
    {
        (null, null) => "no value",
        (null, _) => $"set to {after}",
        (_, null) => $"{before} → cleared",
        _ => $"{before} → {after}",
    };

    private static string? StatusWords(string? stored) =>
        Enum.TryParse<DraftStatus>(stored, out var status) ? Vocabulary.English.Label(status) : stored;

    // An answer is stored as its JSON; read through the question so it reads as the wizard shows it.
    private static string? Value(Question question, string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var read = question.Read(document.RootElement);
            return read.Value is { } value ? question.Describe(value) : Raw(json);
        }
        catch (JsonException)
        {
            // The trail cuts long values; what is left is shown as it is.
            return Raw(json);
        }
    }

    // A detail is stored as the text itself for strings and as JSON for numbers, flags and lists.
    private static string? Detail(Question question, string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        var json = question.Type is QuestionType.Text or QuestionType.SingleChoice or QuestionType.Date
            ? JsonSerializer.Serialize(stored)
            : stored;
        return Value(question, json);
    }

    private static string? Parameter(ClauseParameter? parameter, string? json)
    {
        if (json is null || parameter is null)
        {
            return Raw(json);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var element = document.RootElement;
            AnswerValue? value = element.ValueKind switch
            {
                JsonValueKind.Number when element.TryGetDecimal(out var number) => new AnswerValue.Number(number),
                JsonValueKind.True or JsonValueKind.False => new AnswerValue.Flag(element.GetBoolean()),
                JsonValueKind.String when parameter.Type == ParameterType.Enum => new AnswerValue.Choice(element.GetString()!),
                JsonValueKind.String => new AnswerValue.Text(element.GetString()!),
                _ => null,
            };
            return value is null ? Raw(json) : parameter.Render(value);
        }
        catch (JsonException)
        {
            return Raw(json);
        }
    }

    private static int Count(string? json)
    {
        if (json is null)
        {
            return 0;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static string Counted(string noun, int before, int after)
    {
        static string Of(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
        return after > before ? $"{Of(after - before, noun)} added ({Of(after, noun)} now)"
            : after < before ? $"{Of(before - after, noun)} removed ({Of(after, noun)} now)"
            : $"Lots changed ({Of(after, noun)})";
    }

    // A stored text (JSON string) reads without its quotes; anything else as stored.
    private static string? Raw(string? value)
    {
        if (value is null || !value.StartsWith('"'))
        {
            return value;
        }

        try
        {
            return JsonSerializer.Deserialize<string>(value) ?? value;
        }
        catch (JsonException)
        {
            return value;
        }
    }

    // "Which grid operator serves the sites? Stedin → Enexis": a question ends in its own mark, a label takes a colon.
    private static string Asked(string label) => label.EndsWith('?') ? label : label + ":";
}
