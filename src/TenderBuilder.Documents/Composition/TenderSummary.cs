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

    /// <summary>
    /// What the notice says the tender is about (BT-24): the total of points, then the scope
    /// section's own sentences — the model in plain words, the roll-out, the term, how the contractor
    /// is paid and the value — as the specification states them, without its tables. At most
    /// <paramref name="maxLength"/> characters, cut at a sentence.
    /// </summary>
    public static string DescribeScope(TenderPackage package, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(package);
        var blocks = new BlockBuilder();
        ScopeSection.Write(blocks, Core.Sites.TenderScope.Of(package), Core.Words.ScopeWords.For(package.Language), package.Language);
        var sentences = blocks.Build().OfType<Model.Paragraph>()
            .Where(p => p.Style != Model.ParagraphStyle.Small)
            .Select(p => string.Concat(p.Content.Select(i => i.PlainText)).Trim())
            .Where(text => text.Length > 0);
        var text = new System.Text.StringBuilder(Describe(package).Split(". ")[0].TrimEnd('.') + ".");
        foreach (var sentence in sentences)
        {
            if (text.Length + sentence.Length + 1 > maxLength)
            {
                break;
            }

            text.Append(' ').Append(sentence);
        }

        return text.ToString();
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
