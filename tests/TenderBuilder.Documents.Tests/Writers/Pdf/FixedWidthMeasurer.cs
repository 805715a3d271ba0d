using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>
/// Every character is half an em wide, glyphs rise 0.8 em and drop 0.2 em: widths in tests can be
/// worked out by hand (10 pt text: 5 pt a character).
/// </summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public static readonly FixedWidthMeasurer Instance = new();

    public double Width(ReadOnlySpan<char> text, FontSpec font) => text.Length * font.Size / 2;

    public double Ascent(FontSpec font) => font.Size * 0.8;

    public double Descent(FontSpec font) => font.Size * 0.2;
}
