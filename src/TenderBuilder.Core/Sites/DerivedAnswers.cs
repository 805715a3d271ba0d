using System.Collections.Frozen;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Sites;

/// <summary>What a derived question is worked out from (<c>derivedFrom:</c> in the questions files).</summary>
public enum DerivedFrom
{
    /// <summary>From the sites list, when the tender lists sites; asked otherwise (a draft with totals only keeps working).</summary>
    Sites,

    /// <summary>From the lots list, always: the list is the only place lots are given.</summary>
    Lots,
}

/// <summary>
/// The answers TenderBuilder works out from the sites and lots lists instead of asking: the number
/// of sites and the points per power class (from the sites, when there are any) and whether the
/// contract is divided into lots (from the lots). Clause conditions read them like any answer.
/// </summary>
public static class DerivedAnswers
{
    /// <summary>The number of sites.</summary>
    public const string SiteCount = "sites.site_count";

    /// <summary>Whether the contract is divided into lots.</summary>
    public const string LotsDivided = "tender.lots_divided";

    /// <summary>Every question that may be derived, with what it is derived from.</summary>
    public static FrozenDictionary<string, DerivedFrom> Questions { get; } =
        PowerClasses.All.Select(c => (Id: PowerClasses.QuestionId(c), From: DerivedFrom.Sites))
            .Append((Id: SiteCount, From: DerivedFrom.Sites))
            .Append((Id: LotsDivided, From: DerivedFrom.Lots))
            .ToFrozenDictionary(p => p.Id, p => p.From, StringComparer.Ordinal);

    /// <summary>The derived answers of an input, by question id; sites-derived ones only when sites are listed.</summary>
    public static IReadOnlyDictionary<string, AnswerValue> Of(TenderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal)
        {
            [LotsDivided] = new AnswerValue.Flag(input.Tender.Lots.IsDivided()),
        };
        if (input.Sites.Count == 0)
        {
            return answers;
        }

        var totals = SiteTotals.Of(input.Sites);
        answers[SiteCount] = new AnswerValue.Number(totals.Sites);
        foreach (var (powerClass, points) in totals.Points)
        {
            answers[PowerClasses.QuestionId(powerClass)] = new AnswerValue.Number(points);
        }

        return answers;
    }
}
