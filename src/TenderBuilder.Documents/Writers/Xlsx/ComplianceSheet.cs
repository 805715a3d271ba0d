using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The "Compliance matrix" sheet: a short heading, then one row per requirement with the
/// bidder's answer columns G–I. The header stays in view while scrolling, the table has a filter,
/// and only the answer columns can be edited.
/// </summary>
internal static class ComplianceSheet
{
    /// <summary>The header row; the title lines sit above it.</summary>
    public const uint HeaderRow = 4;

    private const int ComplianceColumn = 7;
    private const int LastColumn = 9;

    // The widths of columns A–I; their headers are the table's MatrixColumns, in the same order.
    private static readonly double[] s_widths = [10, 22, 32, 28, 70, 45, 18, 28, 36];

    /// <summary>The header and data rows, for the autofilter and the print titles.</summary>
    public static string TableRange(int rowCount) =>
        $"$A${HeaderRow}:${SheetWriter.Column(LastColumn)}${HeaderRow + (uint)rowCount}";

    /// <summary>The sheet in <paramref name="words"/> of <paramref name="language"/> (English when null).</summary>
    public static Worksheet Build(SheetWriter sheet, IReadOnlyList<MatrixRow> rows, LegalRegime regime, string tenderTitle, string referenceLine, string? reference, bool withPriceSchedule = false, MatrixWords? words = null, string language = TenderBuilder.Core.Input.DocumentLanguages.English)
    {
        words ??= MatrixWords.English;
        var columns = words.MatrixColumns.Zip(s_widths, (header, width) => (Header: header, Width: width)).ToArray();
        sheet.Text(sheet.Row(1), 1, Format(words.MatrixTitle, tenderTitle), MatrixStyles.Title);
        sheet.Text(sheet.Row(2), 1, referenceLine, MatrixStyles.Default);
        sheet.Text(sheet.Row(3), 1,
            Format(words.FillIn, Quoted(words.Complies), Quoted(words.DoesNotComply), Quoted(words.Partially)) +
            FramedText.Render(words.FillInEvidence, regime, language) +
            (!withPriceSchedule ? ""
                : regime == LegalRegime.Concession ? Format(words.FillInConcessionPrices, words.PriceSheet)
                : Format(words.FillInPrices, words.PriceSheet)),
            MatrixStyles.Label);

        var header = sheet.Row(HeaderRow);
        header.Height = RowHeights.For(columns.Select(c => (c.Header, c.Width)));
        header.CustomHeight = true;
        for (var c = 0; c < columns.Length; c++)
        {
            sheet.Text(header, c + 1, columns[c].Header, MatrixStyles.Header);
        }

        var rowIndex = HeaderRow;
        foreach (var requirement in rows)
        {
            var row = sheet.Row(++rowIndex);
            sheet.Text(row, 1, requirement.Number, MatrixStyles.Body);
            sheet.Text(row, 2, requirement.KindLabel, MatrixStyles.Body);
            sheet.Text(row, 3, requirement.Title, MatrixStyles.Body);
            sheet.Text(row, 4, requirement.AppliesTo, MatrixStyles.Body);
            sheet.Text(row, 5, requirement.Text, MatrixStyles.Body);
            sheet.Text(row, 6, requirement.Verification, MatrixStyles.Body);
            for (var c = ComplianceColumn; c <= LastColumn; c++)
            {
                sheet.Blank(row, c, MatrixStyles.Input);
            }

            row.Height = RowHeights.For([
                (requirement.KindLabel, s_widths[1]),
                (requirement.Title, s_widths[2]),
                (requirement.AppliesTo, s_widths[3]),
                (requirement.Text, s_widths[4]),
                (requirement.Verification, s_widths[5])]);
            row.CustomHeight = true;
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            SheetLayout.FrozenBelowHeaderAndFirstColumn(HeaderRow, SheetWriter.Reference(ComplianceColumn, HeaderRow + 1), tabSelected: true),
            Columns(),
            sheet.Data,
            SheetLayout.Protection(),
            new AutoFilter { Reference = TableRange(rows.Count).Replace("$", "", StringComparison.Ordinal) });
        if (Validations(rows, words) is { } validations)
        {
            worksheet.Append(validations);
        }

        worksheet.Append(SheetLayout.PrintLayout(landscape: true, reference, words.PageOfPages));
        return worksheet;
    }

    /// <summary>An answer as the instructions quote it.</summary>
    internal static string Quoted(string answer) => $"\"{answer}\"";

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    // Frozen below the header and right of the number, so a row's number and the column titles
    // stay in view however far the bidder scrolls.
    private static Columns Columns() =>
        new(s_widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true }));

    /// <summary>
    /// Two drop-down lists on column G: pass/fail for requirements and selection criteria, and one
    /// with "Partially" for award criteria, which are scored rather than passed.
    /// </summary>
    private static DataValidations? Validations(IReadOnlyList<MatrixRow> rows, MatrixWords words)
    {
        var lists = new[]
        {
            (Partial: false, Items: new[] { words.Complies, words.DoesNotComply }),
            (Partial: true, Items: new[] { words.Complies, words.Partially, words.DoesNotComply }),
        };

        var validations = new DataValidations();
        foreach (var (partial, items) in lists)
        {
            var ranges = Ranges(rows, partial);
            if (ranges.Count == 0)
            {
                continue;
            }

            var choices = string.Join(", ", items.Select(i => $"\"{i}\""));
            validations.Append(new DataValidation(new Formula1($"\"{string.Join(',', items)}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowInputMessage = true,
                ShowErrorMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Stop,
                PromptTitle = words.CompliancePromptTitle,
                Prompt = Format(words.CompliancePrompt, choices),
                ErrorTitle = words.CompliancePromptTitle,
                Error = Format(words.ComplianceError, choices),
                SequenceOfReferences = new ListValue<StringValue>(ranges.Select(r => new StringValue(r))),
            });
        }

        validations.Count = (uint)validations.ChildElements.Count;
        return validations.Count > 0 ? validations : null;
    }

    // Consecutive rows of the same list collapse into one range, e.g. "G5:G40 G45:G52".
    private static List<string> Ranges(IReadOnlyList<MatrixRow> rows, bool partial)
    {
        var ranges = new List<string>();
        var column = SheetWriter.Column(ComplianceColumn);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].AllowsPartial != partial)
            {
                continue;
            }

            var start = i;
            while (i + 1 < rows.Count && rows[i + 1].AllowsPartial == partial)
            {
                i++;
            }

            var first = HeaderRow + 1 + (uint)start;
            var last = HeaderRow + 1 + (uint)i;
            ranges.Add(first == last
                ? string.Create(CultureInfo.InvariantCulture, $"{column}{first}")
                : string.Create(CultureInfo.InvariantCulture, $"{column}{first}:{column}{last}"));
        }

        return ranges;
    }
}
