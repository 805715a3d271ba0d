using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// The one-paragraph description of a tender that open data and the EU notice carry, in the
/// documents' language: what is bought, how many charging points, how many requirements.
/// </summary>
public static class TenderSummary
{
    /// <summary>The charging points the answers count, over every power class.</summary>
    public static decimal Points(TenderPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return package.Answers.All.Where(a => a.Question.Id.StartsWith("sites.points_", StringComparison.Ordinal))
            .Sum(a => (a.Active as Core.Answers.AnswerValue.Number)?.Value ?? 0);
    }

    /// <summary>"Public tender for electric-vehicle charging infrastructure: 1,824 charging points. …"</summary>
    public static string Describe(TenderPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var words = Words.PackageWords.For(package.Language);
        var culture = Words.DocumentTerms.Culture(package.Language);
        return (package.Framing.RequiresEstimatedValue ? words.OcdsPublicTender : words.OcdsPermitCall) +
               string.Format(
                   culture,
                   words.OcdsDescription,
                   Points(package).ToString("0", culture),
                   package.For(Deliverable.Specification).Count(),
                   package.For(Deliverable.Contract).Count());
    }
}
