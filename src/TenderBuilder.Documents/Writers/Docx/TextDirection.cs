namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Tells whether a run of text reads right to left, so Word lays out its neutral characters
/// (punctuation, digits) the way a reader of Arabic or Hebrew expects.
/// </summary>
internal static class TextDirection
{
    /// <summary>Whether the first strongly directional character of <paramref name="text"/> is right-to-left.</summary>
    public static bool StartsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (IsRightToLeft(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended and the
    // right-to-left presentation forms: the scripts a European tender may quote.
    private static bool IsRightToLeft(char c) =>
        c is >= '\u0590' and <= '\u08FF'
        or >= '\uFB1D' and <= '\uFDFF'
        or >= '\uFE70' and <= '\uFEFF';
}
