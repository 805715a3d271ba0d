using System.Text.Json.Nodes;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Packages;
using TenderBuilder.Application.Review;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Api;

// What the API says, as plain records: the application's own types stay free to change, and the
// OpenAPI document describes exactly these. Statuses and severities are lower-case words, not numbers.

/// <summary>A draft in a list.</summary>
public sealed record ApiDraftSummary(Guid Id, string Title, string? Reference, string Status, long Revision, DateTime UpdatedAt, int Requirements, int Errors)
{
    internal static ApiDraftSummary From(DraftSummary d) =>
        new(d.Id, d.Title, d.Reference, ApiWords.Status(d.Status), d.Revision, d.UpdatedAtUtc, d.Requirements, d.Errors);
}

/// <summary>A page of drafts.</summary>
public sealed record ApiDraftList(IReadOnlyList<ApiDraftSummary> Drafts, int Total);

/// <summary>A draft: its input (the TenderInput, as a draft file holds it) and the revision to change it against.</summary>
public sealed record ApiDraft(Guid Id, string Title, string Status, long Revision, ApiTemplateOrigin? Template, int? NewerTemplateVersion, bool Editable, JsonNode Input)
{
    internal static ApiDraft From(OpenedDraft d) =>
        new(d.Id, d.Title, ApiWords.Status(d.Status), d.Revision,
            d.Template is { } t ? new ApiTemplateOrigin(t.Origin.Id, t.Origin.Version, t.Locks.Length) : null,
            d.NewerTemplateVersion, d.IsEditable, JsonNode.Parse(TenderInputJson.Serialize(d.Input with { Template = null }))!);
}

/// <summary>The template version a draft was started from, whose locks it keeps.</summary>
public sealed record ApiTemplateOrigin(Guid TemplateId, int Version, int Locks);

/// <summary>A draft's new revision after a change.</summary>
public sealed record ApiRevision(Guid Id, long Revision);

/// <summary>Start a draft from a template's current version.</summary>
public sealed record ApiFromTemplate(Guid TemplateId, string? Title);

/// <summary>What the rules find in a draft as it is stored: errors block the package.</summary>
public sealed record ApiFindings(Guid DraftId, long Revision, int Errors, int Warnings, IReadOnlyList<ApiFinding> Findings);

/// <summary>
/// One finding: where to act — the input's JSON path, the questions that resolve it, or the clause
/// and parameter to set (in the input's parameterOverrides) — and the sources that say so.
/// </summary>
public sealed record ApiFinding(
    string Code, string Severity, string Message, string? Path, IReadOnlyList<string> Questions, string? Clause, string? Parameter, IReadOnlyList<ApiSourceReference> Sources)
{
    /// <summary>The finding, with a tender field's question named from the catalogue when the rules named none.</summary>
    internal static ApiFinding From(Finding f, Core.Catalogues.Catalogue? catalogue) =>
        new(f.Code, ApiWords.Severity(f.Severity), f.Message, f.Path, QuestionsOf(f, catalogue), f.ClauseId, f.ParameterName,
            [.. f.References.Select(r => new ApiSourceReference(r.SourceId, r.Label, ApiWords.Verification(r.Status)))]);

    /// <summary>
    /// The one name a client shows the finding beside, as <c>errors</c> keys name fields: the first
    /// question, else the input's path in dots (<c>tender.title</c>), else the clause and its parameter.
    /// </summary>
    internal static string Field(Finding f) =>
        QuestionsOf(f).FirstOrDefault()
        ?? (f.Path is { Length: > 0 } path ? path.TrimStart('/').Replace('/', '.') : null)
        ?? (f.ClauseId is { } clause ? $"{clause}.{f.ParameterName}" : f.Code);

    // A finding on an answer (its path /answers/<id>) or on a tender field a question asks for
    // (/tender/authority/country) names that question even where the rules did not list it.
    private static IReadOnlyList<string> QuestionsOf(Finding f, Core.Catalogues.Catalogue? catalogue = null) =>
        f.Questions.Length > 0 ? f.Questions
        : f.Path is { } path && path.StartsWith(AnswersPath, StringComparison.Ordinal) && path.IndexOf('/', AnswersPath.Length) < 0 ? [path[AnswersPath.Length..]]
        : f.Path is { } field && field.StartsWith(TenderPath, StringComparison.Ordinal)
            && catalogue?.Questionnaire.Questions.FirstOrDefault(q => q.Field == field[TenderPath.Length..].Replace('/', '.')) is { } asked ? [asked.Id]
        : [];

    private const string AnswersPath = "/answers/";

    private const string TenderPath = "/tender/";
}

