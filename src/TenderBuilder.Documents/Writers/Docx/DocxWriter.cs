using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TenderBuilder.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Writes a <see cref="Document"/> as a Word (.docx) file: a cover page, a table of contents
/// Word can update, headings in the built-in Heading 1–3 styles with bookmarks, lists, tables in
/// Table Grid with repeating header rows, call-outs, a running header and "Page X of Y" footer,
/// and core properties. Styles carry Word's built-in ids, so a house template restyles the
/// document and the navigation pane works.
/// </summary>
public static class DocxWriter
{
    /// <summary>Writes <paramref name="document"/> and returns the .docx file's bytes.</summary>
    /// <param name="document">The document to write.</param>
    /// <returns>The bytes of a WordprocessingML package.</returns>
    public static byte[] Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        WritePackage(document, stream);
        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="document"/> as a .docx file to <paramref name="output"/>.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="output">A writable stream; it need not be seekable and is left open.</param>
    public static void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // The package is assembled in memory: packaging needs a seekable stream, and a failure
        // half-way must not leave a truncated file in the caller's stream.
        output.Write(Write(document));
    }

    private static void WritePackage(Document document, Stream stream)
    {
        var metadata = document.Metadata;
        var language = LanguageTag.Normalise(metadata.Language);
        var headings = document.Headings.ToList();
        var bookmarks = new HeadingBookmarks(headings);
        var numbering = new NumberingBuilder();

        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        package.CompressionOption = PackageCompression.Option;
        var mainPart = package.AddMainDocumentPart();
        mainPart.AddNewPart<StyleDefinitionsPart>().Styles = StylesPartBuilder.Build(language);
        mainPart.AddNewPart<DocumentSettingsPart>().Settings = PackagePartsWriter.Settings(language);
        mainPart.AddNewPart<FontTablePart>().Fonts = PackagePartsWriter.FontTable();

        var body = new W.Body();
        var inlines = new InlineWriter(mainPart, bookmarks);
        body.Append(new BodyWriter(inlines, bookmarks, numbering, headings).Write(document));
        body.Append(PageLayout.Section(HeaderFooterWriter.AddTo(mainPart, metadata)));
        mainPart.Document = new W.Document(body);

        // Written after the body, which is what adds the lists; always present because the
        // List Bullet and List Number styles refer to it.
        mainPart.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();

        PackagePartsWriter.CoreProperties(package.PackageProperties, metadata, language);
    }
}
