using System.Text;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Application.History;

/// <summary>
/// CSV as spreadsheets read it (RFC 4180, every cell quoted). A cell a spreadsheet would take for a
/// formula gets a leading apostrophe (<see cref="SpreadsheetFormulas"/>), so officer- or
/// bidder-typed text can never run as a formula when someone opens the file.
/// </summary>
internal static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var csv = new StringBuilder();
        Line(csv, header);
        foreach (var row in rows)
        {
            Line(csv, row);
        }

        return csv.ToString();
    }

    public static string Cell(string? value)
    {
        var text = SpreadsheetFormulas.Neutralise(value);
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string?> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
