using PdfSharp.Pdf;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Pdf.Layout;
using TenderBuilder.Documents.Writers.Pdf.Rendering;

namespace TenderBuilder.Documents.Writers.Pdf;

/// <summary>
/// Writes a <see cref="Document"/> as a tagged PDF that says what the Word document says: a
/// cover (title, tender, authority, reference, date, catalogue version), a clickable table of
/// contents with page numbers, headings, paragraphs with bold, italic and links, lists, tables
/// with header rows repeated on every page, shaded call-outs, a running header with the
/// reference and title, a "Page X of Y" footer, bookmarks mirroring the headings, document
/// properties and language. A4, with the fonts embedded, so the file reads the same on a machine
/// that lacks them.
/// </summary>
public static class PdfWriter
{
    /// <summary>Writes <paramref name="document"/> and returns the PDF file's bytes.</summary>
    /// <param name="document">The document to write.</param>
    /// <returns>The bytes of a PDF 1.7 file.</returns>
    public static byte[] Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        WritePdf(document, stream);

        // PDFsharp's own compression leaves every stream without its zlib checksum; ours is complete (ADR 0026).
        return FlateStreams.Compress(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>Writes <paramref name="document"/> as a PDF file to <paramref name="output"/>.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="output">A writable stream; it need not be seekable and is left open.</param>
    public static void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // Assembled in memory first, so a failure half-way leaves nothing truncated in the caller's stream.
        output.Write(Write(document));
    }

    private static void WritePdf(Document document, Stream stream)
    {
        EmbeddedFonts.EnsureRegistered();
        var fonts = new FontCache();
        var geometry = PageGeometry.A4;
        var layout = DocumentLayout.LayOut(document, new PdfSharpMeasurer(fonts), geometry);

        using var pdf = new PdfDocument();
        // Saved uncompressed: FlateStreams compresses every stream afterwards (see Write).
        pdf.Options.CompressContentStreams = false;
        pdf.Options.NoCompression = true;
        new PageRenderer(pdf, fonts, geometry, layout).Render();
        OutlineWriter.Write(pdf, layout.Headings, geometry);
        MetadataWriter.Write(pdf, document.Metadata);
        pdf.Save(stream, closeStream: false);
    }
}
