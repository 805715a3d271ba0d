using PdfSharp.Drawing;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// Measures text with the embedded font's own advance widths, exactly as PDFsharp draws it (it
/// applies no kerning, so a string is as wide as the sum of its characters). Widths are cached
/// per face and character at a reference size and scaled, which keeps measuring thousands of
/// table cells cheap; the cache is shared across documents and threads (a racing write stores
/// the same value).
/// </summary>
internal sealed class PdfSharpMeasurer : ITextMeasurer
{
    private const double ReferenceSize = 1000;

    private static readonly double[][] s_widths = [.. Enumerable.Range(0, 4).Select(_ => CreateCache())];
    private static readonly (double Ascent, double Descent)[] s_metrics = new (double, double)[4];
    private static readonly object s_gate = new();

    private readonly FontCache _fonts;
    private XGraphics? _context;

    public PdfSharpMeasurer(FontCache fonts)
    {
        _fonts = fonts;
        lock (s_gate)
        {
            for (var face = 0; face < 4; face++)
            {
                if (s_metrics[face] == default)
                {
                    var metrics = fonts.Get(new FontSpec(ReferenceSize, face >= 2, face % 2 == 1)).Metrics;
                    s_metrics[face] = ((double)metrics.Ascent / metrics.UnitsPerEm, (double)metrics.Descent / metrics.UnitsPerEm);
                }
            }
        }
    }

    public double Width(ReadOnlySpan<char> text, FontSpec font)
    {
        var cache = s_widths[Face(font)];
        var total = 0d;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                // Characters beyond the first plane are rare here; they are measured directly.
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                total += Measure(text.Slice(i, length).ToString(), font);
                i += length - 1;
                continue;
            }

            var width = cache[c];
            if (double.IsNaN(width))
            {
                width = Measure(c.ToString(), font);
                cache[c] = width;
            }

            total += width;
        }

        return total * font.Size / ReferenceSize;
    }

    public double Ascent(FontSpec font) => s_metrics[Face(font)].Ascent * font.Size;

    public double Descent(FontSpec font) => s_metrics[Face(font)].Descent * font.Size;

    private double Measure(string text, FontSpec font)
    {
        _context ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        return _context.MeasureString(text, _fonts.Get(font with { Size = ReferenceSize })).Width;
    }

    private static int Face(FontSpec font) => (font.Bold ? 2 : 0) + (font.Italic ? 1 : 0);

    private static double[] CreateCache()
    {
        var cache = new double[char.MaxValue + 1];
        Array.Fill(cache, double.NaN);
        return cache;
    }
}
