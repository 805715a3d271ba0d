using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Input;

/// <summary>
/// The edits an officer makes to a TenderInput, one at a time, each returning a new input. The
/// web wizard and any other editor share them, so "where does this answer live" (an answer, or a
/// field of the tender block) is decided once.
/// </summary>
public static class TenderInputEdits
{
    /// <summary>
    /// Sets a question's answer (null clears it, so a default applies again). Answers to hidden
    /// questions are never touched by other edits: they are kept and ignored by the rules.
    /// </summary>
    public static TenderInput WithAnswer(this TenderInput input, Question question, JsonElement? raw)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(question);
        if (question.Field is { } field)
        {
            try
            {
                return input with { Tender = WithField(input.Tender, field, raw) };
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"{question.Label}: the answer is not {question.Expected()}.", nameof(raw), e);
            }
        }

        var answers = new Dictionary<string, JsonElement>(input.Answers, StringComparer.Ordinal);
        if (raw is { ValueKind: not JsonValueKind.Null } value)
        {
            answers[question.Id] = value.Clone();
        }
        else
        {
            answers.Remove(question.Id);
        }

        return input with { Answers = answers };
    }

    /// <summary>The raw answer given to a question, or null when none was given.</summary>
    public static JsonElement? GivenAnswer(this TenderInput input, Question question)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(question);
        if (question.Field is { } field)
        {
            return TenderFields.Read(JsonSerializer.SerializeToElement(input.Tender, TenderInputJson.Info<TenderMetadata>()), field);
        }

        return input.Answers.TryGetValue(question.Id, out var given) && given.ValueKind != JsonValueKind.Null ? given : null;
    }

    /// <summary>Removes a clause with a justification (replacing an earlier one for the same clause).</summary>
    public static TenderInput WithExclusion(this TenderInput input, string clauseId, string justification)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with
        {
            Exclusions = [.. input.Exclusions.Where(e => e.Clause != clauseId), new ClauseExclusion { Clause = clauseId, Justification = justification }],
        };
    }

    /// <summary>Puts an excluded clause back.</summary>
    public static TenderInput WithoutExclusion(this TenderInput input, string clauseId)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { Exclusions = [.. input.Exclusions.Where(e => e.Clause != clauseId)] };
    }

    /// <summary>Sets a clause parameter (null removes the override, so the answer or default applies again).</summary>
    public static TenderInput WithOverride(this TenderInput input, string clauseId, string parameter, JsonElement? value)
    {
        ArgumentNullException.ThrowIfNull(input);
        var others = input.ParameterOverrides.Where(o => o.Clause != clauseId || o.Parameter != parameter);
        return input with
        {
            ParameterOverrides = value is { ValueKind: not JsonValueKind.Null } set
                ? [.. others, new ParameterOverride { Clause = clauseId, Parameter = parameter, Value = set.Clone() }]
                : [.. others],
        };
    }

    /// <summary>The override of a clause parameter, or null.</summary>
    public static JsonElement? OverrideOf(this TenderInput input, string clauseId, string parameter)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.ParameterOverrides.LastOrDefault(o => o.Clause == clauseId && o.Parameter == parameter)?.Value;
    }

    /// <summary>Adds a custom clause, or replaces the one with the same id.</summary>
    public static TenderInput WithCustomClause(this TenderInput input, CustomClause clause)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(clause);
        var clauses = input.CustomClauses.ToList();
        var index = clauses.FindIndex(c => c.Id == clause.Id);
        if (index >= 0)
        {
            clauses[index] = clause;
        }
        else
        {
            clauses.Add(clause);
        }

        return input with { CustomClauses = clauses };
    }

    /// <summary>Removes a custom clause.</summary>
    public static TenderInput WithoutCustomClause(this TenderInput input, string id)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { CustomClauses = [.. input.CustomClauses.Where(c => c.Id != id)] };
    }

    /// <summary>Replaces the sites list (the totals per power class are then counted from it).</summary>
    public static TenderInput WithSites(this TenderInput input, IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sites);
        return input with { Sites = [.. sites] };
    }

    /// <summary>Replaces the lots list; two lots or more divide the contract.</summary>
    public static TenderInput WithLots(this TenderInput input, IEnumerable<Lot> lots)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lots);
        return input with { Tender = input.Tender with { Lots = input.Tender.Lots with { Items = [.. lots] } } };
    }

    /// <summary>A custom clause id not used yet: <c>clause-1</c>, <c>clause-2</c>, …</summary>
    public static string NextCustomClauseId(this TenderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var used = input.CustomClauses.Select(c => c.Id).ToImmutableHashSet(StringComparer.Ordinal);
        return Enumerable.Range(1, used.Count + 1).Select(n => $"clause-{n}").First(id => !used.Contains(id));
    }

    // The tender block is a typed record; a field is set through its JSON form so that the dotted
    // field names of the questions files are the only mapping.
    private static TenderMetadata WithField(TenderMetadata tender, string field, JsonElement? raw)
    {
        var root = JsonSerializer.SerializeToNode(tender, TenderInputJson.Info<TenderMetadata>())!.AsObject();
        var parts = field.Split('.');
        var parent = root;
        foreach (var part in parts[..^1])
        {
            if (parent[part] is not JsonObject child)
            {
                child = [];
                parent[part] = child;
            }

            parent = child;
        }

        if (raw is { ValueKind: not JsonValueKind.Null } value)
        {
            parent[parts[^1]] = JsonNode.Parse(value.GetRawText());
        }
        else
        {
            parent.Remove(parts[^1]);
        }

        return TenderInputJson.Read<TenderMetadata>(root)!;
    }
}
