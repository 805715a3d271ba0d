using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The "Award scoring" sheet: each award criterion with its weight as a percentage number, the
/// total, and how the scores add up. It repeats the criteria document so a bidder working in
/// the spreadsheet sees what each answer is worth.
/// </summary>
internal static class ScoringSheet
{
    public const uint HeaderRow = 4;

    private const double CriterionWidth = 70;

    /// <summary>The sheet in <paramref name="words"/> (English when null).</summary>
    public static Worksheet Build(SheetWriter sheet, IReadOnlyList<AwardWeight> weights, string tenderTitle, string referenceLine, string? reference, MatrixWords? words = null)
    {
        words ??= MatrixWords.English;
        sheet.Text(sheet.Row(1), 1, string.Format(System.Globalization.CultureInfo.InvariantCulture, words.ScoringTitle, tenderTitle), MatrixStyles.Title);
        sheet.Text(sheet.Row(2), 1, referenceLine, MatrixStyles.Default);

        var rowIndex = HeaderRow;
        var explanation = new List<string>();
        if (weights.Count == 0)
        {
            explanation.Add(words.NoAwardCriteria);
        }
        else
        {
            var header = sheet.Row(HeaderRow);
            sheet.Text(header, 1, words.ScoringColumns[0], MatrixStyles.Header);
            sheet.Text(header, 2, words.ScoringColumns[1], MatrixStyles.Header);
            sheet.Text(header, 3, words.ScoringColumns[2], MatrixStyles.Header);

            foreach (var weight in weights)
            {
                var row = sheet.Row(++rowIndex);
                sheet.Text(row, 1, weight.Number, MatrixStyles.Body);
                sheet.Text(row, 2, weight.Title, MatrixStyles.Body);
                row.Height = RowHeights.For([(weight.Title, CriterionWidth)]);
                row.CustomHeight = true;
                if (weight.Percent is { } percent)
                {
                    // A fraction in a percentage format: Excel's own way, so a bidder can multiply by it.
                    sheet.Number(row, 3, (double)(percent / 100m), MatrixStyles.Percent);
                }
                else
                {
                    sheet.Text(row, 3, weight.Rendered, MatrixStyles.Body);
                }
            }

            // The total is a value, not a SUM: the sheet states the tender's weights, it is not a
            // calculator, and a file without formulas is one less thing to trust.
            var totalRow = sheet.Row(++rowIndex);
            sheet.Blank(totalRow, 1, MatrixStyles.TotalLabel);
            sheet.Text(totalRow, 2, words.Total, MatrixStyles.TotalLabel);
            if (AwardWeight.Total(weights) is { } total)
            {
                sheet.Number(totalRow, 3, (double)(total / 100m), MatrixStyles.TotalPercent);
            }
            else
            {
                sheet.Blank(totalRow, 3, MatrixStyles.TotalPercent);
            }

            explanation.Add(words.ScoringHow);
            explanation.Add(words.ScoringSum);
            explanation.Add(string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                words.ScoringAnswer,
                ComplianceSheet.Quoted(words.Complies),
                ComplianceSheet.Quoted(words.Partially),
                ComplianceSheet.Quoted(words.DoesNotComply)));
        }

        rowIndex += 2;
        sheet.Text(sheet.Row(rowIndex), 2, words.ScoringHeading, MatrixStyles.Label);
        foreach (var paragraph in explanation)
        {
            var row = sheet.Row(++rowIndex);
            sheet.Text(row, 2, paragraph, MatrixStyles.Paragraph);
            row.Height = RowHeights.For([(paragraph, CriterionWidth)]);
            row.CustomHeight = true;
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0 }),
            new Columns(
                new Column { Min = 1, Max = 1, Width = 10, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = CriterionWidth, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 14, CustomWidth = true }),
            sheet.Data,
            SheetLayout.Protection());
        worksheet.Append(SheetLayout.PrintLayout(landscape: false, reference, words.PageOfPages));
        return worksheet;
    }
}
