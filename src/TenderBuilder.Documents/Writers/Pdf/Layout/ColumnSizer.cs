namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Column widths from the model's relative hints, filling the text width. A column never gets
/// less than a minimum (a one-share "No." column beside a ten-share text column would otherwise
/// be too narrow for "10."); the room it needs is taken from the others in proportion to their
/// hints. Missing, zero, negative or non-finite hints count as 1, as in the Word writer.
/// </summary>
internal static class ColumnSizer
{
    public static double[] Widths(IReadOnlyList<Model.Column> columns, int count, double total, double minimum)
    {
        if (count == 0)
        {
            return [];
        }

        var hints = Enumerable.Range(0, count)
            .Select(i => i < columns.Count && double.IsFinite(columns[i].Width) && columns[i].Width > 0 ? columns[i].Width : 1d)
            .ToArray();
        if (count * minimum >= total)
        {
            return [.. Enumerable.Repeat(total / count, count)];
        }

        var atMinimum = new bool[count];
        var widths = new double[count];
        while (true)
        {
            var free = total - (atMinimum.Count(m => m) * minimum);
            var freeHints = hints.Where((_, i) => !atMinimum[i]).Sum();
            var changed = false;
            for (var i = 0; i < count; i++)
            {
                widths[i] = atMinimum[i] ? minimum : free * hints[i] / freeHints;
                if (!atMinimum[i] && widths[i] < minimum)
                {
                    atMinimum[i] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return widths;
            }
        }
    }
}
