using System.Collections.Immutable;
using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Templates;

/// <summary>
/// What a draft keeps of the template version it was started from: which version, that version's
/// input (the values its locks hold) and its locks. A copy, so the locks hold even when the template
/// changes, is unshared or is deleted later; the draft's own input never carries them, so no edit
/// of the input can loosen them.
/// </summary>
public sealed record TemplateBinding
{
    /// <summary>The template and version.</summary>
    public required TemplateOrigin Origin { get; init; }

    /// <summary>Who owns the template (an organisation's name), shown with every lock.</summary>
    public required string OwnerName { get; init; }

    /// <summary>The template version's input.</summary>
    public required TenderInput Baseline { get; init; }

    /// <summary>What drafts of this version must keep.</summary>
    public ImmutableArray<TemplateLock> Locks { get; init; } = [];

    /// <summary>The binding as stored with a draft.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, TenderInputJson.Info<TemplateBinding>());

    /// <summary>Reads a stored binding.</summary>
    public static TemplateBinding FromJson(string json) =>
        TenderInputJson.Read<TemplateBinding>(System.Text.Json.Nodes.JsonNode.Parse(json)) ?? throw new JsonException("The template binding is empty (null).");

    /// <summary>Locks as a template version stores them.</summary>
    public static string LocksToJson(IEnumerable<TemplateLock> locks) => JsonSerializer.Serialize(locks.ToArray(), TenderInputJson.Info<TemplateLock[]>());

    /// <summary>Reads a template version's locks.</summary>
    public static ImmutableArray<TemplateLock> LocksFromJson(string json) =>
        JsonSerializer.Deserialize(json, TenderInputJson.Info<ImmutableArray<TemplateLock>>());

    /// <summary>The lock on a question's answer, or null.</summary>
    public TemplateLock? AnswerLock(string questionId) => Find(LockKind.Answer, questionId);

    /// <summary>The lock on a clause, or null.</summary>
    public TemplateLock? ClauseLock(string clauseId) => Find(LockKind.Clause, clauseId);

    /// <summary>A lock in words: who locked it, in which template, and why.</summary>
    /// <param name="locked">The lock.</param>
    /// <param name="language">The language of the words around the names (a document language or the pseudo-language); English when null.</param>
    public string Describe(TemplateLock locked, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(locked);
        return string.Format(DocumentLanguages.CultureOf(language), TemplateWords.For(language).LockedBy, locked.LockedBy, OwnerName, Origin.Name, locked.Reason);
    }

    /// <summary>
    /// Every lock a candidate input breaks: a locked answer given another value, a locked clause
    /// removed, dropped by other answers, given other values, or (for the template's own clause)
    /// rewritten. Empty when the candidate keeps them all.
    /// </summary>
    /// <param name="candidate">The input as it would be stored.</param>
    /// <param name="package">What the rules make of <paramref name="candidate"/>.</param>
    /// <param name="catalogue">The catalogue, for the questions.</param>
    /// <param name="language">The language of the messages (a document language or the pseudo-language); English when null.</param>
    public ImmutableArray<LockViolation> Check(TenderInput candidate, TenderPackage package, Catalogue catalogue, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(catalogue);
        var words = TemplateWords.For(language);
        var culture = DocumentLanguages.CultureOf(language);
        var violations = ImmutableArray.CreateBuilder<LockViolation>();
        foreach (var locked in Locks)
        {
            if (Breaks(locked, candidate, package, catalogue) is { } problem)
            {
                var said = string.Format(culture, problem, Label(locked, catalogue, language));
                violations.Add(new LockViolation(locked, string.Format(culture, words.Broken, said, Describe(locked, language))));
            }
        }

        return violations.ToImmutable();

        string? Breaks(TemplateLock locked, TenderInput candidate, TenderPackage package, Catalogue catalogue) => locked.Kind switch
        {
            LockKind.Answer => SameJson(TemplateAnswers.Given(Baseline, locked.Target, catalogue), TemplateAnswers.Given(candidate, locked.Target, catalogue))
                ? null
                : words.AnswerChanged,
            _ => BreaksClause(locked, candidate, package, words),
        };
    }

    // The label the lock was set with, which is in the words of whoever set it; in another language
    // the catalogue's translation of the question or the clause, where it has one.
    private static string Label(TemplateLock locked, Catalogue catalogue, string? language)
    {
        if (!DocumentLanguages.IsKnown(language) || language == DocumentLanguages.English)
        {
            return locked.Label;
        }

        var asked = catalogue.In(language);
        return (locked.Kind == LockKind.Answer ? asked.Questionnaire.Find(locked.Target)?.Label : asked.FindClause(locked.Target)?.DisplayTitle) ?? locked.Label;
    }

    // What a candidate does to a locked clause, as a message with {0} for the clause's title; null when it keeps the lock.
    private string? BreaksClause(TemplateLock locked, TenderInput candidate, TenderPackage package, TemplateWords words)
    {
        if (candidate.Exclusions.Any(e => e.Clause == locked.Target))
        {
            return words.ClauseRemoved;
        }

        if (package.Clauses.All(c => c.Id != locked.Target))
        {
            return words.ClauseDropped;
        }

        if (!SameOverrides(Baseline, candidate, locked.Target))
        {
            return words.ClauseValuesChanged;
        }

        if (CustomClauses.IdOf(locked.Target) is { } customId
            && !Equals(Baseline.CustomClauses.FirstOrDefault(c => c.Id == customId), candidate.CustomClauses.FirstOrDefault(c => c.Id == customId)))
        {
            return words.ClauseChanged;
        }

        return null;
    }

    private TemplateLock? Find(LockKind kind, string target) => Locks.FirstOrDefault(l => l.Kind == kind && l.Target == target);

    private static bool SameOverrides(TenderInput baseline, TenderInput candidate, string clauseId)
    {
        var before = baseline.ParameterOverrides.Where(o => o.Clause == clauseId).ToDictionary(o => o.Parameter, o => o.Value);
        var after = candidate.ParameterOverrides.Where(o => o.Clause == clauseId).ToDictionary(o => o.Parameter, o => o.Value);
        return before.Count == after.Count && before.All(b => after.TryGetValue(b.Key, out var a) && JsonElement.DeepEquals(a, b.Value));
    }

    private static bool SameJson(JsonElement? a, JsonElement? b) =>
        a is null ? b is null : b is not null && JsonElement.DeepEquals(a.Value, b.Value);
}
