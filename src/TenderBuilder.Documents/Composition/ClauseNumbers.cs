using System.Collections.Frozen;
using System.Globalization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// One number per included clause, shared by every document so that the acceptance-test annex
/// and the memo refer to the same "TS 2.3" the specification shows: TS for technical
/// specifications (numbered by topic), CP for contract performance clauses (by topic), SC and AC
/// for selection and award criteria.
/// </summary>
internal sealed class ClauseNumbers
{
    private readonly FrozenDictionary<string, string> _numbers;

    private ClauseNumbers(FrozenDictionary<string, string> numbers) => _numbers = numbers;

    public string this[string clauseId] => _numbers[clauseId];

    public static ClauseNumbers For(TenderPackage package)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        ByTopic(package.For(Deliverable.Specification), "TS", numbers);
        ByTopic(package.For(Deliverable.Contract), "CP", numbers);
        Sequential(package.For(Deliverable.Criteria).Where(c => c.Kind == ClauseKind.SelectionCriterion), "SC", numbers);
        Sequential(package.For(Deliverable.Criteria).Where(c => c.Kind == ClauseKind.AwardCriterion), "AC", numbers);
        Sequential(package.For(Deliverable.Notice), "N", numbers);
        return new ClauseNumbers(numbers.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The topics of some clauses, in order of first appearance, each with its clauses.</summary>
    public static IEnumerable<(int Number, string Title, List<IncludedClause> Clauses)> Topics(IEnumerable<IncludedClause> clauses) =>
        clauses.GroupBy(c => c.TopicTitle).Select((group, index) => (index + 1, group.Key, group.ToList()));

    private static void ByTopic(IEnumerable<IncludedClause> clauses, string prefix, Dictionary<string, string> numbers)
    {
        foreach (var (topic, _, members) in Topics(clauses))
        {
            for (var i = 0; i < members.Count; i++)
            {
                numbers[members[i].Id] = string.Create(CultureInfo.InvariantCulture, $"{prefix} {topic}.{i + 1}");
            }
        }
    }

    private static void Sequential(IEnumerable<IncludedClause> clauses, string prefix, Dictionary<string, string> numbers)
    {
        var i = 0;
        foreach (var clause in clauses)
        {
            numbers[clause.Id] = string.Create(CultureInfo.InvariantCulture, $"{prefix} {++i}");
        }
    }
}
