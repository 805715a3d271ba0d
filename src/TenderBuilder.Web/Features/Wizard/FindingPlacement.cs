using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// Decides where each finding is shown: beside the question whose answer it names, or beside the
/// first shown question it concerns; parameter values beside the parameter on the review step; the
/// rest (exclusions, custom clauses) at the top of the review step. Every finding is also listed on the export step.
/// </summary>
public sealed class FindingPlacement
{
    private readonly Dictionary<string, List<Finding>> _byQuestion = new(StringComparer.Ordinal);
    private readonly List<Finding> _elsewhere = [];
    private readonly Dictionary<(string Clause, string Parameter), List<Finding>> _byParameter = [];

    /// <summary>Places the findings of a package.</summary>
    public FindingPlacement(TenderPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var shown = package.Answers.All.Where(a => a.Visible).Select(a => a.Question).ToList();
        foreach (var finding in package.Findings)
        {
            var anchor = shown.FirstOrDefault(q => finding.Path == q.InputPath)
                ?? finding.Questions.Select(id => shown.FirstOrDefault(q => q.Id == id)).FirstOrDefault(q => q is not null);
            if (finding.ClauseId is { } clause && finding.ParameterName is { } parameter)
            {
                // A parameter's value is set on the review step, beside the parameter, whether or
                // not a question can set it too.
                (_byParameter.TryGetValue((clause, parameter), out var list) ? list : _byParameter[(clause, parameter)] = []).Add(finding);
            }

            if (anchor is null)
            {
                if (finding.ClauseId is null)
                {
                    _elsewhere.Add(finding);
                }
            }
            else
            {
                (_byQuestion.TryGetValue(anchor.Id, out var list) ? list : _byQuestion[anchor.Id] = []).Add(finding);
            }
        }

        QuestionsWithErrors = [.. _byQuestion.Where(p => p.Value.Any(f => f.Severity == FindingSeverity.Error)).Select(p => p.Key)];
    }

    /// <summary>Questions with at least one error beside them.</summary>
    public ImmutableHashSet<string> QuestionsWithErrors { get; }

    /// <summary>Findings not shown beside a question.</summary>
    public IReadOnlyList<Finding> Elsewhere => _elsewhere;

    /// <summary>The findings shown beside a question.</summary>
    public IReadOnlyList<Finding> For(string questionId) => _byQuestion.GetValueOrDefault(questionId) ?? [];

    /// <summary>The findings shown beside a clause parameter on the review step.</summary>
    public IReadOnlyList<Finding> ForParameter(string clauseId, string parameter) =>
        _byParameter.GetValueOrDefault((clauseId, parameter)) ?? [];

    /// <summary>The question a finding is shown beside, or null.</summary>
    public string? QuestionOf(Finding finding) =>
        _byQuestion.FirstOrDefault(p => p.Value.Contains(finding)).Key;

    /// <summary>How many errors a section's questions show.</summary>
    public int ErrorsIn(IEnumerable<ResolvedAnswer> answers) =>
        answers.Sum(a => For(a.Question.Id).Count(f => f.Severity == FindingSeverity.Error));
}
