using System.Collections.Immutable;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Catalogs.Loading;

/// <summary>Checks across files, once everything is read: the topic order and the renamed and retired ids.</summary>
internal sealed class CatalogueChecks(LoadErrors errors)
{
    /// <summary>
    /// Topics appear in documents in the order catalogue.yaml gives; every topic must be listed once.
    /// <paramref name="topicFiles"/> names the topics by their files, so a file that failed to parse
    /// is not reported a second time here.
    /// </summary>
    public (ImmutableArray<Topic> Topics, ImmutableArray<Clause> Clauses) Order(
        CatalogueIndex? index, IEnumerable<string> topicFiles, ImmutableArray<Topic> topics, ImmutableArray<Clause> clauses)
    {
        var order = index?.Topics ?? [];
        var location = index?.TopicsLocation ?? new SourceLocation(CataloguePaths.Index, 1);
        var known = topicFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var missing in known.Where(id => !order.Contains(id)))
        {
            errors.Add(location, $"topic \"{missing}\" is not listed under topics");
        }

        foreach (var unknown in order.Where(id => !known.Contains(id)))
        {
            errors.Add(location, $"topics lists \"{unknown}\", which has no clauses file");
        }

        int Rank(string topic) => order.IndexOf(topic) is var i and >= 0 ? i : int.MaxValue;
        return ([.. topics.OrderBy(t => Rank(t.Id))], [.. clauses.Select((c, i) => (c, i)).OrderBy(x => Rank(x.c.Topic)).ThenBy(x => x.i).Select(x => x.c)]);
    }

    /// <summary>A renamed id must lead to one that exists, and a retired id must be gone, or old drafts would open wrongly.</summary>
    public void Evolution(CatalogueEvolution evolution, Questionnaire questionnaire, IEnumerable<Clause> clauses)
    {
        var clauseIds = clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var location = new SourceLocation(CataloguePaths.Index, 1);
        foreach (var renamed in evolution.RenamedQuestions.Where(r => questionnaire.Find(r.To) is null))
        {
            errors.Add(location, $"renamed question {renamed.From} → {renamed.To}: {renamed.To} does not exist");
        }

        foreach (var renamed in evolution.RenamedClauses.Where(r => !clauseIds.Contains(r.To)))
        {
            errors.Add(location, $"renamed clause {renamed.From} → {renamed.To}: {renamed.To} does not exist");
        }

        foreach (var retired in evolution.RetiredQuestions.Where(r => questionnaire.Find(r.Id) is not null))
        {
            errors.Add(location, $"retired question {retired.Id} is still in the questionnaire");
        }

        foreach (var retired in evolution.RetiredClauses.Where(r => clauseIds.Contains(r.Id)))
        {
            errors.Add(location, $"retired clause {retired.Id} is still in the catalogue");
        }
    }
}