/// <summary>A source cited: its id in the catalogue, how it reads, and whether it is verified against the primary text.</summary>
public sealed record ApiSourceReference(string SourceId, string Label, string Status);

/// <summary>A draft's package: every file, for the revision built (or the one frozen at approval), and whether it holds an EU notice.</summary>
public sealed record ApiPackage(Guid DraftId, long Revision, DateTime? FrozenAt, IReadOnlyList<ApiPackageFile> Files, ApiNotice Notice);

/// <summary>
/// The EU notice: whether the tender gets one (<c>ground</c>: required, voluntary,
/// declined-though-required, declined, below-threshold, not-procurement), of which eForms subtype,
/// its file in the package, and why there is none when there is none.
/// </summary>
public sealed record ApiNotice(bool Produced, int Subtype, string Ground, string? File, string? Reason);

/// <summary>One file of a package and where to download it.</summary>
public sealed record ApiPackageFile(string Path, string Title, string MediaType, string Audience, long Bytes, string Sha256, string Href);

/// <summary>Where a draft is in its review, and the steps taken.</summary>
public sealed record ApiReview(Guid DraftId, string Status, IReadOnlyList<ApiReviewStep> Steps)
{
    internal static ApiReviewStep Step(ReviewStepTaken s) => new(s.AtUtc, s.UserName, ApiWords.Status(s.Status), s.Comment);
}

/// <summary>One review step: who moved the draft to which status, and their comment.</summary>
public sealed record ApiReviewStep(DateTime At, string By, string Status, string? Comment);

/// <summary>A template this organisation may start drafts from.</summary>
public sealed record ApiTemplateSummary(Guid Id, string Name, string Description, string Owner, bool Own, string Sharing, int Version, int Locks, DateTime UpdatedAt)
{
    internal static ApiTemplateSummary From(TemplateSummary t) =>
        new(t.Id, t.Name, t.Description, t.OwnerName, t.IsOwn, ApiWords.Lower(t.Sharing), t.Version, t.Locks, t.UpdatedAtUtc);
}

/// <summary>A template's current version: its input and its locks.</summary>
public sealed record ApiTemplate(Guid Id, string Name, string Description, string Owner, int Version, IReadOnlyList<ApiTemplateLock> Locks, JsonNode Input);

/// <summary>A lock: what a draft from the template may not change, and why.</summary>
public sealed record ApiTemplateLock(string Kind, string Target, string? Reason);

/// <summary>The catalogue the rules use: its version and what it holds.</summary>
public sealed record ApiCatalogue(string Version, IReadOnlyList<string> Languages, int Questions, int Clauses, int Sources);

/// <summary>A question of the questionnaire, in the language asked for.</summary>
public sealed record ApiQuestion(string Id, string Section, string Type, string Label, string? Help, bool Required, string? Field, string? Unit, decimal? Min, decimal? Max, int MaxLength, IReadOnlyList<ApiOption> Options)
{
    internal static ApiQuestion From(Question q) =>
        new(q.Id, q.SectionId, ApiWords.Lower(q.Type), q.Label, q.Help, q.Required, q.Field, q.Unit, q.Min, q.Max, q.MaxLength,
            [.. q.Options.Select(o => new ApiOption(o.Value, o.Label))]);
}

/// <summary>One option of a choice question: the value to send and its label.</summary>
public sealed record ApiOption(string Value, string Label);

/// <summary>A clause of the catalogue, in the language asked for, with the parameters its text's placeholders take.</summary>
public sealed record ApiClause(string Id, string Topic, string Kind, string Deliverable, string Strength, string Title, string Text, IReadOnlyList<ApiCitation> Sources)
{
    /// <summary>The clause's parameters: set one in the input's parameterOverrides when no question (fromAnswer) sets it.</summary>
    public IReadOnlyList<ApiClauseParameter> Parameters { get; init; } = [];
}

/// <summary>
/// A clause parameter: its name (the key in parameterOverrides), type, label, unit and range, the
/// values a choice takes (<c>options</c>, sent as they are; <c>optionLabels</c> say them in the
/// language asked for), its default, and the question that sets it, if any.
/// </summary>
public sealed record ApiClauseParameter(
    string Name, string Type, string Label, string? Unit, decimal? Min, decimal? Max, IReadOnlyList<string> Options, IReadOnlyList<string> OptionLabels, string? Default, string? FromAnswer);

/// <summary>A citation: the source, where in it, and whether verified.</summary>
public sealed record ApiCitation(string SourceId, string Locator, string Status);

/// <summary>A source document the catalogue cites.</summary>
public sealed record ApiSource(string Id, string Title, string Short, string Type, string? Url);
