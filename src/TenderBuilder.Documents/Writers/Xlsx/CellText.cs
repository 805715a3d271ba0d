using System.Text;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// Prepares text for a spreadsheet cell. Clause text is the officer's, pasted from anywhere: a
/// stray control character would make the package writer throw, and a text longer than a cell
/// can hold would make Excel refuse the file, so neither may fail the export.
/// </summary>
internal static class CellText
{
    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaxLength = Core.Rules.RulesEngine.CellLimit;

    /// <summary>Ends a text cut to <see cref="MaxLength"/>, so the reader knows something is missing.</summary>
    public const string TruncationMarker = "… [truncated]";

    /// <summary>
    /// Returns the text the cell will show: characters XML 1.0 forbids (C0 controls other than
    /// tab, line feed and carriage return, U+FFFE, U+FFFF) removed, broken surrogates removed,
    /// and text over <see cref="MaxLength"/> cut with <see cref="TruncationMarker"/>. Everything
    /// else, leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> and tabs included, is kept exactly:
    /// the cell is a string cell, which no spreadsheet evaluates.
    /// </summary>
    public static string Prepare(string? text)
    {
        var clean = RemoveInvalid(text ?? string.Empty);
        if (clean.Length <= MaxLength)
        {
            return clean;
        }

        var keep = MaxLength - TruncationMarker.Length;
        if (char.IsHighSurrogate(clean[keep - 1]))
        {
            keep--; // never split a pair: half a character would be invalid XML again
        }

        return string.Concat(clean.AsSpan(0, keep), TruncationMarker);
    }

    /// <summary>
    /// Encodes prepared text the way SpreadsheetML stores strings (ST_Xstring). Excel reads
    /// <c>_xHHHH_</c> as an escaped character, so a literal one must have its underscore escaped
    /// or "_x0041_" would show as "A"; and an XML parser turns a raw carriage return into a line
    /// feed, so it is written as <c>_x000D_</c>, which is how Excel itself keeps it.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Contains('_', StringComparison.Ordinal) && !text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                escaped.Append("_x000D_");
            }
            else if (c == '_' && StartsEscape(text, i))
            {
                escaped.Append("_x005F_");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    // "_x" (either case, to be safe with lenient readers), four hex digits, "_".
    private static bool StartsEscape(string text, int at) =>
        at + 6 < text.Length
        && text[at + 1] is 'x' or 'X'
        && char.IsAsciiHexDigit(text[at + 2]) && char.IsAsciiHexDigit(text[at + 3])
        && char.IsAsciiHexDigit(text[at + 4]) && char.IsAsciiHexDigit(text[at + 5])
        && text[at + 6] == '_';

    private static string RemoveInvalid(string text)
    {
        var i = 0;
        while (i < text.Length && IsValidAt(text, i))
        {
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }

        if (i >= text.Length)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && IsValidAt(text, i))
            {
                clean.Append(text[i]).Append(text[++i]);
            }
            else if (IsValidAt(text, i))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    private static bool IsValidAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        return !char.IsLowSurrogate(c)
            && c is not ('\uFFFE' or '\uFFFF')
            && (c >= ' ' || c is '\t' or '\n' or '\r');
    }
}
