namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Fills lines word by word for <see cref="LineBreaker"/>: a word goes on the current line when it
/// fits, else starts the next one; the spaces at the end of a line take no room; a word that no
/// line can hold is cut between characters.
/// </summary>
internal sealed class LineAssembler(ITextMeasurer measurer, double lineSpacing, IReadOnlyList<StyledRun> runs, double maxWidth)
{
    private readonly List<Placed> _line = [];
    private readonly List<LineBreaker.Piece> _pendingSpaces = [];
    private double _x;
    private double _pendingSpaceWidth;
    private FontSpec _lastFont = runs.Count > 0 ? runs[0].Font : new FontSpec(10);

    public void Add(LineBreaker.Word word, List<TextLine> lines)
    {
        var contentWidth = Width(word.Content);
        if (word.Content.Length > 0)
        {
            _lastFont = runs[word.Content[^1].Run].Font;
            if (_line.Count > 0 && _x + _pendingSpaceWidth + contentWidth > maxWidth)
            {
                Emit(lines);
            }

            if (_line.Count == 0 && contentWidth > maxWidth)
            {
                PlaceByCharacters(word.Content, lines);
            }
            else
            {
                CommitPendingSpaces();
                foreach (var piece in word.Content)
                {
                    var width = Width(piece);
                    _line.Add(new Placed(piece, _x, width));
                    _x += width;
                }
            }
        }

        // Spaces at the start of a line are dropped; elsewhere they wait to see whether a word follows on the same line.
        if (_line.Count > 0)
        {
            _pendingSpaces.AddRange(word.TrailingSpaces);
            _pendingSpaceWidth += Width(word.TrailingSpaces);
        }

        if (word.ForcedBreakAfter)
        {
            Emit(lines, evenIfEmpty: true);
        }
    }

    public void Finish(List<TextLine> lines)
    {
        if (_line.Count > 0)
        {
            Emit(lines);
        }
    }

    // The fallback for a token wider than the line: as many characters as fit, then the next line.
    private void PlaceByCharacters(LineBreaker.Piece[] content, List<TextLine> lines)
    {
        foreach (var piece in content)
        {
            var text = runs[piece.Run].Text;
            var font = runs[piece.Run].Font;
            var start = piece.Start;
            var end = piece.Start + piece.Length;
            var width = 0d;
            for (var i = start; i < end;)
            {
                var step = char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var charWidth = measurer.Width(text.AsSpan(i, step), font);
                if (_x + width + charWidth > maxWidth && (_line.Count > 0 || i > start))
                {
                    if (i > start)
                    {
                        _line.Add(new Placed(new LineBreaker.Piece(piece.Run, start, i - start), _x, width));
                        _x += width;
                    }

                    Emit(lines);
                    start = i;
                    width = 0;
                }

                width += charWidth;
                i += step;
            }

            if (end > start)
            {
                _line.Add(new Placed(new LineBreaker.Piece(piece.Run, start, end - start), _x, width));
                _x += width;
            }
        }
    }

    private void CommitPendingSpaces()
    {
        foreach (var space in _pendingSpaces)
        {
            var width = Width(space);
            _line.Add(new Placed(space, _x, width));
            _x += width;
        }

        _pendingSpaces.Clear();
        _pendingSpaceWidth = 0;
    }

    private void Emit(List<TextLine> lines, bool evenIfEmpty = false)
    {
        _pendingSpaces.Clear();
        _pendingSpaceWidth = 0;
        if (_line.Count == 0 && !evenIfEmpty)
        {
            return;
        }

        var fragments = new List<LineFragment>();
        var ascent = 0d;
        var descent = 0d;
        var height = 0d;
        var i = 0;
        while (i < _line.Count)
        {
            // Neighbouring slices of the same run are one fragment: one draw call per style change.
            var first = _line[i];
            var last = first;
            while (i + 1 < _line.Count && _line[i + 1].Piece.Run == first.Piece.Run && _line[i + 1].Piece.Start == last.Piece.Start + last.Piece.Length)
            {
                last = _line[++i];
            }

            i++;
            var run = runs[first.Piece.Run];
            var text = run.Text.Substring(first.Piece.Start, last.Piece.Start + last.Piece.Length - first.Piece.Start);
            fragments.Add(new LineFragment(text, first.X, last.X + last.Width - first.X, run.Font, run.Color, run.Link));
            (ascent, descent, height) = Grow(ascent, descent, height, run.Font);
        }

        if (fragments.Count == 0)
        {
            (ascent, descent, height) = Grow(ascent, descent, height, _lastFont);
        }

        var baseline = ascent + ((height - ascent - descent) / 2);
        lines.Add(new TextLine(fragments, _x, height, baseline));
        _line.Clear();
        _x = 0;
    }

    private (double Ascent, double Descent, double Height) Grow(double ascent, double descent, double height, FontSpec font) =>
        (Math.Max(ascent, measurer.Ascent(font)), Math.Max(descent, measurer.Descent(font)), Math.Max(height, font.Size * lineSpacing));

    private double Width(LineBreaker.Piece piece) => measurer.Width(runs[piece.Run].Text.AsSpan(piece.Start, piece.Length), runs[piece.Run].Font);

    private double Width(LineBreaker.Piece[] pieces)
    {
        var total = 0d;
        foreach (var piece in pieces)
        {
            total += Width(piece);
        }

        return total;
    }

    private readonly record struct Placed(LineBreaker.Piece Piece, double X, double Width);
}
