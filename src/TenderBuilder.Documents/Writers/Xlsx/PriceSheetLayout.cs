using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The layout both price schedules share (a public contract's prices per point, a concession's
/// offer): six columns, paragraphs spanning them, the header frozen in view, and input cells that
/// accept only a number of 0 or more. One sheet's merged cells are collected while it is written.
/// </summary>
/// <param name="words">The workbook's words (English when null).</param>
internal sealed class PriceSheetLayout(MatrixWords? words = null)
{
    private readonly MatrixWords _words = words ?? MatrixWords.English;

    public const int LastColumn = 6;

    public static readonly double[] Widths = [46, 12, 22, 24, 9, 20];

    private readonly List<string> _merges = [];

    /// <summary>Writes a header row, as tall as its longest title needs.</summary>
    public void Header(SheetWriter sheet, uint rowIndex, IReadOnlyList<string> headers)
    {
        var header = sheet.Row(rowIndex);
        header.Height = RowHeights.For(headers.Select((h, i) => (h, Widths[i])));
        header.CustomHeight = true;
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Text(header, c + 1, headers[c], MatrixStyles.Header);
        }
    }

    /// <summary>A paragraph across the whole width of the sheet.</summary>
    public void Paragraph(SheetWriter sheet, uint rowIndex, string text)
    {
        var row = sheet.Row(rowIndex);
        sheet.Text(row, 1, text, MatrixStyles.Paragraph);
        row.Height = RowHeights.For([(text, Widths.Sum())]);
        row.CustomHeight = true;
        Merge(rowIndex);
    }

    /// <summary>Merges a row's cells across the whole width.</summary>
    public void Merge(uint rowIndex) => _merges.Add(Invariant($"A{rowIndex}:{SheetWriter.Column(LastColumn)}{rowIndex}"));

    /// <summary>
    /// The finished worksheet, with a number check on each group of input cells, named by its column
    /// and saying what the number is ("excluding VAT", "including VAT", "in minutes").
    /// </summary>
    public Worksheet Worksheet(SheetWriter sheet, string? reference, params (List<string> Cells, string Column, string Basis)[] inputs)
    {
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            FrozenView(),
            new Columns(Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            sheet.Data,
            SheetLayout.Protection());
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        }

        var validations = new DataValidations();
        foreach (var (cells, column, basis) in inputs)
        {
            AddValidation(validations, cells, column, basis);
        }

        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        worksheet.Append(SheetLayout.PrintLayout(landscape: false, reference, _words.PageOfPages));
        return worksheet;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void AddValidation(DataValidations validations, List<string> cells, string column, string basis)
    {
        if (cells.Count == 0)
        {
            return;
        }

        validations.Append(new DataValidation(new Formula1("0"))
        {
            Type = DataValidationValues.Decimal,
            Operator = DataValidationOperatorValues.GreaterThanOrEqual,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            PromptTitle = _words.PricePromptTitle,
            Prompt = string.Format(CultureInfo.InvariantCulture, _words.PricePrompt, basis, column),
            ErrorTitle = _words.PricePromptTitle,
            Error = string.Format(CultureInfo.InvariantCulture, _words.PriceError, basis, column),
            SequenceOfReferences = new ListValue<StringValue>(Ranges(cells).Select(r => new StringValue(r))),
        });
    }

    // Cells of one column in consecutive rows collapse into one range, e.g. "C6:C8 C12".
    private static IEnumerable<string> Ranges(List<string> cells)
    {
        var column = cells[0][..1];
        var rows = cells.Select(c => uint.Parse(c[1..], CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var start = rows[i];
            while (i + 1 < rows.Count && rows[i + 1] == rows[i] + 1)
            {
                i++;
            }

            yield return start == rows[i] ? Invariant($"{column}{start}") : Invariant($"{column}{start}:{column}{rows[i]}");
        }
    }

    // Frozen below the header, so the column titles stay in view over every lot.
    private static SheetViews FrozenView() => new(new SheetView(
        new Pane
        {
            VerticalSplit = PriceScheduleSheet.HeaderRow,
            TopLeftCell = SheetWriter.Reference(1, PriceScheduleSheet.HeaderRow + 1),
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        },
        new Selection { Pane = PaneValues.BottomLeft })
    { WorkbookViewId = 0 });
}
