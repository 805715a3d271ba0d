using System.Globalization;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// An award criterion and its weight. <see cref="Percent"/> is the weight in percentage points
/// (30 for 30 %) when it is set; an officer's own award criterion has no weight parameter, and a
/// weight may still be unset in a draft, in which case only <see cref="Rendered"/> has something to show.
/// </summary>
internal sealed record AwardWeight(string Number, string Title, decimal? Percent, string Rendered)
{
    public static IReadOnlyList<AwardWeight> For(TenderPackage package, ClauseNumbers numbers) =>
    [
        .. package.For(Deliverable.Criteria)
            .Where(c => c.Kind == ClauseKind.AwardCriterion)
            .Select(c => c.Parameters.FirstOrDefault(p => p.Name == "weight") is { } weight
                ? new AwardWeight(numbers[c.Id], c.Title, (weight.Value as AnswerValue.Number)?.Value, weight.Rendered)
                : new AwardWeight(numbers[c.Id], c.Title, null, "")),
    ];

    /// <summary>The sum of the weights, when every criterion has one; otherwise there is no meaningful total.</summary>
    public static decimal? Total(IReadOnlyList<AwardWeight> weights) =>
        weights.Count > 0 && weights.All(w => w.Percent is not null) ? weights.Sum(w => w.Percent!.Value) : null;

    /// <summary>Decimals the percentage format needs so that 12.5 % does not show as 13 % (at most four).</summary>
    public static int Decimals(IEnumerable<AwardWeight> weights) =>
        weights.Where(w => w.Percent is not null)
            .Select(w => w.Percent!.Value.ToString("0.####", CultureInfo.InvariantCulture))
            .Select(s => s.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? s.Length - dot - 1 : 0)
            .DefaultIfEmpty(0)
            .Max();
}
