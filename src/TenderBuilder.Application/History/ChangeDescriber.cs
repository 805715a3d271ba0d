using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
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
/// <remarks>
/// The entries keep the values, not the words, so a line is described when it is read: in the
/// reader's interface language. Its sentences come from <c>Resources/History/ChangeDescriber.resx</c>
/// (ADR 0018, one key per sentence) in the current UI culture; labels, option labels and values
/// come from <paramref name="catalogue"/>, which the caller passes in the same language, and are
/// written in that language's culture.
/// </remarks>
/// <param name="catalogue">The catalogue in the reader's language (questions, options, clause titles).</param>
/// <param name="words">The sentences, in the reader's interface language.</param>
public sealed partial class ChangeDescriber(Catalogue catalogue, IStringLocalizer<ChangeDescriber> words)
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
            _ => Line(entry, Other(entry), null, null),
        };
    }

    /// <summary>The CSV download's header row, in the reader's language.</summary>
    public IReadOnlyList<string> CsvHeader =>
        [words["CsvWhen"], words["CsvWho"], words["CsvWhat"], words["CsvItem"], words["CsvBefore"], words["CsvAfter"]];

    /// <summary>The kind of an entry as stored ("Answer", "Site") in the reader's language.</summary>
    public string Kind(string kind) => Vocabulary.For(catalogue.Language).HistoryKind(kind).Label;

    private string Other(HistoryEntry entry)
    {
        var (kind, subject) = (Kind(entry.Kind), entry.Subject);
        return Change(
            Raw(entry.Before),
            Raw(entry.After),
            (before, after) => words["OtherChanged", kind, subject, before, after],
            after => words["OtherSet", kind, subject, after],
            before => words["OtherCleared", kind, subject, before],
            () => words["OtherEmpty", kind, subject]);
    }

    // The draft's own events are stored as English details ("from “…”", "moved to the archive");
    // the known shapes read as a sentence of the reader's language, anything else as stored.
    private string DraftEvent(HistoryEntry entry)
    {
        var detail = entry.After;
        switch (entry.Subject)
        {
            case "created" when detail is { Length: > 0 } && FromTemplate().Match(detail) is { Success: true } made:
                return words["DraftCreatedFromTemplate", made.Groups["title"].Value, made.Groups["template"].Value, made.Groups["version"].Value];
            case "created" when detail is { Length: > 0 }:
                return words["DraftCreated", detail];
            case "imported" when detail is not null && FromFile().Match(detail) is { Success: true } file:
                return file.Groups["template"].Success
                    ? words["DraftImportedFromTemplate", file.Groups["file"].Value, file.Groups["template"].Value, file.Groups["version"].Value]
                    : words["DraftImported", file.Groups["file"].Value];
            case "copied" when detail is not null && FromDraft().Match(detail) is { Success: true } copied:
                return words["DraftCopied", copied.Groups["title"].Value];
            case "new version" when detail is not null && FromDraft().Match(detail) is { Success: true } version:
                return words["DraftNewVersion", version.Groups["title"].Value];
            case AuditTrail.DeletedEvent when detail == "moved to the archive":
                return words["DraftDeleted"];
            case AuditTrail.RestoredEvent when detail is not null && FromArchive().Match(detail) is { Success: true } restored
                && DateTime.TryParseExact(restored.Groups["at"].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deletedAt):
                return words["DraftRestored", restored.Groups["by"].Value, When(deletedAt)];
        }

        return detail switch
        {
            null or "" => words["DraftEvent", entry.Subject],
            _ when detail.StartsWith("from ", StringComparison.Ordinal) => words["DraftEventFrom", entry.Subject, detail],
            _ => words["DraftEventDetail", entry.Subject, detail],
        };
    }

    // A time in the reader's culture; English keeps the form the trail stores (2026-11-30 09:00).
    private string When(DateTime at) =>
        DocumentLanguages.CultureOf(catalogue.Language) is var culture && culture.Equals(CultureInfo.InvariantCulture)
            ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : at.ToString("g", culture);

    // As DraftsService and DraftArchive write the details (TemplateOrigin.Label: template “…” version n).
    [GeneratedRegex(@"^(?<title>.*), from template “(?<template>.*)” version (?<version>\d+)$", RegexOptions.Singleline)]
    private static partial Regex FromTemplate();

    [GeneratedRegex(@"^from “(?<file>.*?)”(, template “(?<template>.*)” version (?<version>\d+))?$", RegexOptions.Singleline)]
    private static partial Regex FromFile();

    [GeneratedRegex(@"^from “(?<title>.*)”$", RegexOptions.Singleline)]
    private static partial Regex FromDraft();

    [GeneratedRegex(@"^from the archive \(deleted by (?<by>.*) on (?<at>\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC\)$", RegexOptions.Singleline)]
    private static partial Regex FromArchive();

    private HistoryLine Answer(HistoryEntry entry)
    {
        if (catalogue.Questionnaire.Find(entry.Subject) is not { } question)
        {
            var id = entry.Subject;
            return Line(
                entry,
                Change(
                    Raw(entry.Before),
                    Raw(entry.After),
                    (before, after) => words["AnswerChanged", id, before, after],
                    after => words["AnswerSet", id, after],
                    before => words["AnswerCleared", id, before],
                    () => words["AnswerEmpty", id]),
                null,
                null);
        }

        return Line(entry, Asked(question, Value(question, entry.Before), Value(question, entry.After)), question.SectionId, question.Id);
    }

    // "Which grid operator serves the sites? Stedin → Enexis": the question's label and the change.
    private string Asked(Question question, string? was, string? now)
    {
        var asked = Asked(question.Label);
        return Change(
            was,
            now,
            (before, after) => words["QuestionChanged", asked, before, after],
            after => words["QuestionSet", asked, after],
            before => words["QuestionCleared", asked, before],
            () => words["QuestionEmpty", asked]);
    }

    // A tender detail is the answer to the question bound to that field of the tender block; the
    // lots list, the only list there, is counted.
    private HistoryLine Detail(HistoryEntry entry)
    {
        var field = entry.Subject.StartsWith("tender.", StringComparison.Ordinal) ? entry.Subject["tender.".Length..] : entry.Subject;
        if (field == "lots.items")
        {
            var lotsQuestion = catalogue.Questionnaire.Questions.FirstOrDefault(q => q.DerivedFrom == DerivedFrom.Lots);
            return Line(entry, Lots(Count(entry.Before), Count(entry.After)), lotsQuestion?.SectionId, lotsQuestion?.Id);
        }

        if (catalogue.Questionnaire.Questions.FirstOrDefault(q => q.Field == field) is { } question)
        {
            // Tender details are stored as plain text, not JSON, except numbers and flags.
            return Line(entry, Asked(question, Detail(question, entry.Before), Detail(question, entry.After)), question.SectionId, question.Id);
        }

        return Line(
            entry,
            Change(
                Raw(entry.Before),
                Raw(entry.After),
                (before, after) => words["DetailChanged", field, before, after],
                after => words["DetailSet", field, after],
                before => words["DetailCleared", field, before],
                () => words["DetailEmpty", field]),
            null,
            null);
    }

    private HistoryLine Exclusion(HistoryEntry entry)
    {
        var title = ClauseTitle(entry.Subject);
        var summary = (entry.Before, entry.After) switch
        {
            (null, _) => words["ClauseRemoved", title],
            (_, null) => words["ClausePutBack", title],
            _ => words["JustificationChanged", title],
        };
        var note = entry.After is { Length: > 0 } justification ? words["Justification", justification].Value : null;
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
        var title = ClauseTitle(clauseId);
        var (was, now) = (Parameter(parameter, entry.Before), Parameter(parameter, entry.After));
        string summary = (was, now) switch
        {
            (_, null) => words["ParameterDefault", title, label, was ?? ""],
            (null, _) => words["ParameterSet", title, label, now],
            _ => words["ParameterChanged", title, label, was, now],
        };
        return Line(entry, summary, ReviewStep, null);
    }

    private HistoryLine Custom(HistoryEntry entry)
    {
        var title = CustomTitle(entry.After) ?? CustomTitle(entry.Before) ?? entry.Subject;
        string summary = (entry.Before, entry.After) switch
        {
            (null, _) => words["OwnClauseAdded", title],
            (_, null) => words["OwnClauseDeleted", title],
            _ when CustomTitle(entry.Before) is { } was && was != title => words["OwnClauseRenamed", was, title],
            _ => words["OwnClauseChanged", title],
        };
        return Line(entry, summary, ReviewStep, null);
    }

    private HistoryLine Status(HistoryEntry entry)
    {
        var now = StatusWords(entry.Subject);
        string summary = StatusWords(entry.Before) is { } was ? words["StatusChanged", was, now] : words["StatusSet", now];
        return Line(entry, summary, null, null, entry.After is { Length: > 0 } comment ? words["StatusComment", comment].Value : null);
    }

    private HistoryLine Sites(IReadOnlyList<HistoryEntry> group)
    {
        var siteQuestion = catalogue.Questionnaire.Questions.FirstOrDefault(q => q.DerivedFrom == DerivedFrom.Sites);
        var count = Number(group.Count);
        string summary = (group.Count, SiteVerb(group[0])) switch
        {
            (1, SiteChange.Added) => words["SiteAdded", SiteName(group[0])],
            (1, SiteChange.Removed) => words["SiteRemoved", SiteName(group[0])],
            (1, _) => words["SiteChanged", SiteName(group[0])],
            (_, SiteChange.Added) => words["SitesAdded", count],
            (_, SiteChange.Removed) => words["SitesRemoved", count],
            _ => words["SitesChanged", count],
        };
        return new HistoryLine(summary, null, siteQuestion?.SectionId, null, group);
    }

    private static HistoryLine Line(HistoryEntry entry, string summary, string? step, string? questionId, string? note = null) =>
        new(summary, note, step, questionId, [entry]);

    private static bool SameSave(HistoryEntry a, HistoryEntry b) => a.AtUtc == b.AtUtc && a.UserName == b.UserName && a.Kind == b.Kind;

    private enum SiteChange
    {
        Added,
        Removed,
        Changed,
    }

    private static SiteChange SiteVerb(HistoryEntry entry) => (entry.Before, entry.After) switch
    {
        (null, _) => SiteChange.Added,
        (_, null) => SiteChange.Removed,
        _ => SiteChange.Changed,
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

    // A change as one of four sentences (each its own key): from a value to another, set, cleared, none.
    private static string Change(
        string? before, string? after, Func<string, string, LocalizedString> changed, Func<string, LocalizedString> set, Func<string, LocalizedString> cleared, Func<LocalizedString> empty) =>
        (before, after) switch
        {
            (null, null) => empty(),
            (null, _) => set(after),
            (_, null) => cleared(before),
            _ => changed(before, after),
        };

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(stored))]
    private string? StatusWords(string? stored) =>
        Enum.TryParse<DraftStatus>(stored, out var status) ? Vocabulary.For(catalogue.Language).Label(status) : stored;

    // A count as the reader's language writes numbers (English: as it always did).
    private string Number(int count) => ValueText.Number(count, catalogue.Language);

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

        var json = question.Type is QuestionType.Text or QuestionType.SingleChoice or QuestionType.Date or QuestionType.Time
            ? JsonSerializer.Serialize(stored)
            : stored;
        return Value(question, json);
    }

    private string? Parameter(ClauseParameter? parameter, string? json)
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
            return value is null ? Raw(json) : parameter.Render(value, catalogue.Language);
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

    // One sentence per singular and plural of each count: a language's plural is the sentence's, not a suffix.
    private string Lots(int before, int after)
    {
        var (now, delta) = (Number(after), Number(Math.Abs(after - before)));
        var (one, nowOne) = (Math.Abs(after - before) == 1, after == 1);
        return (after.CompareTo(before), one, nowOne) switch
        {
            ( > 0, true, true) => words["LotsAddedOneOne", delta, now],
            ( > 0, true, false) => words["LotsAddedOneMany", delta, now],
            ( > 0, false, _) => words["LotsAddedManyMany", delta, now],
            ( < 0, true, true) => words["LotsRemovedOneOne", delta, now],
            ( < 0, true, false) => words["LotsRemovedOneMany", delta, now],
            ( < 0, false, true) => words["LotsRemovedManyOne", delta, now],
            ( < 0, false, false) => words["LotsRemovedManyMany", delta, now],
            (_, _, true) => words["LotsChangedOne", now],
            _ => words["LotsChangedMany", now],
        };
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
