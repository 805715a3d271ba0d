using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// Collects the rows of one worksheet. Text goes only through the shared string table and
/// numbers only as numeric values, which is what keeps a clause titled "=HYPERLINK(…)" inert.
/// The one way to write a formula, <see cref="Formula"/>, takes a formula the writer assembles
/// from cell references itself; no text from the draft ever reaches it.
/// </summary>
internal sealed class SheetWriter(SharedStrings strings)
{
    public SheetData Data { get; } = new();

    public Row Row(uint index)
    {
        var row = new Row { RowIndex = index };
        Data.Append(row);
        return row;
    }

    /// <summary>A text cell; empty text gives a blank cell that still carries the format.</summary>
    public void Text(Row row, int column, string? text, uint style)
    {
        var prepared = CellText.Prepare(text);
        if (prepared.Length == 0)
        {
            Blank(row, column, style);
            return;
        }

        row.Append(new Cell
        {
            CellReference = Reference(column, row.RowIndex!.Value),
            DataType = CellValues.SharedString,
            StyleIndex = style,
            CellValue = new CellValue(strings.IndexOf(prepared)),
        });
    }

    public void Number(Row row, int column, double value, uint style) =>
        row.Append(new Cell
        {
            CellReference = Reference(column, row.RowIndex!.Value),
            StyleIndex = style,
            CellValue = new CellValue(value),
        });

    /// <summary>
    /// A formula cell, such as the price schedule's totals. <paramref name="formula"/> is built by
    /// the writer from cell references and operators only (written without the leading "=");
    /// <paramref name="cached"/> is its value for the file as written, shown by readers that do
    /// not recalculate.
    /// </summary>
    public void Formula(Row row, int column, string formula, double cached, uint style) =>
        row.Append(new Cell
        {
            CellReference = Reference(column, row.RowIndex!.Value),
            StyleIndex = style,
            CellFormula = new CellFormula(formula),
            CellValue = new CellValue(cached),
        });

    /// <summary>An empty cell, for its format: the bidder's input columns are filled and unlocked even when empty.</summary>
    public void Blank(Row row, int column, uint style) =>
        row.Append(new Cell { CellReference = Reference(column, row.RowIndex!.Value), StyleIndex = style });

    /// <summary>"A1"-style reference; <paramref name="column"/> is 1-based.</summary>
    public static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The column's letters: 1 is A, 27 is AA.</summary>
    public static string Column(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
