using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;

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
    private readonly Dictionary<(string List, int Index), List<Finding>> _byListItem = [];

    /// <summary>Places the findings of a package.</summary>
    public FindingPlacement(TenderPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var shown = package.Answers.All.Where(a => a.Visible).Select(a => a.Question).ToList();
        foreach (var finding in package.Findings)
        {
            // A site's or a lot's finding names its place in the list: it shows beside that entry of the list editor.
            if (ListItem(finding.Path) is { } item)
            {
                (_byListItem.TryGetValue(item, out var items) ? items : _byListItem[item] = []).Add(finding);
                continue;
            }

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

    /// <summary>The list editors' lists: the sites, and the lots.</summary>
    public const string Sites = "/sites/";

    /// <summary>The lots list's path prefix.</summary>
    public const string Lots = "/tender/lots/items/";

    /// <summary>The findings shown beside a site of the sites list.</summary>
    public IReadOnlyList<Finding> ForSite(int index) => _byListItem.GetValueOrDefault((Sites, index)) ?? [];

    /// <summary>The findings shown beside a lot of the lots list.</summary>
    public IReadOnlyList<Finding> ForLot(int index) => _byListItem.GetValueOrDefault((Lots, index)) ?? [];

    /// <summary>How many errors a list editor shows beside its entries.</summary>
    public int ErrorsIn(string list) =>
        _byListItem.Where(p => p.Key.List == list).Sum(p => p.Value.Count(f => f.Severity == FindingSeverity.Error));

    private static (string List, int Index)? ListItem(string? path)
    {
        foreach (var list in new[] { Sites, Lots })
        {
            if (path is not null && path.StartsWith(list, StringComparison.Ordinal))
            {
                var rest = path.AsSpan(list.Length);
                var end = rest.IndexOf('/');
                if (int.TryParse(end < 0 ? rest : rest[..end], System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    return (list, index);
                }
            }
        }

        return null;
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
    /// <remarks>A site's or a lot's finding is on the step of the list's derived question, so a link to it lands on the list.</remarks>
    public string? QuestionOf(Finding finding) =>
        ListItem(finding?.Path) is { } item
            ? item.List == Sites ? DerivedAnswers.SiteCount : DerivedAnswers.LotsDivided
            : _byQuestion.FirstOrDefault(p => p.Value.Contains(finding!)).Key;

    /// <summary>How many errors a section's questions show.</summary>
    public int ErrorsIn(IEnumerable<ResolvedAnswer> answers) =>
        answers.Sum(a => For(a.Question.Id).Count(f => f.Severity == FindingSeverity.Error));
}
