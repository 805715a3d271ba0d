namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>A face of the one embedded family (regular, bold, italic, bold italic) at a size in points.</summary>
internal readonly record struct FontSpec(double Size, bool Bold = false, bool Italic = false)
{
    public FontSpec WithStyle(bool bold, bool italic) => this with { Bold = Bold || bold, Italic = Italic || italic };
}

/// <summary>An sRGB colour; the layout layer names colours without knowing the drawing library.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb FromHex(int hex) => new((byte)(hex >> 16), (byte)(hex >> 8), (byte)hex);
}
