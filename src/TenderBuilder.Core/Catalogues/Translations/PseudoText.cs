using System.Text;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>
/// The pseudo-language: every translatable English text with its letters swapped for accented
/// look-alikes, placeholders left as they are. A package built in it shows at a glance (and to a
/// test) every word that did not pass through a translation: that word is still plain ASCII.
/// </summary>
public static class PseudoText
{
    /// <summary>The pseudo-language's tag (a private-use BCP-47 tag; never offered to officers).</summary>
    public const string Language = "qps-ploc";

    // Letters with an accented form in Latin-1 and Latin Extended-A, which the documents' fonts carry.
    private const string Plain = "acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ";
    private const string Marked = "àćďéĝĥîĵķĺñöŕśťüŵýźÀĆĎÉĜĤÎĴĶĹÑÖŔŚŤÜŴÝŹ";

    /// <summary>The text with every letter that has an accented look-alike swapped for it, outside <c>{placeholders}</c> and <c>{0}</c> format items.</summary>
    public static string Mark(string text)
    {
        var marked = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            var at = depth == 0 ? Plain.IndexOf(c, StringComparison.Ordinal) : -1;
            marked.Append(at >= 0 ? Marked[at] : c);
        }

        return marked.ToString();
    }

    /// <summary>Whether a word went through <see cref="Mark"/> (it holds a letter outside ASCII).</summary>
    public static bool IsMarked(string word) => word.Any(c => c > 127 && char.IsLetter(c));
}
