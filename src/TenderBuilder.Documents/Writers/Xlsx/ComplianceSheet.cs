using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The "Compliance matrix" sheet: a short heading, then one row per requirement with the
/// bidder's answer columns G–I. The header stays in view while scrolling, the table has a filter,
/// and only the answer columns can be edited.
/// </summary>
internal static class ComplianceSheet
{
    public const string Name = "Compliance matrix";

    /// <summary>The header row; the title lines sit above it.</summary>
    public const uint HeaderRow = 4;

    public const string Complies = "Complies";
    public const string Partially = "Partially";
    public const string DoesNotComply = "Does not comply";

    private const int ComplianceColumn = 7;
    private const int LastColumn = 9;

    private static readonly (string Header, double Width)[] s_columns =
    [
        ("No.", 10),
        ("Kind", 22),
        ("Requirement", 32),
        ("Applies to", 28),
        ("Requirement text", 70),
        ("Verification", 45),
        ("Compliance", 18),
        ("Evidence reference", 28),
        ("Comment", 36),
    ];

    /// <summary>The header and data rows, for the autofilter and the print titles.</summary>
    public static string TableRange(int rowCount) =>
        $"$A${HeaderRow}:${SheetWriter.Column(LastColumn)}${HeaderRow + (uint)rowCount}";

    public static Worksheet Build(SheetWriter sheet, IReadOnlyList<MatrixRow> rows, LegalRegime regime, string tenderTitle, string referenceLine, string? reference, bool withPriceSchedule = false)
    {
        sheet.Text(sheet.Row(1), 1, $"Compliance matrix: {tenderTitle}", MatrixStyles.Title);
        sheet.Text(sheet.Row(2), 1, referenceLine, MatrixStyles.Default);
        sheet.Text(sheet.Row(3), 1,
            $"Fill in columns G–I for every row: in G choose \"{Complies}\" or \"{DoesNotComply}\" (for award criteria also \"{Partially}\"), " +
            FramedText.Render("in H give the document and page of your {tender} that shows it, and use I for any comment.", regime, TenderBuilder.Core.Input.DocumentLanguages.English) +
            (!withPriceSchedule ? ""
                : regime == LegalRegime.Concession ? $" Give your offer (what the award criteria score) and your unit prices in the \"{PriceScheduleSheet.Name}\" sheet."
                : $" Give your prices in the \"{PriceScheduleSheet.Name}\" sheet."),
            MatrixStyles.Label);

        var header = sheet.Row(HeaderRow);
        header.Height = RowHeights.For(s_columns.Select(c => (c.Header, c.Width)));
        header.CustomHeight = true;
        for (var c = 0; c < s_columns.Length; c++)
        {
            sheet.Text(header, c + 1, s_columns[c].Header, MatrixStyles.Header);
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
                (requirement.KindLabel, s_columns[1].Width),
                (requirement.Title, s_columns[2].Width),
                (requirement.AppliesTo, s_columns[3].Width),
                (requirement.Text, s_columns[4].Width),
                (requirement.Verification, s_columns[5].Width)]);
            row.CustomHeight = true;
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            SheetLayout.FrozenBelowHeaderAndFirstColumn(HeaderRow, SheetWriter.Reference(ComplianceColumn, HeaderRow + 1), tabSelected: true),
            Columns(),
            sheet.Data,
            SheetLayout.Protection(),
            new AutoFilter { Reference = TableRange(rows.Count).Replace("$", "", StringComparison.Ordinal) });
        if (Validations(rows) is { } validations)
        {
            worksheet.Append(validations);
        }

        worksheet.Append(SheetLayout.PrintLayout(landscape: true, reference));
        return worksheet;
    }

    // Frozen below the header and right of the number, so a row's number and the column titles
    // stay in view however far the bidder scrolls.
    private static Columns Columns() =>
        new(s_columns.Select((column, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = column.Width, CustomWidth = true }));

    /// <summary>
    /// Two drop-down lists on column G: pass/fail for requirements and selection criteria, and one
    /// with "Partially" for award criteria, which are scored rather than passed.
    /// </summary>
    private static DataValidations? Validations(IReadOnlyList<MatrixRow> rows)
    {
        var lists = new[]
        {
            (Partial: false, Items: new[] { Complies, DoesNotComply }),
            (Partial: true, Items: new[] { Complies, Partially, DoesNotComply }),
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
                PromptTitle = "Compliance",
                Prompt = $"Choose {choices}.",
                ErrorTitle = "Compliance",
                Error = $"Choose one of {choices} from the list.",
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
