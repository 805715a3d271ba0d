namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// Estimates how tall a row of wrapped text must be. Spreadsheet programs do not reliably fit
/// row heights when opening a file, so without a height every requirement would show one line
/// of its text with the rest hidden or drawn over the next row. The estimate errs on the tall side:
/// blank space is harmless, clipped requirement text is not.
/// </summary>
internal static class RowHeights
{
    /// <summary>Excel's default row height for 11-point Calibri, in points.</summary>
    public const double LineHeight = 15;

    /// <summary>The tallest row Excel accepts, in points.</summary>
    public const double MaxHeight = 409;

    // A column width counts widths of the digit "0"; prose in Calibri averages about 1.2
    // characters per unit. Taking a little less over-counts the lines slightly, as intended.
    private const double CharactersPerWidthUnit = 1.1;

    /// <summary>The height for cells holding <paramref name="cells"/> (text and column width), in points.</summary>
    public static double For(IEnumerable<(string Text, double Width)> cells)
    {
        var lines = cells.Select(cell => Lines(cell.Text, cell.Width)).DefaultIfEmpty(1).Max();
        return Math.Min(MaxHeight, (lines * LineHeight) + 3);
    }

    /// <summary>The lines <paramref name="text"/> takes in a column <paramref name="width"/> wide, wrapped at spaces.</summary>
    public static int Lines(string text, double width)
    {
        var capacity = Math.Max(1, (int)((width - 1) * CharactersPerWidthUnit));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0;
            foreach (var word in paragraph.Split(' '))
            {
                var length = word.Length;
                if (used > 0 && used + 1 + length > capacity)
                {
                    lines++;
                    used = 0;
                }

                // A word longer than the column breaks wherever the column ends.
                while (length > capacity)
                {
                    lines++;
                    length -= capacity;
                }

                used += (used > 0 ? 1 : 0) + length;
            }

            // Stop counting once the row is as tall as it can be: a 32,767-character text would
            // otherwise be walked to the end for nothing.
            if (lines * LineHeight > MaxHeight)
            {
                break;
            }
        }

        return lines;
    }
}
