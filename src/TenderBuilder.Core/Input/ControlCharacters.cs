using System.Globalization;
using System.Text;

namespace TenderBuilder.Core.Input;

/// <summary>
/// Control characters (U+0000–U+001F and U+007F–U+009F, except tab, line feed and carriage
/// return) have no place in tender text: no document shows them, PostgreSQL refuses U+0000 in
/// text while SQLite stores it, and XML (Word, eForms) forbids most of them. Files that hold one are
/// refused with its line; what the officer types is cleaned with a message.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether a character is one no tender text may hold.</summary>
    public static bool IsRefused(char c) => c is (< ' ' and not '\t' and not '\n' and not '\r') or (>= '\u007F' and <= '\u009F');

    /// <summary>The first such character in the text, or null.</summary>
    public static char? First(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var c in text)
        {
            if (IsRefused(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The text without such characters, and how many were removed.</summary>
    public static (string Text, int Removed) Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (First(text) is null)
        {
            return (text, 0);
        }

        var clean = new StringBuilder(text.Length);
        var removed = 0;
        foreach (var c in text)
        {
            if (IsRefused(c))
            {
                removed++;
            }
            else
            {
                clean.Append(c);
            }
        }

        return (clean.ToString(), removed);
    }

    /// <summary>The character as a person can read it in a message: U+0000.</summary>
    public static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
