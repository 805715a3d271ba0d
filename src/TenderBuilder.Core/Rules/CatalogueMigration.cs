using System.Collections.Immutable;
using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Brings an input made with an older catalogue version up to the current one: renamed question
/// and clause ids are followed, answers to retired questions and references to retired clauses
/// are dropped, each with a finding, so an old draft always opens.
/// </summary>
public static class CatalogueMigration
{
    /// <summary>The input in the current catalogue's ids, and what changed.</summary>
    public static (TenderInput Input, ImmutableArray<Finding> Findings) Apply(TenderInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var say = new Say(DocumentLanguages.Of(input.Tender));
        if (input.CatalogVersion is null || input.CatalogVersion == catalogue.Version)
        {
            return (input, findings.ToImmutable());
        }

        if (!Version.TryParse(input.CatalogVersion, out var from) || !Version.TryParse(catalogue.Version, out var to))
        {
            findings.Add(new Finding("catalogue.unknown-version", FindingSeverity.Warning,
                say.Message(say.Words.CatalogueUnknownVersion, input.CatalogVersion, catalogue.Version), [], "/catalogVersion"));
            return (input, findings.ToImmutable());
        }

        if (from > to)
        {
            findings.Add(new Finding("catalogue.newer-version", FindingSeverity.Warning,
                say.Message(say.Words.CatalogueNewerVersion, input.CatalogVersion, catalogue.Version), [], "/catalogVersion"));
            return (input, findings.ToImmutable());
        }

        bool Since(string version) => Version.TryParse(version, out var v) && v > from;
        var evolution = catalogue.Evolution;
        var questionRenames = evolution.RenamedQuestions.Where(r => Since(r.Since)).ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
        var clauseRenames = evolution.RenamedClauses.Where(r => Since(r.Since)).ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
        var retiredQuestions = evolution.RetiredQuestions.Where(r => Since(r.Since)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var retiredClauses = evolution.RetiredClauses.Where(r => Since(r.Since)).ToDictionary(r => r.Id, StringComparer.Ordinal);

        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (id, value) in input.Answers)
        {
            if (retiredQuestions.TryGetValue(id, out var retired))
            {
                findings.Add(new Finding("catalogue.retired-question", FindingSeverity.Warning,
                    say.Message(say.Words.CatalogueRetiredQuestion, id, retired.Since, retired.Reason), [], $"/answers/{id}"));
                continue;
            }

            var current = Follow(questionRenames, id);
            if (current != id)
            {
                findings.Add(new Finding("catalogue.renamed-question", FindingSeverity.Info,
                    say.Message(say.Words.CatalogueRenamedQuestion, id, current), [], $"/answers/{id}"));
            }

            answers[current] = value;
        }

        string? Clause(string id, string path)
        {
            if (retiredClauses.TryGetValue(id, out var retired))
            {
                findings.Add(new Finding("catalogue.retired-clause", FindingSeverity.Warning,
                    say.Message(say.Words.CatalogueRetiredClause, id, retired.Since, retired.Reason), [], path));
                return null;
            }

            var current = Follow(clauseRenames, id);
            if (current != id)
            {
                findings.Add(new Finding("catalogue.renamed-clause", FindingSeverity.Info,
                    say.Message(say.Words.CatalogueRenamedClause, id, current), [], path));
            }

            return current;
        }

        var exclusions = input.Exclusions
            .Select((e, i) => Clause(e.Clause, $"/exclusions/{i}") is { } id ? e with { Clause = id } : null)
            .OfType<ClauseExclusion>().ToList();
        var overrides = input.ParameterOverrides
            .Select((o, i) => Clause(o.Clause, $"/parameterOverrides/{i}") is { } id ? o with { Clause = id } : null)
            .OfType<ParameterOverride>().ToList();

        var migrated = input with
        {
            CatalogVersion = catalogue.Version,
            Answers = answers,
            Exclusions = exclusions,
            ParameterOverrides = overrides,
        };
        return (migrated, findings.ToImmutable());
    }

    // A rename may itself be renamed later; follow the chain, guarding against a loop.
    private static string Follow(Dictionary<string, string> renames, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (renames.TryGetValue(id, out var next) && seen.Add(id))
        {
            id = next;
        }

        return id;
    }
}
