using TenderBuilder.Documents.Writers.Docx;

namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Cleans text before it is measured and drawn, with the same rules as the Word writer (line
/// endings and Word's pasted break characters become line breaks, other control characters go,
/// broken surrogates become U+FFFD), so both formats show the same words. A tab is drawn as a
/// space: the font has no glyph for it.
/// </summary>
internal static class PdfText
{
    public static string Clean(string? text) => XmlSafeText.Clean(text).Replace('\t', ' ');

    public static string CleanSingleLine(string? text) => XmlSafeText.CleanSingleLine(text);
}
