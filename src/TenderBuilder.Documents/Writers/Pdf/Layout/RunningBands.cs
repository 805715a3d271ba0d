using System.Globalization;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Adds the running header (tender reference, or the tender title when there is none, at the
/// left; the document title at the right; a thin rule under them) and the footer "Page X of Y"
/// to every page but the cover, once the page count is known. They sit in the bands outside the
/// text area and are artifacts, so a screen reader does not read them on every page. Text too
/// long for its half of the band is shortened with an ellipsis rather than run into the other.
/// </summary>
internal sealed class RunningBands(PageGeometry page, ITextMeasurer measurer)
{
    private const string Ellipsis = "\u2026";
    private const double Gutter = 18;

    public void AddTo(LaidOutDocument document, DocumentMetadata metadata)
    {
        var tender = PdfText.CleanSingleLine(string.IsNullOrWhiteSpace(metadata.Reference) ? metadata.TenderTitle : metadata.Reference);
        var title = PdfText.CleanSingleLine(metadata.Title);
        var font = Theme.Band;
        var half = (page.TextWidth - Gutter) / 2;

        // The title may take more than half when the reference is short, and the other way round.
        var titleRoom = Math.Max(half, page.TextWidth - Gutter - measurer.Width(tender, font));
        var right = Fit(title, font, titleRoom);
        var rightWidth = measurer.Width(right, font);
        var left = Fit(tender, font, page.TextWidth - Gutter - rightWidth);

        var baseline = page.HeaderTop + measurer.Ascent(font);
        var ruleY = baseline + measurer.Descent(font) + 3;
        var footerBaseline = page.FooterBottom - measurer.Descent(font);
        var total = document.Pages.Count.ToString(CultureInfo.InvariantCulture);
        var pageOfPages = Words.DocumentWords.For(metadata.Language).PageOfPages;
        foreach (var laidOut in document.Pages.Skip(1))
        {
            var footer = string.Format(CultureInfo.InvariantCulture, pageOfPages, laidOut.Number.ToString(CultureInfo.InvariantCulture), total);
            var footerWidth = measurer.Width(footer, font);
            laidOut.Ops.InsertRange(0,
            [
                new TextOp(page.Left, baseline, left, measurer.Width(left, font), font, Theme.Muted, Artifact: true),
                new TextOp(page.Right - rightWidth, baseline, right, rightWidth, font, Theme.Muted, Artifact: true),
                new LineOp(page.Left, ruleY, page.Right, ruleY, Theme.RuleColor, 0.5),
                new TextOp(page.Left + ((page.TextWidth - footerWidth) / 2), footerBaseline, footer, footerWidth, font, Theme.Muted, Artifact: true),
            ]);
        }
    }

    /// <summary><paramref name="text"/>, or as much of it as fits in <paramref name="width"/> followed by an ellipsis.</summary>
    internal string Fit(string text, FontSpec font, double width)
    {
        if (measurer.Width(text, font) <= width)
        {
            return text;
        }

        var room = width - measurer.Width(Ellipsis, font);
        var length = 0;
        var used = 0d;
        while (length < text.Length)
        {
            var step = char.IsHighSurrogate(text[length]) && length + 1 < text.Length ? 2 : 1;
            var next = measurer.Width(text.AsSpan(length, step), font);
            if (used + next > room)
            {
                break;
            }

            used += next;
            length += step;
        }

        return text[..length].TrimEnd() + Ellipsis;
    }
}
