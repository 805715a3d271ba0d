using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>Protection and print settings both sheets share.</summary>
internal static class SheetLayout
{
    /// <summary>
    /// Locks everything but the cells formatted as unlocked (the bidder's answer columns), so a
    /// requirement cannot be edited by accident. No password: this guards against slips, not
    /// against a determined bidder, whose answers are checked against the published documents
    /// anyway. Filtering and resizing rows and columns stay allowed.
    /// </summary>
    public static SheetProtection Protection() => new()
    {
        Sheet = true,
        Objects = true,
        Scenarios = true,
        AutoFilter = false,
        FormatColumns = false,
        FormatRows = false,
    };

    /// <summary>A4, one page wide, with the tender reference and "Page X of Y" in the footer.</summary>
    public static OpenXmlElement[] PrintLayout(bool landscape, string? reference) =>
    [
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0, // as many pages down as the rows need
        },
        new HeaderFooter(new OddFooter(Footer(reference))),
    ];

    // "&" starts a code in header and footer text, so a literal one is doubled; the whole string
    // may not exceed 255 characters.
    private static string Footer(string? reference)
    {
        var text = CellText.Prepare(reference).ReplaceLineEndings(" ").Replace("\t", " ", StringComparison.Ordinal);
        if (text.Length > 100)
        {
            text = text[..(char.IsHighSurrogate(text[99]) ? 99 : 100)];
        }

        return $"&L{text.Replace("&", "&&", StringComparison.Ordinal)}&RPage &P of &N";
    }
}
