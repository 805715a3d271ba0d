using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>What a paragraph carries besides its style; every field is optional.</summary>
internal readonly record struct ParagraphFormat(
    bool PageBreakBefore = false,
    bool KeepNext = false,
    int? NumberingId = null,
    W.JustificationValues? Justification = null,
    int? SpaceBefore = null,
    W.ParagraphBorders? Borders = null);

/// <summary>Builds paragraphs with their properties in the schema's order.</summary>
internal static class Paragraphs
{
    /// <summary>A paragraph in <paramref name="styleId"/> holding <paramref name="content"/>.</summary>
    public static W.Paragraph Create(string styleId, IEnumerable<OpenXmlElement> content, ParagraphFormat format = default)
    {
        var paragraph = new W.Paragraph();
        var properties = Properties(styleId, format);
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>An empty paragraph ending the page, for when no following paragraph can carry the break.</summary>
    public static W.Paragraph PageBreak() =>
        new(new W.Run(new W.Break { Type = W.BreakValues.Page }));

    // Order: pStyle, keepNext, pageBreakBefore, numPr, pBdr, spacing, jc (CT_PPrBase).
    private static W.ParagraphProperties Properties(string styleId, ParagraphFormat format)
    {
        var properties = new W.ParagraphProperties();
        if (styleId != StyleIds.Normal)
        {
            properties.Append(new W.ParagraphStyleId { Val = styleId });
        }

        if (format.KeepNext)
        {
            properties.Append(new W.KeepNext());
        }

        if (format.PageBreakBefore)
        {
            properties.Append(new W.PageBreakBefore());
        }

        if (format.NumberingId is { } numberingId)
        {
            properties.Append(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = numberingId }));
        }

        if (format.Borders is { } borders)
        {
            properties.Append(borders);
        }

        if (format.SpaceBefore is { } before)
        {
            properties.Append(new W.SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (format.Justification is { } justification)
        {
            properties.Append(new W.Justification { Val = justification });
        }

        return properties;
    }
}
