namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// The page: A4 portrait with 2.5 cm margins, as the Word writer uses, in points (1/72 inch) with
/// y growing downwards. The running header and footer sit in bands inside the top and bottom
/// margins, 1.25 cm from the paper's edge, so they never take room from the text.
/// </summary>
internal sealed record PageGeometry(double Width, double Height, double Margin, double BandDistance)
{
    private const double PointsPerCentimetre = 72 / 2.54;

    public static PageGeometry A4 { get; } = new(595.28, 841.89, 2.5 * PointsPerCentimetre, 1.25 * PointsPerCentimetre);

    public double Left => Margin;

    public double Right => Width - Margin;

    public double Top => Margin;

    public double Bottom => Height - Margin;

    public double TextWidth => Right - Left;

    public double TextHeight => Bottom - Top;

    /// <summary>Where the header band starts (from the top edge) and the footer band ends (from the top edge).</summary>
    public double HeaderTop => BandDistance;

    public double FooterBottom => Height - BandDistance;
}
