using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Turns a TenderInput into a <see cref="TenderPackage"/>. A pure function: the same input,
/// catalogue and reference date always give the same package; the date comes in, never from a
/// clock.
/// </summary>
public static class RulesEngine
{
    /// <summary>Evaluates every clause of the catalogue against the input.</summary>
    public static TenderPackage Evaluate(TenderInput input, Catalogue catalogue, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);

        // Every word of the package in the document language: the clauses and questions as translated.
        catalogue = catalogue.In(DocumentLanguages.Of(input.Tender));
        // The sentences the engine writes around the catalogue's words, in the same language.
        var words = RulesWords.For(catalogue.Language);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var (current, evolution) = CatalogueMigration.Apply(input, catalogue);
        findings.AddRange(evolution);
        var answers = AnswerSet.Resolve(catalogue.Questionnaire, current, referenceDate);
        findings.AddRange(answers.Problems);
        var framing = LegalFraming.Of(answers, current, referenceDate);
        findings.AddRange(InputChecks.Check(current, catalogue, answers, framing));
        findings.AddRange(PlausibilityChecks.Check(answers, referenceDate, DocumentLanguages.Of(input.Tender)));

        // A directive cited under another regime would tell bidders the wrong law applies.
        // A source the catalogue does not know (a finding citing a law a trimmed catalogue lacks) is tied to no regime.
        bool Admitted(Citation citation) => framing.Admits(catalogue.FindSource(citation.SourceId)?.Regime);
        // The other party, the offer and the one who makes it, named as the package's law calls them.
        string Framed(string text) => FramedText.Render(text, framing.Regime, catalogue.Language);

        SourceReference Cite(Citation citation)
        {
            var source = catalogue.FindSource(citation.SourceId)!;
            return new SourceReference(source.Id, source.Title, source.Short, source.Type, citation.Locator, citation.Status, citation.VerifiedIn, source.Url);
        }

        var exclusions = current.Exclusions
            .GroupBy(e => e.Clause, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var topics = catalogue.Topics.ToDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal);
        var included = new List<IncludedClause>();
        var excluded = ImmutableArray.CreateBuilder<ExcludedClause>();

        foreach (var clause in catalogue.Clauses)
        {
            var result = clause.When?.Evaluate(answers);
            var facts = result is null ? ImmutableArray<Fact>.Empty : [.. result.Facts()];
            if (result is { Value: false })
            {
                excluded.Add(new ExcludedClause(clause.Id, Framed(clause.DisplayTitle), clause.Strength, ExcludedBy.Rule,
                    Format(words.LeftOutBecause, WithOwnReason(words, clause.Because?.Excluded, result.Because(catalogue.Language))), null, facts));
                continue;
            }

            if (clause.Strength != Strength.Mandatory
                && exclusions.TryGetValue(clause.Id, out var exclusion)
                && !string.IsNullOrWhiteSpace(exclusion.Justification))
            {
                excluded.Add(new ExcludedClause(clause.Id, Framed(clause.DisplayTitle), clause.Strength, ExcludedBy.Officer,
                    words.RemovedByOfficer, exclusion.Justification.Trim(), facts));
                continue;
            }

            // Only what the answers chose is printed, and only its parameters are asked for.
            var text = AlternativeText.Assemble(clause, answers);
            foreach (var group in clause.Alternatives.Where(g => g.Choose(answers) is null))
            {
                var asks = group.Options.SelectMany(o => o.When.QuestionIds()).Distinct(StringComparer.Ordinal).ToImmutableArray();
                findings.Add(new Finding("clause.alternative-unset", FindingSeverity.Error,
                    AlternativeUnset(clause, asks, answers, input), [])
                {
                    ClauseId = clause.Id,
                    Questions = asks,
                });
            }

            var parameters = ParameterResolver.Resolve(
                clause.Alternatives.IsEmpty ? clause : clause with { Parameters = [.. clause.Parameters.Where(p => AlternativeText.Uses(text, p))] },
                answers, current, Cite, findings);
            findings.AddRange(UnusedOverrides(clause, parameters, current));
            // A criterion that cannot change the ranking would only puzzle bidders.
            if (clause.Kind == ClauseKind.AwardCriterion
                && parameters.FirstOrDefault(p => p.Name == "weight") is { Value: AnswerValue.Number { Value: 0 } })
            {
                excluded.Add(new ExcludedClause(clause.Id, Framed(clause.DisplayTitle), clause.Strength, ExcludedBy.Rule,
                    words.LeftOutZeroWeight, null, facts));
                continue;
            }

            // The points it binds, said in words; a scope that binds none of the tender's points is a slip worth hearing of.
            var scope = ClauseScopes.Resolve(clause.Scope, answers);
            var appliesTo = ClauseScopes.Describe(scope, answers);
            if (scope is not null && !ClauseScopes.MatchesAny(scope, answers, [.. current.Sites], current.Tender.Lots))
            {
                findings.Add(ClauseScopes.NoPoint(clause, Framed(clause.DisplayTitle), appliesTo!, Say(current)));
            }

            included.Add(new IncludedClause
            {
                Id = clause.Id,
                Kb = clause.Kb,
                Kind = clause.Kind,
                Deliverable = clause.Deliverable,
                Strength = clause.Strength,
                Topic = clause.Topic,
                TopicTitle = topics[clause.Topic],
                Title = Framed(clause.DisplayTitle),
                Text = Framed(ParameterResolver.Render(text, parameters, catalogue.Language)),
                Verification = clause.Verification with { Text = Framed(AlternativeText.AssembleVerification(clause, answers)) },
                Sources = [.. clause.Sources.Where(Admitted).Select(Cite)],
                Parameters = parameters,
                Explanation = Explain(clause, result, catalogue, Admitted, words),
                Because = facts,
                Scope = scope,
                AppliesTo = appliesTo,
                Translation = catalogue.TranslationStatusOf(clause.Id),
            });
        }

