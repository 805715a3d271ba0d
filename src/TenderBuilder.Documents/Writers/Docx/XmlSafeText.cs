using System.Text;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Makes any string safe to store in a WordprocessingML text node. The package writer escapes
/// markup itself, but characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE and
/// U+FFFF) make it throw, so one stray byte from a copy-paste would fail the whole export.
/// </summary>
internal static class XmlSafeText
{
    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>
    /// Returns <paramref name="text"/> with line endings as <c>\n</c>, vertical tab and form feed
    /// (Word's own manual line and page break characters when pasted as text) as <c>\n</c>, other
    /// control characters removed and broken surrogates or non-characters replaced by U+FFFD.
    /// Tabs are kept: the run writer turns them into tab elements.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append(ReplacementCharacter);
            }
            else if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\v' or '\f')
            {
                builder.Append('\n');
            }
            else if (c is '\t' or '\n' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Cleans text that must stay on one line (properties, header, table of contents entries).</summary>
    public static string CleanSingleLine(string? text) =>
        Clean(text).Replace('\n', ' ').Replace('\t', ' ');

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
