using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// The page every TenderBuilder Word document uses: A4 portrait with 2.5 cm margins, the EU
/// default paper and the margins of most authorities' house templates. Lengths are in twips
/// (1/1440 inch, 567 per centimetre).
/// </summary>
internal static class PageLayout
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int Margin = 1417;
    public const int HeaderFooterDistance = 709;

    /// <summary>The width between the margins: tables, tab stops and column widths are sized from it.</summary>
    public const int TextWidth = PageWidth - (2 * Margin);

    /// <summary>
    /// The one section's properties. The cover page is a title page, so it shows the empty
    /// first-page header and footer instead of the running ones.
    /// </summary>
    public static W.SectionProperties Section(IEnumerable<OpenXmlElement> headerAndFooterReferences)
    {
        var section = new W.SectionProperties();
        section.Append(headerAndFooterReferences);
        section.Append(
            new W.PageSize { Width = PageWidth, Height = PageHeight },
            new W.PageMargin
            {
                Top = Margin,
                Right = Margin,
                Bottom = Margin,
                Left = Margin,
                Header = HeaderFooterDistance,
                Footer = HeaderFooterDistance,
                Gutter = 0,
            },
            new W.Columns { Space = HeaderFooterDistance.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new W.TitlePage(),
            new W.DocGrid { LinePitch = 360 });
        return section;
    }
}
