using System.Collections.Immutable;
using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

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
    public string ToJson() => JsonSerializer.Serialize(this, TenderInputJson.Options);

    /// <summary>Reads a stored binding.</summary>
    public static TemplateBinding FromJson(string json) =>
        JsonSerializer.Deserialize<TemplateBinding>(json, TenderInputJson.Options) ?? throw new JsonException("The template binding is empty (null).");

    /// <summary>Locks as a template version stores them.</summary>
    public static string LocksToJson(IEnumerable<TemplateLock> locks) => JsonSerializer.Serialize(locks.ToArray(), TenderInputJson.Options);

    /// <summary>Reads a template version's locks.</summary>
    public static ImmutableArray<TemplateLock> LocksFromJson(string json) =>
        JsonSerializer.Deserialize<ImmutableArray<TemplateLock>>(json, TenderInputJson.Options);

    /// <summary>The lock on a question's answer, or null.</summary>
    public TemplateLock? AnswerLock(string questionId) => Find(LockKind.Answer, questionId);

    /// <summary>The lock on a clause, or null.</summary>
    public TemplateLock? ClauseLock(string clauseId) => Find(LockKind.Clause, clauseId);

    /// <summary>A lock in words: who locked it, in which template, and why.</summary>
    public string Describe(TemplateLock locked)
    {
        ArgumentNullException.ThrowIfNull(locked);
        return $"Locked by {locked.LockedBy} ({OwnerName}) in the template “{Origin.Name}”: {locked.Reason}";
    }

    /// <summary>
    /// Every lock a candidate input breaks: a locked answer given another value, a locked clause
    /// removed, dropped by other answers, given other values, or (for the template's own clause)
    /// rewritten. Empty when the candidate keeps them all.
    /// </summary>
    /// <param name="candidate">The input as it would be stored.</param>
    /// <param name="package">What the rules make of <paramref name="candidate"/>.</param>
    /// <param name="catalogue">The catalogue, for the questions.</param>
    public ImmutableArray<LockViolation> Check(TenderInput candidate, TenderPackage package, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(catalogue);
        var violations = ImmutableArray.CreateBuilder<LockViolation>();
        foreach (var locked in Locks)
        {
            if (Breaks(locked, candidate, package, catalogue) is { } problem)
            {
                violations.Add(new LockViolation(locked, $"{problem} {Describe(locked)}."));
            }
        }

        return violations.ToImmutable();
    }

    private string? Breaks(TemplateLock locked, TenderInput candidate, TenderPackage package, Catalogue catalogue) => locked.Kind switch
    {
        LockKind.Answer => SameJson(TemplateAnswers.Given(Baseline, locked.Target, catalogue), TemplateAnswers.Given(candidate, locked.Target, catalogue))
            ? null
            : $"The answer to “{locked.Label}” cannot be changed.",
        _ => BreaksClause(locked, candidate, package),
    };

    private string? BreaksClause(TemplateLock locked, TenderInput candidate, TenderPackage package)
    {
        if (candidate.Exclusions.Any(e => e.Clause == locked.Target))
        {
            return $"The clause “{locked.Label}” cannot be removed.";
        }

        if (package.Clauses.All(c => c.Id != locked.Target))
        {
            return $"This would drop the clause “{locked.Label}”, which must stay in the tender.";
        }

        if (!SameOverrides(Baseline, candidate, locked.Target))
        {
            return $"The values of the clause “{locked.Label}” cannot be changed.";
        }

        if (CustomClauses.IdOf(locked.Target) is { } customId
            && !Equals(Baseline.CustomClauses.FirstOrDefault(c => c.Id == customId), candidate.CustomClauses.FirstOrDefault(c => c.Id == customId)))
        {
            return $"The clause “{locked.Label}” cannot be changed.";
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
