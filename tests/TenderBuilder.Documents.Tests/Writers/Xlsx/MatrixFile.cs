using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace TenderBuilder.Documents.Tests.Writers.Xlsx;

/// <summary>A written .xlsx opened read-only, with the queries the tests share.</summary>
internal sealed partial class MatrixFile : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly IReadOnlyList<string> _sharedStrings;

    public MatrixFile(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Package = SpreadsheetDocument.Open(_stream, false);
        _sharedStrings = [.. (Workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>() ?? [])
            .Select(item => Decode(string.Concat(item.Descendants<Text>().Select(t => t.Text))))];
    }

    public SpreadsheetDocument Package { get; }

    public WorkbookPart Workbook => Package.WorkbookPart ?? throw new InvalidOperationException("No workbook part.");

    /// <summary>Every text of the file as a reader sees it (shared and inline strings, decoded).</summary>
    public IReadOnlyList<string> AllStrings =>
        [.. _sharedStrings, .. Workbook.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<InlineString>()).Select(s => Decode(s.InnerText))];

    public Worksheet Sheet(string name)
    {
        var sheet = Workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!.Value!)).Worksheet!;
    }

    public IEnumerable<Worksheet> Sheets => Workbook.WorksheetParts.Select(p => p.Worksheet!);

    public static Row Row(Worksheet sheet, uint index) =>
        sheet.Descendants<Row>().Single(r => r.RowIndex!.Value == index);

    public static IEnumerable<Row> RowsFrom(Worksheet sheet, uint first) =>
        sheet.Descendants<Row>().Where(r => r.RowIndex!.Value >= first);

    public static Cell? Cell(Row row, string column) =>
        row.Elements<Cell>().SingleOrDefault(c => c.CellReference!.Value == column + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The text a spreadsheet shows for a string cell, or null when the cell holds no string.</summary>
    public string? Text(Row row, string column)
    {
        var cell = Cell(row, column);
        if (cell?.DataType?.Value == CellValues.SharedString)
        {
            return _sharedStrings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)];
        }

        return cell?.DataType?.Value == CellValues.InlineString ? Decode(cell.InlineString!.InnerText) : null;
    }

    public static double? Number(Row row, string column)
    {
        var cell = Cell(row, column);
        return cell?.DataType is null && cell?.CellValue is { } value
            ? double.Parse(value.Text, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Whether the cell's format locks it when the sheet is protected (the default is locked).</summary>
    public bool IsLocked(Row row, string column)
    {
        var style = Cell(row, column)?.StyleIndex?.Value ?? 0;
        var format = Workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)style);
        return format.Protection?.Locked?.Value ?? true;
    }

    /// <summary>Whether one of the validation's ranges holds <paramref name="cell"/> (single-column ranges, as the writer makes them).</summary>
    public static bool Covers(DataValidation validation, string cell)
    {
        var (column, row) = (cell[..1], uint.Parse(cell[1..], CultureInfo.InvariantCulture));
        foreach (var range in validation.SequenceOfReferences!.Items.Select(i => i.Value!))
        {
            var ends = range.Split(':');
            var first = uint.Parse(ends[0][1..], CultureInfo.InvariantCulture);
            var last = uint.Parse(ends[^1][1..], CultureInfo.InvariantCulture);
            if (ends[0][..1] == column && row >= first && row <= last)
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<string> ValidationErrors(FileFormatVersions version = FileFormatVersions.Microsoft365) =>
        [.. new OpenXmlValidator(version).Validate(Package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    /// <summary>Undoes SpreadsheetML's _xHHHH_ escapes, left to right as Excel does.</summary>
    public static string Decode(string stored) =>
        EscapePattern().Replace(stored, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapePattern();
}
