using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// The XFont for each face and size, created once per document. Unicode encoding is essential:
/// with PDFsharp's default, characters outside Windows-1252 (≥ → Ł ő ř) are silently dropped.
/// </summary>
internal sealed class FontCache
{
    private static readonly XPdfFontOptions s_options = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<FontSpec, XFont> _fonts = [];

    public XFont Get(FontSpec font)
    {
        if (!_fonts.TryGetValue(font, out var xfont))
        {
            var style = (font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (font.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
            xfont = new XFont(EmbeddedFonts.Family, font.Size, style, s_options);
            _fonts[font] = xfont;
        }

        return xfont;
    }
}
