using DocumentFormat.OpenXml;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Writes the cover page: the document title, the tender, who issues it, its reference, date and
/// the catalogue version the clauses come from. The first block after it starts a new page.
/// </summary>
internal static class CoverWriter
{
    // Drops the title about a third down the page, where a cover title sits.
    private const int TitleSpaceBefore = 3600;

    public static IEnumerable<W.Paragraph> Write(DocumentMetadata metadata)
    {
        var words = DocumentWords.For(metadata.Language);
        yield return Paragraphs.Create(StyleIds.Title, [Runs.Text(metadata.Title)], new ParagraphFormat(SpaceBefore: TitleSpaceBefore));
        yield return Paragraphs.Create(StyleIds.Subtitle, [Runs.Text(metadata.TenderTitle)]);

        if (!string.IsNullOrWhiteSpace(metadata.Authority))
        {
            yield return Line(words.CoverAuthority, metadata.Authority);
        }

        if (!string.IsNullOrWhiteSpace(metadata.Reference))
        {
            yield return Line(words.CoverReference, metadata.Reference);
        }

        // ISO 8601: unambiguous in every EU language.
        yield return Line(words.CoverDate, Core.Words.ValueText.Date(metadata.Date, metadata.Language));
        yield return Line(words.CoverCatalogue, metadata.CatalogVersion);
    }

    private static W.Paragraph Line(string label, string value) =>
        Paragraphs.Create(StyleIds.Normal, new OpenXmlElement[] { Runs.Text(label + ": ", new RunFormat(Bold: true)), Runs.Text(value) });
}