        included.AddRange(CustomClauses.Include(current.CustomClauses, catalogue.Language));
        var ordered = included
            .Select((clause, index) => (clause, index))
            .OrderBy(item => item.clause.Deliverable)
            .ThenBy(item => item.clause.IsCustom)
            .ThenBy(item => item.index)
            .Select(item => item.clause)
            .ToImmutableArray();

        findings.AddRange(TooLongForACell(ordered, Say(current)));
        findings.AddRange(ConsistencyLinter.Check(new LintContext(current, answers, referenceDate, [.. ordered.Select(c => c.Id)], framing, Admitted)));

        return new TenderPackage
        {
            CatalogVersion = catalogue.Version,
            Language = catalogue.Language,
            ReferenceDate = referenceDate,
            Tender = current.Tender,
            Framing = framing,
            Sites = [.. current.Sites],
            Answers = answers,
            Clauses = ordered,
            Excluded = excluded.ToImmutable(),
            Glossary = catalogue.Glossary,
            Findings = [.. findings
                .Select(f => f with { References = [.. f.Sources.Where(c => catalogue.FindSource(c.SourceId) is not null).Select(Cite)] })
                .OrderByDescending(f => f.Severity)],
        };
    }

    // A value set for a parameter the chosen text does not print would be lost without a word.
    private static IEnumerable<Finding> UnusedOverrides(Clause clause, ImmutableArray<ResolvedParameter> printed, TenderInput input) =>
        input.ParameterOverrides
            .Select((o, index) => (o, index))
            .Where(x => x.o.Clause == clause.Id
                        && clause.Parameters.Any(p => p.Name == x.o.Parameter)
                        && printed.All(p => p.Name != x.o.Parameter))
            .Select(x => new Finding("clause.parameter-not-printed", FindingSeverity.Warning,
                Say(input).Message(Say(input).Words.ClauseParameterNotPrinted, clause.DisplayTitle, clause.Parameters.First(p => p.Name == x.o.Parameter).Label),
                [], $"/parameterOverrides/{x.index}")
            {
                ClauseId = clause.Id,
                ParameterName = x.o.Parameter,
            });

    /// <summary>The most characters a spreadsheet cell holds; the compliance matrix puts each clause text in one.</summary>
    public const int CellLimit = 32_767;

    // The matrix would have to cut such a text; the officer hears of it rather than finding it cut.
    private static IEnumerable<Finding> TooLongForACell(IEnumerable<IncludedClause> clauses, Say say) =>
        clauses.Where(c => c.Text.Length > CellLimit).Select(c => new Finding("clause.text-too-long-for-a-cell", FindingSeverity.Warning,
            say.Message(say.Words.ClauseTextTooLongForACell, c.Title, say.Number(c.Text.Length, "N0"), say.Number(CellLimit, "N0")), [])
        {
            ClauseId = c.Id,
        });

    // The findings' words in the input's document language.
    private static Say Say(TenderInput input) => new(DocumentLanguages.Of(input.Tender));

    private static string AlternativeUnset(Clause clause, ImmutableArray<string> asks, AnswerSet answers, TenderInput input)
    {
        var say = Say(input);
        var questions = string.Join(say.Words.QuestionsAnd, asks.Select(id => say.Message(say.Words.Quoted, answers.Question(id).Label)));
        return say.Message(say.Words.ClauseAlternativeUnset, clause.DisplayTitle, questions);
    }

    // The clause's own reason first, then the answers that decided it, in brackets.
    private static string WithOwnReason(RulesWords words, string? own, string answers) => own is null ? answers : Format(words.WithOwnReason, own, answers);

    private static string Format(string format, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    private static string Explain(Clause clause, ConditionResult? result, Catalogue catalogue, Func<Citation, bool> admitted, RulesWords words)
    {
        var why = result is null
            ? words.IncludedAlways
            : Format(words.IncludedBecause, WithOwnReason(words, clause.Because?.Included, result.Because(catalogue.Language)));
        if (clause.Strength == Strength.Mandatory)
        {
            string Label(Citation c) => $"{catalogue.FindSource(c.SourceId)!.Short} {c.Locator}";
            var law = clause.Sources
                .Where(c => c.Status == VerificationStatus.Verified && catalogue.FindSource(c.SourceId)?.Type == SourceType.Law)
                .ToList();
            var basis = law.Where(admitted).Select(Label).ToList();
            // A concession below the EU threshold keeps a clause the directive requires above it,
            // but does not claim the directive as its basis: the officer's adviser decides.
            why += " " + (basis.Count > 0
                ? Format(words.RequiredByLaw, string.Join("; ", basis))
                : Format(words.RequiredWhereLawApplies, string.Join("; ", law.Select(Label))));
        }
        else if (clause.Strength == Strength.Recommended)
        {
            why += " " + words.Recommended;
        }

        return why;
    }
}
