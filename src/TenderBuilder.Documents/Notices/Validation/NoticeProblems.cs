using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Documents.Notices.Sdk;

namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>What kind of problem a notice has.</summary>
public enum NoticeProblemKind
{
    /// <summary>A mandatory field has no value: a question to answer.</summary>
    Missing,

    /// <summary>A rule of the SDK's schematron failed.</summary>
    Rule,

    /// <summary>The XML breaks the XSD: a fault of TenderBuilder, not of the answers.</summary>
    Schema,
}

/// <summary>
/// A notice problem said for the officer: which field of the notice, in the SDK's words for it,
/// and which question of the wizard gives it — never an XPath alone.
/// </summary>
/// <param name="Kind">Missing value, failed rule or schema fault.</param>
/// <param name="FieldId">The SDK field (e.g. <c>BT-501-Organization-Company</c>), where known.</param>
/// <param name="FieldLabel">Its name in the officer's language (the SDK's translation).</param>
/// <param name="Question">The question that gives the value, where one does.</param>
/// <param name="Source">The TenderInput path or question id the value comes from.</param>
/// <param name="Detail">The rule id and message, or the schema message and location.</param>
public sealed record NoticeProblem(NoticeProblemKind Kind, string? FieldId, string? FieldLabel, Question? Question, string? Source, string? Detail)
{
    /// <summary>The business term of the field (<c>BT-501</c>), for the eSender's support desk.</summary>
    public string? BusinessTerm => FieldId is null ? null : string.Join('-', FieldId.Split('-').Take(2));
}

/// <summary>Turns a notice's check results into problems that name the question to fix.</summary>
public static class NoticeProblems
{
    /// <summary>The problems of a notice, missing values first.</summary>
    /// <param name="notice">The notice with its in-process checks.</param>
    /// <param name="catalogue">The catalogue whose questions are named (in the officer's language).</param>
    /// <param name="sdk">The SDK, for the fields' names.</param>
    /// <param name="language">The officer's language.</param>
    /// <param name="rules">The schematron's failures, where a processor ran: (rule id, message, field ids).</param>
    public static IReadOnlyList<NoticeProblem> Of(
        EformsNotice notice, Catalogue catalogue, EformsSdk sdk, string language,
        IEnumerable<(string RuleId, string Message, IReadOnlyList<string> Fields)>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(sdk);
        var problems = new List<NoticeProblem>();
        foreach (var missing in notice.Missing)
        {
            problems.Add(new NoticeProblem(NoticeProblemKind.Missing, missing.FieldId, sdk.FieldLabel(missing.FieldId, language),
                QuestionFor(catalogue, missing.Source), missing.Source, null));
        }

        foreach (var (ruleId, message, fields) in rules ?? [])
        {
            // The first field of the rule that an answer gives is the one to point at.
            var field = fields.FirstOrDefault(notice.Composed.Sources.ContainsKey) ?? fields.FirstOrDefault(f => !f.StartsWith("node:", StringComparison.Ordinal));
            var source = field is null ? null : notice.Composed.Sources.GetValueOrDefault(field);
            if (field is not null && problems.Any(p => p.Kind == NoticeProblemKind.Missing && p.FieldId == field))
            {
                continue;
            }

            problems.Add(new NoticeProblem(NoticeProblemKind.Rule, field, field is null ? null : sdk.FieldLabel(field, language),
                QuestionFor(catalogue, source), source, $"{ruleId}: {message}"));
        }

        problems.AddRange(notice.SchemaProblems.Select(p => new NoticeProblem(NoticeProblemKind.Schema, null, null, null, null, $"{p.Location}: {p.Message}")));
        return problems;
    }

    // A TenderInput path names the question bound to it; a question id names itself.
    private static Question? QuestionFor(Catalogue catalogue, string? source) =>
        source is null ? null
        : catalogue.Questionnaire.Questions.FirstOrDefault(q => q.Field == source) ?? catalogue.Questionnaire.Find(source);
}
