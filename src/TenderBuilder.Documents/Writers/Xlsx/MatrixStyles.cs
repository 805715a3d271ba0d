using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The workbook's cell formats. Cells refer to a format by its position in the list, so the
/// positions are named here and the list is built in the same order.
/// </summary>
internal static class MatrixStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Body = 3;

    /// <summary>The bidder's columns: a light fill says "yours to fill in", and they stay unlocked.</summary>
    public const uint Input = 4;
    public const uint Percent = 5;
    public const uint TotalLabel = 6;
    public const uint TotalPercent = 7;
    public const uint Label = 8;
    public const uint Paragraph = 9;

    /// <summary>A count given by the authority, with thousands separators.</summary>
    public const uint Count = 10;

    /// <summary>A price the bidder enters: unlocked like <see cref="Input"/>, shown with two decimals.</summary>
    public const uint InputMoney = 11;

    /// <summary>An amount the sheet calculates, with two decimals.</summary>
    public const uint Money = 12;

    /// <summary>A total amount, bold, with two decimals.</summary>
    public const uint TotalMoney = 13;

    private const uint PercentFormatId = 164; // the first id free for custom formats

    // Built-in formats every spreadsheet program knows, so they need no entry of their own.
    private const uint ThousandsFormatId = 3; // #,##0
    private const uint MoneyFormatId = 4; // #,##0.00

    private const uint RegularFont = 0;
    private const uint BoldFont = 1;
    private const uint TitleFont = 2;

    private const uint HeaderFill = 2;
    private const uint InputFill = 3;

    private const uint NoBorder = 0;
    private const uint ThinBorder = 1;

    /// <summary>The stylesheet, with weights shown to <paramref name="weightDecimals"/> decimals.</summary>
    public static Stylesheet Build(int weightDecimals)
    {
        var percent = weightDecimals > 0 ? "0." + new string('0', weightDecimals) + "%" : "0%";
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = percent }) { Count = 1 },
            new Fonts(
                Font(11, bold: false),
                Font(11, bold: true),
                Font(14, bold: true))
            { Count = 3 },
            new Fills(
                // Positions 0 and 1 are reserved by the format: Excel expects exactly these two there.
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9E1F2"),
                Solid("FFFFF2CC"))
            { Count = 4 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(RegularFont, 0, NoBorder),
                Format(TitleFont, 0, NoBorder),
                Format(BoldFont, HeaderFill, ThinBorder, wrap: true),
                Format(RegularFont, 0, ThinBorder, wrap: true),
                Format(RegularFont, InputFill, ThinBorder, wrap: true, locked: false),
                Format(RegularFont, 0, ThinBorder, numberFormat: PercentFormatId),
                Format(BoldFont, 0, ThinBorder),
                Format(BoldFont, 0, ThinBorder, numberFormat: PercentFormatId),
                Format(BoldFont, 0, NoBorder),
                Format(RegularFont, 0, NoBorder, wrap: true),
                Format(RegularFont, 0, ThinBorder, numberFormat: ThousandsFormatId),
                Format(RegularFont, InputFill, ThinBorder, locked: false, numberFormat: MoneyFormatId),
                Format(RegularFont, 0, ThinBorder, numberFormat: MoneyFormatId),
                Format(BoldFont, 0, ThinBorder, numberFormat: MoneyFormatId))
            { Count = 14 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string argb) => new(new PatternFill(
        new ForegroundColor { Rgb = argb },
        new BackgroundColor { Indexed = 64 })
    { PatternType = PatternValues.Solid });

    private static T Thin<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    private static CellFormat Format(uint font, uint fill, uint border, bool wrap = false, bool locked = true, uint numberFormat = 0)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != RegularFont ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyBorder = border != NoBorder ? true : null,
        };

        if (wrap || border != NoBorder)
        {
            // Long clause text reads top-down in a fixed-width column instead of running off to
            // the right; every table cell starts at the top so a row reads across in one line.
            format.Append(new Alignment { WrapText = wrap ? true : null, Vertical = VerticalAlignmentValues.Top });
            format.ApplyAlignment = true;
        }

        if (!locked)
        {
            format.Append(new Protection { Locked = false });
            format.ApplyProtection = true;
        }

        return format;
    }
}
