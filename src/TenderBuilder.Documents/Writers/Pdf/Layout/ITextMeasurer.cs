namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Measures text for the layout layer. The layout never touches the drawing library itself, so
/// line breaking and pagination can be tested with a fixed-width fake and run without a PDF.
/// </summary>
internal interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/> in points, as the renderer will draw it.</summary>
    double Width(ReadOnlySpan<char> text, FontSpec font);

    /// <summary>How far glyphs rise above the baseline, in points.</summary>
    double Ascent(FontSpec font);

    /// <summary>How far glyphs drop below the baseline, in points (positive).</summary>
    double Descent(FontSpec font);
}
