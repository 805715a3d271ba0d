namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Sizes, spacing and colours, chosen to match the Word writer's styles (dark blue headings,
/// grey secondary text, blue call-outs for information and orange for warnings) in a face with
/// wider glyphs, hence the slightly smaller body size.
/// </summary>
internal static class Theme
{
    public const double LineSpacing = 1.3;

    public static readonly Rgb Text = Rgb.FromHex(0x1A1A1A);
    public static readonly Rgb Accent = Rgb.FromHex(0x1F3864);
    public static readonly Rgb Muted = Rgb.FromHex(0x595959);
    public static readonly Rgb LinkColor = Rgb.FromHex(0x0563C1);
    public static readonly Rgb Border = Rgb.FromHex(0xA6A6A6);
    public static readonly Rgb HeaderFill = Rgb.FromHex(0xD9E2F3);
    public static readonly Rgb RuleColor = Rgb.FromHex(0xBFBFBF);

    public static readonly FontSpec Body = new(10);
    public static readonly FontSpec Small = new(8.5);
    public static readonly FontSpec TableText = new(9);
    public static readonly FontSpec Caption = new(9.5, Bold: true);
    public static readonly FontSpec CoverTitle = new(24, Bold: true);
    public static readonly FontSpec CoverSubtitle = new(15);
    public static readonly FontSpec Band = new(8);

    public const double ParagraphSpaceAfter = 6;
    public const double ListItemSpaceAfter = 2;
    public const double ListIndent = 6;
    public const double ListLabelGap = 6;

    public const double CellPaddingX = 4;
    public const double CellPaddingY = 3;
    public const double MinimumColumnWidth = 40;
    public const double BorderWidth = 0.5;

    public const double NotePaddingX = 10;
    public const double NotePaddingY = 6;
    public const double NoteRuleWidth = 3;

    /// <summary>Room kept at the right of a contents entry for its page number.</summary>
    public const double TocNumberWidth = 30;

    public static FontSpec Heading(int level) => level switch
    {
        1 => new FontSpec(15, Bold: true),
        2 => new FontSpec(12, Bold: true),
        _ => new FontSpec(10.5, Bold: true),
    };

    public static (double Before, double After) HeadingSpace(int level) => level switch
    {
        1 => (20, 8),
        2 => (14, 5),
        _ => (10, 4),
    };

    public static (Rgb Fill, Rgb Rule) Note(Model.NoteKind kind) => kind == Model.NoteKind.Warning
        ? (Rgb.FromHex(0xFDF0E6), Rgb.FromHex(0xC55A11))
        : (Rgb.FromHex(0xEAF1FB), Rgb.FromHex(0x2F5496));
}
