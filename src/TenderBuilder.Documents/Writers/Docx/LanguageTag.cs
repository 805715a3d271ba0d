using System.Text.RegularExpressions;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>The document language as Word expects it in <c>w:lang</c> and the core properties.</summary>
internal static partial class LanguageTag
{
    private const string Fallback = "en";

    /// <summary>
    /// Returns <paramref name="tag"/> when it is shaped like a BCP-47 tag, otherwise English, so a
    /// malformed tag can neither break the package nor silently switch spell-checking off.
    /// </summary>
    public static string Normalise(string? tag)
    {
        var trimmed = tag?.Trim();
        return !string.IsNullOrEmpty(trimmed) && Bcp47Shape().IsMatch(trimmed) ? trimmed : Fallback;
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bcp47Shape();
}
