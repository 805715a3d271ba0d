using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;

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

    public static IEnumerable<Finding> Check(TenderInput input, Catalogue catalogue, AnswerSet answers, LegalFraming framing)
    {
        foreach (var finding in Sites.SiteChecks.Check(input, answers))
        {
            yield return finding;
        }

        foreach (var answer in answers.All.Where(a => a.Question.Required && a.Visible && a.Value is null && !a.Malformed
                     && (framing.RequiresEstimatedValue || a.Question.Id != ValueQuestion)))
        {
            var path = answer.Question.Field is { } field ? "/tender/" + field.Replace('.', '/') : $"/answers/{answer.Question.Id}";
            yield return new Finding("tender.required-missing", FindingSeverity.Error,
                $"“{answer.Question.Label}” must be answered before the tender can be built.", [], path);
        }

        for (var i = 0; i < input.Exclusions.Count; i++)
        {
            var exclusion = input.Exclusions[i];
            var clause = catalogue.FindClause(exclusion.Clause);
            var path = $"/exclusions/{i}";
            if (clause is null)
            {
                yield return new Finding("input.unknown-clause", FindingSeverity.Error,
                    $"Exclusion {i + 1} names the clause \"{exclusion.Clause}\", which is not in this catalogue.", [], path);
            }
            else if (clause.Strength == Strength.Mandatory)
            {
                var law = clause.Sources.Where(c => c.Status == VerificationStatus.Verified)
                    .Select(c => $"{catalogue.FindSource(c.SourceId)?.Short} {c.Locator}");
                yield return new Finding("clause.mandatory-excluded", FindingSeverity.Error,
                    $"“{clause.DisplayTitle}” is required by law ({string.Join("; ", law)}) and cannot be removed; it stays in the tender.",
                    clause.Sources.Where(c => c.Status == VerificationStatus.Verified).ToImmutableArray(), path);
            }
            else if (string.IsNullOrWhiteSpace(exclusion.Justification))
            {
                yield return new Finding("clause.exclusion-unjustified", FindingSeverity.Error,
                    $"Removing “{clause.DisplayTitle}” needs a justification for the explanatory memo; until one is given it stays in the tender.", [], path);
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
                        ? $"Override {i + 1} names the clause \"{parameterOverride.Clause}\", which is not in this catalogue."
                        : $"Override {i + 1}: “{clause.DisplayTitle}” has no parameter \"{parameterOverride.Parameter}\"; it has: {string.Join(", ", clause.Parameters.Select(p => p.Name))}.",
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
                    $"Custom clause “{custom.Title}”: \"{custom.Kind}\" is not a kind; use selectionCriterion, technicalSpecification, awardCriterion or contractPerformance.", [], path);
            }

            if (custom.Verification?.Method is { } method && CustomClauses.ParseMethod(method) is null)
            {
                yield return new Finding("input.invalid-custom-clause", FindingSeverity.Error,
                    $"Custom clause “{custom.Title}”: \"{method}\" is not a verification method; use certificate, declaration, testReport, siteAcceptanceTest or documentReview.", [], path);
            }

            if (!seen.Add(custom.Id))
            {
                yield return new Finding("input.invalid-custom-clause", FindingSeverity.Error,
                    $"Two custom clauses have the id \"{custom.Id}\".", [], path);
            }

            if (string.IsNullOrWhiteSpace(custom.Text))
            {
                yield return new Finding("clause.custom-empty", FindingSeverity.Error,
                    $"Custom clause “{custom.Title}” has no text.", [], path);
            }
        }
    }
}
