using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Checks what the officer set beside the answers: exclusions, overrides and custom clauses
/// name real things, mandatory clauses stay in, justifications are given, required questions are
/// answered.
/// </summary>
internal static class InputChecks
{
    // The estimated value: required of a contract or a concession, not of a permit, for which the
    // authority pays nothing (docs/legal-framing.md). Its currency stays required: a permit's
    // penalties and security are amounts too.
    private const string ValueQuestion = "tender.estimated_value";

    // The kinds and verification methods a custom clause may name, as the input file writes them.
    private static readonly string[] s_kinds = ["selectionCriterion", "technicalSpecification", "awardCriterion", "contractPerformance"];
    private static readonly string[] s_methods = ["certificate", "declaration", "testReport", "siteAcceptanceTest", "documentReview"];

    public static IEnumerable<Finding> Check(TenderInput input, Catalogue catalogue, AnswerSet answers, LegalFraming framing)
    {
        var say = new Say(DocumentLanguages.Of(input.Tender));
        foreach (var finding in Sites.SiteChecks.Check(input, answers))
        {
            yield return finding;
        }

        foreach (var answer in answers.All.Where(a => a.Question.Required && a.Visible && a.Value is null && !a.Malformed
                     && (framing.RequiresEstimatedValue || a.Question.Id != ValueQuestion)))
        {
            var path = answer.Question.Field is { } field ? "/tender/" + field.Replace('.', '/') : $"/answers/{answer.Question.Id}";
            yield return new Finding("tender.required-missing", FindingSeverity.Error,
                say.Message(say.Words.TenderRequiredMissing, answer.Question.Label), [], path);
        }

        for (var i = 0; i < input.Exclusions.Count; i++)
        {
            var exclusion = input.Exclusions[i];
            var clause = catalogue.FindClause(exclusion.Clause);
            var path = $"/exclusions/{i}";
            if (clause is null)
            {
                yield return new Finding("input.unknown-clause", FindingSeverity.Error,
                    say.Message(say.Words.InputUnknownClause, say.Number(i + 1, "0"), exclusion.Clause), [], path);
            }
            else if (clause.Strength == Strength.Mandatory)
            {
                var law = clause.Sources.Where(c => c.Status == VerificationStatus.Verified)
                    .Select(c => $"{catalogue.FindSource(c.SourceId)?.Short} {c.Locator}");
                yield return new Finding("clause.mandatory-excluded", FindingSeverity.Error,
                    say.Message(say.Words.ClauseMandatoryExcluded, clause.DisplayTitle, string.Join("; ", law)),
                    clause.Sources.Where(c => c.Status == VerificationStatus.Verified).ToImmutableArray(), path);
            }
            else if (string.IsNullOrWhiteSpace(exclusion.Justification))
            {
                yield return new Finding("clause.exclusion-unjustified", FindingSeverity.Error,
                    say.Message(say.Words.ClauseExclusionUnjustified, clause.DisplayTitle), [], path);
            }
        }

        for (var i = 0; i < input.ParameterOverrides.Count; i++)
        {
            var parameterOverride = input.ParameterOverrides[i];
            var clause = catalogue.FindClause(parameterOverride.Clause);
            if (clause is null || clause.Parameters.All(p => p.Name != parameterOverride.Parameter))
            {
                yield return new Finding("input.unknown-parameter", FindingSeverity.Error,
                    clause is null
                        ? say.Message(say.Words.InputUnknownParameterClause, say.Number(i + 1, "0"), parameterOverride.Clause)
                        : say.Message(say.Words.InputUnknownParameter, say.Number(i + 1, "0"), clause.DisplayTitle, parameterOverride.Parameter, string.Join(", ", clause.Parameters.Select(p => p.Name))),
                    [], $"/parameterOverrides/{i}");
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.CustomClauses.Count; i++)
        {
            var custom = input.CustomClauses[i];
            var path = $"/customClauses/{i}";
            if (CustomClauses.ParseKind(custom.Kind) is null)
            {
                yield return new Finding("input.invalid-custom-clause", FindingSeverity.Error,
                    say.Message(say.Words.InputInvalidCustomClauseKind, custom.Title, custom.Kind, say.Words.Or(s_kinds)), [], path);
            }

            if (custom.Verification?.Method is { } method && CustomClauses.ParseMethod(method) is null)
            {
                yield return new Finding("input.invalid-custom-clause", FindingSeverity.Error,
                    say.Message(say.Words.InputInvalidCustomClauseMethod, custom.Title, method, say.Words.Or(s_methods)), [], path);
            }

            if (!seen.Add(custom.Id))
            {
                yield return new Finding("input.invalid-custom-clause", FindingSeverity.Error,
                    say.Message(say.Words.InputInvalidCustomClauseId, custom.Id), [], path);
            }

            if (string.IsNullOrWhiteSpace(custom.Text))
            {
                yield return new Finding("clause.custom-empty", FindingSeverity.Error,
                    say.Message(say.Words.ClauseCustomEmpty, custom.Title), [], path);
            }
        }
    }
}
