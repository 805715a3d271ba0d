using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>Protection, print settings and views the sheets share.</summary>
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
    /// <param name="landscape">Whether the page lies on its side.</param>
    /// <param name="reference">The tender reference, at the footer's left.</param>
    /// <param name="pageOfPages">"Page {0} of {1}" in the workbook's language, at the footer's right.</param>
    public static OpenXmlElement[] PrintLayout(bool landscape, string? reference, string pageOfPages) =>
    [
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0, // as many pages down as the rows need
        },
        new HeaderFooter(new OddFooter(Footer(reference, pageOfPages))),
    ];

    // "&" starts a code in header and footer text, so a literal one is doubled; the whole string
    // may not exceed 255 characters.
    private static string Footer(string? reference, string pageOfPages)
    {
        var text = CellText.Prepare(reference).ReplaceLineEndings(" ").Replace("\t", " ", StringComparison.Ordinal);
        if (text.Length > 100)
        {
            text = text[..(char.IsHighSurrogate(text[99]) ? 99 : 100)];
        }

        // The words' own "&" is doubled before the page codes go in.
        var pages = string.Format(System.Globalization.CultureInfo.InvariantCulture, pageOfPages.Replace("&", "&&", StringComparison.Ordinal), "&P", "&N");
        return $"&L{text.Replace("&", "&&", StringComparison.Ordinal)}&R{pages}";
    }

    /// <summary>
    /// The view of a sheet whose first column names the row (a requirement, a site): frozen below
    /// the header and right of that column, so both stay in view while scrolling.
    /// </summary>
    /// <param name="headerRow">The last header row.</param>
    /// <param name="activeCell">The cell the sheet opens on, if any.</param>
    /// <param name="tabSelected">Whether the workbook opens on this sheet.</param>
    public static SheetViews FrozenBelowHeaderAndFirstColumn(uint headerRow, string? activeCell = null, bool tabSelected = false)
    {
        var bottomRight = new Selection { Pane = PaneValues.BottomRight };
        if (activeCell is not null)
        {
            bottomRight.ActiveCell = activeCell;
            bottomRight.SequenceOfReferences = new ListValue<StringValue>([new StringValue(activeCell)]);
        }

        var view = new SheetView(
            new Pane
            {
                HorizontalSplit = 1,
                VerticalSplit = headerRow,
                TopLeftCell = SheetWriter.Reference(2, headerRow + 1),
                ActivePane = PaneValues.BottomRight,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.TopRight },
            new Selection { Pane = PaneValues.BottomLeft },
            bottomRight)
        { WorkbookViewId = 0 };
        if (tabSelected)
        {
            view.TabSelected = true;
        }

        return new SheetViews(view);
    }
}
