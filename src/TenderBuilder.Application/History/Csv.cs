using System.Text;

namespace TenderBuilder.Application.History;

/// <summary>
/// CSV as spreadsheets read it (RFC 4180, every cell quoted). A cell a spreadsheet would take for a
/// formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so
/// officer- or bidder-typed text can never run as a formula when someone opens the file.
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
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string?> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
