using System.Text;

namespace TenderBuilder.Core.Text;

/// <summary>One record of a CSV file: the line it starts on (1-based) and its fields.</summary>
/// <param name="Line">The physical line the record starts on; a quoted field may carry it over several.</param>
/// <param name="Fields">The fields, unquoted.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Splits CSV text into records (RFC 4180: fields in double quotes may hold the separator, doubled
/// quotes and line breaks), with the separator a spreadsheet chose: a semicolon where the decimal
/// separator is a comma (most of the EU), a comma elsewhere. It is told from the first line.
/// </summary>
public static class CsvRecords
{
    /// <summary>The separator of a file: a semicolon when its first line holds more semicolons than commas (outside quotes), else a comma.</summary>
    public static char DetectSeparator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>
    /// The records of the text. A quote left open to the end of the file is reported through
    /// <paramref name="unclosedQuoteLine"/> (the line where the field began), since everything
    /// after it would be read wrong.
    /// </summary>
    public static IReadOnlyList<CsvRecord> Parse(string text, char separator, out int? unclosedQuoteLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        unclosedQuoteLine = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add(new CsvRecord(recordLine, fields));
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                // A quote inside an unquoted field is kept as typed, as spreadsheets do.
                field.Append(c);
            }
        }

        if (quoted)
        {
            unclosedQuoteLine = quoteLine;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields));
        }

        return records;
    }

    /// <summary>A field as a CSV file holds it: quoted when it contains the separator, a quote, a line break or leading or trailing spaces.</summary>
    public static string Field(string value, char separator)
    {
        ArgumentNullException.ThrowIfNull(value);
        var needsQuotes = value.Contains(separator, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
            || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
