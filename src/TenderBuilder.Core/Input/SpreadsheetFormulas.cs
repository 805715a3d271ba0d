namespace TenderBuilder.Core.Input;

/// <summary>
/// Text written to a CSV file that a spreadsheet opens. A cell starting with =, +, -, @, a tab or a
/// carriage return is taken for a formula by Excel and LibreOffice, so text an officer (or a bidder)
/// typed could run as one when a colleague opens the file; a leading apostrophe makes it plain text.
/// Every CSV TenderBuilder writes (the history, the sites) goes through here.
/// </summary>
public static class SpreadsheetFormulas
{
    /// <summary>The text with a leading apostrophe when a spreadsheet would take it for a formula.</summary>
    public static string Neutralise(string? text)
    {
        var value = text ?? "";
        return LooksLikeFormula(value) ? "'" + value : value;
    }

    /// <summary>
    /// Undoes <see cref="Neutralise"/> when reading a file back: an apostrophe followed by what would
    /// be a formula goes, so a file TenderBuilder wrote reads as the text it was written from.
    /// </summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && text[0] == '\'' && LooksLikeFormula(text.AsSpan(1)) ? text[1..] : text;
    }

    private static bool LooksLikeFormula(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
