using System.Collections.Immutable;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The "Sites" sheet: one row per site entry of the sites annex, with the points per site of each
/// power class as numbers, so a bidder can price per site and add up in the spreadsheet. Only
/// written when the tender lists sites; with totals only the workbook keeps its two sheets,
/// because an empty sheet would only make a bidder look for a list that does not exist.
/// </summary>
internal static class SitesSheet
{
    /// <summary>The header row; the title lines sit above it.</summary>
    public const uint HeaderRow = 4;

    private const double TextWidth = 30;

    public static Worksheet Build(SheetWriter sheet, TenderPackage package, ScopeWords words, string tenderTitle, string referenceLine, string? reference)
    {
        var classes = Classes(package);
        var headers = words.SheetColumns;
        (string Header, double Width)[] columns =
        [
            (headers[0], 14),
            (headers[1], TextWidth),
            (headers[2], TextWidth),
            (headers[3], 20),
            (headers[4], 18),
            (headers[5], 10),
            (headers[6], 8),
            .. classes.Select(c => (string.Format(System.Globalization.CultureInfo.InvariantCulture, words.SheetClassColumn, DocumentTerms.Of(package.Language).Label(c)), 16d)),
            (headers[7], TextWidth),
            (headers[8], 12),
            (headers[9], 13),
        ];

        sheet.Text(sheet.Row(1), 1, $"{words.AnnexCaption}: {tenderTitle}", MatrixStyles.Title);
        sheet.Text(sheet.Row(2), 1, referenceLine, MatrixStyles.Default);
        sheet.Text(sheet.Row(3), 1, words.SheetIntro, MatrixStyles.Label);

        var header = sheet.Row(HeaderRow);
        header.Height = RowHeights.For(columns.Select(c => (c.Header, c.Width)));
        header.CustomHeight = true;
        for (var c = 0; c < columns.Length; c++)
        {
            sheet.Text(header, c + 1, columns[c].Header, MatrixStyles.Header);
        }

        var rowIndex = HeaderRow;
        foreach (var site in package.Sites)
        {
            var row = sheet.Row(++rowIndex);
            var column = 0;
            var place = SitesAnnex.Place(site);
            var points = SitesAnnex.Points(site, package.Language);
            sheet.Text(row, ++column, site.Id, MatrixStyles.Body);
            sheet.Text(row, ++column, site.Name, MatrixStyles.Body);
            sheet.Text(row, ++column, place, MatrixStyles.Body);
            sheet.Text(row, ++column, site.Type is null ? null : SitesAnnex.Label(package.Answers, "sites.site_types", site.Type), MatrixStyles.Body);
            sheet.Text(row, ++column, site.Access is null ? null : SitesAnnex.Label(package.Answers, "sites.access", site.Access), MatrixStyles.Body);
            sheet.Number(row, ++column, Math.Max(site.SiteCount, 0), MatrixStyles.Body);
            sheet.Text(row, ++column, site.Lot, MatrixStyles.Body);
            foreach (var powerClass in classes)
            {
                sheet.Number(row, ++column, PointsOf(site, powerClass), MatrixStyles.Body);
            }

            sheet.Text(row, ++column, points, MatrixStyles.Body);
            if (site.GridCapacityKva is { } kva)
            {
                sheet.Number(row, ++column, (double)kva, MatrixStyles.Body);
            }
            else
            {
                sheet.Blank(row, ++column, MatrixStyles.Body);
            }

            sheet.Text(row, ++column, site.Commissioning is { } date ? Core.Words.ValueText.Date(date, package.Language) : null, MatrixStyles.Body);
            row.Height = RowHeights.For([(site.Name, TextWidth), (place, TextWidth), (points, TextWidth)]);
            row.CustomHeight = true;
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            // Frozen below the header and right of the site id, like the compliance matrix.
            SheetLayout.FrozenBelowHeaderAndFirstColumn(HeaderRow),
            new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })),
            sheet.Data,
            SheetLayout.Protection(),
            new AutoFilter { Reference = TableRange(package).Replace("$", "", StringComparison.Ordinal) });
        worksheet.Append(SheetLayout.PrintLayout(landscape: true, reference, MatrixWords.For(package.Language).PageOfPages));
        return worksheet;
    }

    /// <summary>The header and data rows, for the autofilter's defined name and the print titles.</summary>
    public static string TableRange(TenderPackage package) =>
        $"$A${HeaderRow}:${SheetWriter.Column(ColumnCount(package))}${HeaderRow + (uint)package.Sites.Length}";

    private static int ColumnCount(TenderPackage package) => 10 + Classes(package).Length;

    private static ImmutableArray<PowerClass> Classes(TenderPackage package) =>
        [.. PowerClasses.All.Where(c => package.Sites.Any(s => s.PointGroups.Any(g => PowerClasses.Of(g.Current, g.RatedKw) == c)))];

    /// <summary>How many points of a class each site of the entry has.</summary>
    private static int PointsOf(Site site, PowerClass powerClass) =>
        site.PointGroups.Where(g => PowerClasses.Of(g.Current, g.RatedKw) == powerClass).Sum(g => Math.Max(g.Count, 0));
}
