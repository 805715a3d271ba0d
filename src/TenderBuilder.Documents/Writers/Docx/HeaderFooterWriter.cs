using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Adds the running header (tender reference, or the tender title when there is none, and the
/// document title), the footer "Page X of Y" and empty ones for the cover page.
/// </summary>
internal static class HeaderFooterWriter
{
    /// <summary>Adds the parts and returns the references the section properties list.</summary>
    public static IReadOnlyList<OpenXmlElement> AddTo(MainDocumentPart mainPart, DocumentMetadata metadata)
    {
        var tender = string.IsNullOrWhiteSpace(metadata.Reference) ? metadata.TenderTitle : metadata.Reference;
        // The rule under the running header is on the paragraph, not the style: the cover's empty
        // header uses the same style and must not draw a line across the title page.
        var header = Paragraphs.Create(
            StyleIds.Header,
            [Runs.Text(XmlSafeText.CleanSingleLine(tender)), Runs.Tab(), Runs.Text(XmlSafeText.CleanSingleLine(metadata.Title))],
            new ParagraphFormat(Borders: new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 4, Color = "BFBFBF" })));

        var footer = Paragraphs.Create(
            StyleIds.Footer,
            PageOfPages(DocumentWords.For(metadata.Language).PageOfPages),
            new ParagraphFormat(Justification: W.JustificationValues.Center));

        return
        [
            HeaderReference(mainPart, W.HeaderFooterValues.Default, header),
            HeaderReference(mainPart, W.HeaderFooterValues.First, Paragraphs.Create(StyleIds.Header, [])),
            FooterReference(mainPart, W.HeaderFooterValues.Default, footer),
            FooterReference(mainPart, W.HeaderFooterValues.First, Paragraphs.Create(StyleIds.Footer, [])),
        ];
    }

    // "Page {0} of {1}": the words as text runs, {0} and {1} as Word's PAGE and NUMPAGES fields,
    // in whatever order the language puts them.
    private static OpenXmlElement[] PageOfPages(string format)
    {
        var runs = new List<OpenXmlElement>();
        var parts = System.Text.RegularExpressions.Regex.Split(format, @"(\{[01]\})");
        foreach (var part in parts)
        {
            switch (part)
            {
                case "{0}":
                    runs.AddRange(Runs.Field(" PAGE ", "1"));
                    break;
                case "{1}":
                    runs.AddRange(Runs.Field(" NUMPAGES ", "1"));
                    break;
                case "":
                    break;
                default:
                    runs.Add(Runs.Text(part));
                    break;
            }
        }

        return [.. runs];
    }

    private static W.HeaderReference HeaderReference(MainDocumentPart mainPart, W.HeaderFooterValues type, W.Paragraph paragraph)
    {
        var part = mainPart.AddNewPart<HeaderPart>();
        part.Header = new W.Header(paragraph);
        return new W.HeaderReference { Type = type, Id = mainPart.GetIdOfPart(part) };
    }

    private static W.FooterReference FooterReference(MainDocumentPart mainPart, W.HeaderFooterValues type, W.Paragraph paragraph)
    {
        var part = mainPart.AddNewPart<FooterPart>();
        part.Footer = new W.Footer(paragraph);
        return new W.FooterReference { Type = type, Id = mainPart.GetIdOfPart(part) };
    }
}
