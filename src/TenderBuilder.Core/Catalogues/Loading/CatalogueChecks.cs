using System.Collections.Immutable;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>Checks across files: that catalogue.yaml lists every section and topic, and the renamed and retired ids.</summary>
internal sealed class CatalogueChecks(LoadErrors errors)
{
    /// <summary>
    /// Every file of a folder (named by its id) must be listed once in catalogue.yaml, which gives
    /// the order: of the sections in the wizard, of the topics in the documents. The files are named
    /// by path, so a file that failed to parse is not reported a second time here.
    /// </summary>
    public void Listed(ListedOrder order, IEnumerable<string> fileIds, string what, string list, string file)
    {
        var known = fileIds.ToHashSet(StringComparer.Ordinal);
        foreach (var missing in known.Where(id => !order.Ids.Contains(id)))
        {
            errors.Add(order.Location, $"{what} \"{missing}\" is not listed under {list}");
        }

        foreach (var unknown in order.Ids.Where(id => !known.Contains(id)))
        {
            errors.Add(order.Location, $"{list} lists \"{unknown}\", which has no {file}");
        }
    }

    /// <summary>Topics, and the clauses in them, appear in documents in the order catalogue.yaml gives.</summary>
    public static (ImmutableArray<Topic> Topics, ImmutableArray<Clause> Clauses) InOrder(ListedOrder order, ImmutableArray<Topic> topics, ImmutableArray<Clause> clauses) =>
        ([.. topics.OrderBy(t => order.Rank(t.Id))], [.. clauses.Select((c, i) => (c, i)).OrderBy(x => order.Rank(x.c.Topic)).ThenBy(x => x.i).Select(x => x.c)]);

    /// <summary>
    /// A question that decides whether a clause is in must say, for every answer, what that answer
    /// means, so the memo can give the reason in the officer's words rather than the rule's test.
    /// </summary>
    public void Reasons(Questionnaire questionnaire, IEnumerable<Clause> clauses)
    {
        var deciding = clauses
            .Where(c => c.When is not null)
            .SelectMany(c => c.When!.QuestionIds().Select(id => (Id: id, Clause: c)))
            .GroupBy(x => x.Id, StringComparer.Ordinal);
        foreach (var group in deciding)
        {
            if (questionnaire.Find(group.Key) is { } question && Conditions.Reasons.Missing(question) is { } missing)
            {
                errors.Add(question.Location, $"question {question.Id} decides clause {group.First().Clause.Id} ({group.First().Clause.Location}) and {missing}, which the memo gives as the reason");
            }
        }
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
