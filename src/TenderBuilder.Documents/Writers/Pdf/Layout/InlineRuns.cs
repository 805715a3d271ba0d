using System.Collections.Immutable;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Turns inline content into styled runs: bold and italic on the base font, links in link colour
/// with their target. As in the Word writer, a link to an anchor no heading carries, or to a
/// scheme a reader should not follow from a tender (javascript:, file:), stays readable text.
/// </summary>
internal sealed class InlineRuns(IReadOnlyList<Heading> headings)
{
    private static readonly string[] _safeSchemes = [Uri.UriSchemeHttps, Uri.UriSchemeHttp, Uri.UriSchemeMailto];

    // A repeated anchor points at its first heading, as in HTML.
    private readonly Dictionary<string, int> _anchors = headings
        .Select((h, i) => (h.Anchor, Index: i))
        .Where(h => h.Anchor is not null)
        .GroupBy(h => h.Anchor, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);

    public IReadOnlyList<StyledRun> Of(ImmutableArray<Inline> inlines, FontSpec font, Rgb color)
    {
        if (inlines.IsDefault)
        {
            return [];
        }

        var runs = new List<StyledRun>(inlines.Length);
        foreach (var inline in inlines)
        {
            runs.Add(inline switch
            {
                TextRun text => new StyledRun(PdfText.Clean(text.Text), font.WithStyle(text.Bold, text.Italic), color),
                LineBreak => new StyledRun("\n", font, color),
                Link link => Link(link, font, color),
                _ => throw new NotSupportedException("Unknown inline " + inline.GetType().Name),
            });
        }

        return runs;
    }

    private StyledRun Link(Link link, FontSpec font, Rgb color)
    {
        var text = PdfText.Clean(link.Text);
        var target = Resolve(link.Target ?? string.Empty);
        return target is null ? new StyledRun(text, font, color) : new StyledRun(text, font, Theme.LinkColor, target);
    }

    private LinkTarget? Resolve(string target)
    {
        if (target.StartsWith('#'))
        {
            return _anchors.TryGetValue(target[1..], out var index) ? LinkTarget.ToHeading(index) : null;
        }

        return Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri) && _safeSchemes.Contains(uri.Scheme) ? LinkTarget.Web(uri) : null;
    }
}
