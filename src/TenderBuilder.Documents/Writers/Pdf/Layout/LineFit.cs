namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// How much of a stack of laid-out lines (a paragraph's, a table cell's) fits into the height
/// left on a page. The <see cref="Paginator"/> splits blocks and the <see cref="TablePlacer"/>
/// splits cells by the same measure, so a paragraph and a table cell beside it break at the same
/// height.
/// </summary>
internal static class LineFit
{
    /// <summary>
    /// Slack allowed when comparing heights: line heights summed in a different order differ in
    /// the last bits, and a line that fits exactly must not move to the next page for that.
    /// </summary>
    public const double Tolerance = 1e-6;

    /// <summary>Whether <paramref name="height"/> fits into <paramref name="available"/>.</summary>
    public static bool Fits(double height, double available) => height <= available + Tolerance;

    /// <summary>
    /// How many lines, from <paramref name="start"/> on and in order, fit into
    /// <paramref name="available"/> points; counting stops at the first line that does not fit,
    /// since lines cannot be reordered.
    /// </summary>
    public static int CountThatFit(IReadOnlyList<TextLine> lines, int start, double available)
    {
        var used = 0d;
        var count = 0;
        for (var i = start; i < lines.Count && Fits(used + lines[i].Height, available); i++)
        {
            used += lines[i].Height;
            count++;
        }

        return count;
    }

    /// <summary>
    /// The height of up to <paramref name="count"/> lines from <paramref name="start"/> on (fewer
    /// when the stack ends first), added in reading order so that the same lines always give the
    /// same total, whichever placer asks.
    /// </summary>
    public static double Height(IReadOnlyList<TextLine> lines, int start = 0, int count = int.MaxValue)
    {
        var height = 0d;
        var end = start + Math.Min(count, lines.Count - start);
        for (var i = start; i < end; i++)
        {
            height += lines[i].Height;
        }

        return height;
    }
}
