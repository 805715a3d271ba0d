namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Breaks styled runs into lines no wider than a width. Lines break at spaces, after a hyphen or
/// an en dash between letters or digits and after a slash ("2023/1804", addresses); non-breaking
/// spaces and non-breaking hyphens hold their neighbours together ("Art.\u00A05"). A word wider
/// than the line (a 10,000-character token, a long address) is broken between characters, so no
/// text ever runs past the edge. There is no hyphenation dictionary: words are never split
/// where they would fit on a line of their own.
/// </summary>
internal sealed class LineBreaker(ITextMeasurer measurer, double lineSpacing)
{
    /// <summary>Lays out <paramref name="runs"/> in lines of at most <paramref name="maxWidth"/> points.</summary>
    public IReadOnlyList<TextLine> Break(IReadOnlyList<StyledRun> runs, double maxWidth)
    {
        var lines = new List<TextLine>();
        var builder = new LineAssembler(measurer, lineSpacing, runs, Math.Max(maxWidth, 1));
        foreach (var word in Words(runs))
        {
            builder.Add(word, lines);
        }

        builder.Finish(lines);
        return lines;
    }

    /// <summary>Cuts the runs into words: each ends at a break opportunity and may span runs.</summary>
    internal static IEnumerable<Word> Words(IReadOnlyList<StyledRun> runs)
    {
        var pieces = new List<Piece>();
        var spaceStart = -1;
        for (var r = 0; r < runs.Count; r++)
        {
            var text = runs[r].Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    AddPiece(pieces, r, start, i);
                    yield return Take(pieces, spaceStart, forcedBreakAfter: true);
                    spaceStart = -1;
                    start = i + 1;
                }
                else if (IsBreakingSpace(c))
                {
                    if (spaceStart < 0)
                    {
                        AddPiece(pieces, r, start, i);
                        start = i;
                        spaceStart = pieces.Count;
                    }
                }
                else
                {
                    if (spaceStart >= 0)
                    {
                        // The spaces before this character end the previous word.
                        AddPiece(pieces, r, start, i);
                        yield return Take(pieces, spaceStart, forcedBreakAfter: false);
                        spaceStart = -1;
                        start = i;
                    }

                    if (BreaksAfter(text, i))
                    {
                        AddPiece(pieces, r, start, i + 1);
                        yield return Take(pieces, -1, forcedBreakAfter: false);
                        start = i + 1;
                    }
                }
            }

            // A word may go on in the next run ("contact" bold + "less"), so it is not ended here.
            AddPiece(pieces, r, start, text.Length);
        }

        if (pieces.Count > 0)
        {
            yield return Take(pieces, spaceStart, forcedBreakAfter: false);
        }
    }

    // Ordinary and typographic spaces break; U+00A0, U+2007 and U+202F are non-breaking by definition.
    private static bool IsBreakingSpace(char c) =>
        c is ' ' or '\t' or '\u1680' or (>= '\u2000' and <= '\u2006') or '\u2008' or '\u2009' or '\u200A' or '\u205F' or '\u3000';

    // A hyphen or en dash breaks between a letter and a letter or digit ("e-mobility", "V2G-ready"),
    // not inside numbers ("15118-20", "2026-2036") nor in "-5" or " - "; a slash breaks between
    // letters or digits ("2023/1804", "and/or", ".../eli/reg"), not in "https://" or "</b>".
    private static bool BreaksAfter(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length)
        {
            return false;
        }

        var previous = text[i - 1];
        var next = text[i + 1];
        return text[i] switch
        {
            '-' or '\u2010' or '\u2013' => char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next) && (char.IsLetter(previous) || char.IsLetter(next)),
            '/' => char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next),
            _ => false,
        };
    }

    private static void AddPiece(List<Piece> pieces, int run, int start, int end)
    {
        if (end > start)
        {
            pieces.Add(new Piece(run, start, end - start));
        }
    }

    private static Word Take(List<Piece> pieces, int spaceStart, bool forcedBreakAfter)
    {
        // Copied straight from the list's storage: this runs once per word of every document.
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pieces);
        var split = spaceStart < 0 ? all.Length : spaceStart;
        var word = new Word(all[..split].ToArray(), all[split..].ToArray(), forcedBreakAfter);
        pieces.Clear();
        return word;
    }

    /// <summary>A slice of one run's text.</summary>
    internal readonly record struct Piece(int Run, int Start, int Length);

    /// <summary>Text up to a break opportunity, the spaces after it, and whether a line break follows.</summary>
    internal sealed record Word(Piece[] Content, Piece[] TrailingSpaces, bool ForcedBreakAfter);
}
