namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Places a table for the <see cref="Paginator"/>. The header rows open the table and are drawn
/// again at the top of every page it continues on (there as artifacts, so a screen reader reads
/// them once). A row that does not fit moves whole to the next page when it is short; a tall row
/// (more than <see cref="MoveWholeShare"/> of the text height) splits where the page ends, so a
/// long requirement never leaves most of a page empty. Each cell carries on where it stopped.
/// </summary>
internal sealed class TablePlacer(Paginator paginator)
{
    /// <summary>Rows up to this share of the text height move to the next page rather than split.</summary>
    public const double MoveWholeShare = 0.25;

    /// <summary>The least of a row that must fit for it to start on a page: its first two lines (or all of it).</summary>
    public static double LeastRowPart(TableRow row) =>
        row.Cells.Count == 0 ? 0 : row.Cells.Max(c => LineFit.Height(c.Lines, 0, Paginator.MinimumLinesAtBreak)) + (2 * Theme.CellPaddingY);

    public void Place(TableItem table)
    {
        var gap = paginator.Gap(table.SpaceBefore);
        var firstRow = table.Rows.Count > 0 ? LeastRowPart(table.Rows[0]) : 0;
        if (!paginator.PageIsEmpty && paginator.Y + gap + table.HeaderHeight + firstRow > paginator.Bottom)
        {
            paginator.NewPage();
            gap = 0;
        }

        paginator.Y += gap;
        paginator.Ops.Add(new BeginTagOp(StructureTag.Table));
        foreach (var header in table.HeaderRows)
        {
            DrawRow(table, header, new int[header.Cells.Count], null, header: true, repeated: false);
        }

        foreach (var row in table.Rows)
        {
            Place(table, row);
        }

        paginator.Ops.Add(EndTagOp.Instance);
        paginator.PreviousSpaceAfter = table.SpaceAfter;
        paginator.PageIsEmpty = false;
    }

    private void Place(TableItem table, TableRow row)
    {
        var starts = new int[row.Cells.Count];
        while (true)
        {
            var height = RemainingHeight(row, starts);
            if (LineFit.Fits(paginator.Y + height, paginator.Bottom))
            {
                DrawRow(table, row, starts, null, header: false, repeated: false);
                return;
            }

            var fresh = paginator.Page.TextHeight - table.HeaderHeight;
            var untouched = starts.All(s => s == 0);
            var atTableTop = paginator.Y <= paginator.Page.Top + table.HeaderHeight + LineFit.Tolerance;
            if (untouched && !atTableTop && height <= fresh && height <= paginator.Page.TextHeight * MoveWholeShare)
            {
                ContinueOnNextPage(table);
                continue;
            }

            var available = paginator.Bottom - paginator.Y - (2 * Theme.CellPaddingY);
            var counts = row.Cells.Select((cell, i) => LineFit.CountThatFit(cell.Lines, starts[i], available)).ToArray();
            var tallestRemaining = row.Cells.Select((cell, i) => cell.Lines.Count - starts[i]).Max();
            if (counts.Max() < Math.Min(Paginator.MinimumLinesAtBreak, tallestRemaining) && !atTableTop)
            {
                ContinueOnNextPage(table);
                continue;
            }

            if (counts.Max() == 0)
            {
                // Not even one line fits on a fresh page: draw one anyway rather than loop.
                counts = [.. row.Cells.Select((cell, i) => Math.Min(1, cell.Lines.Count - starts[i]))];
            }

            DrawRow(table, row, starts, counts, header: false, repeated: false);
            for (var i = 0; i < starts.Length; i++)
            {
                starts[i] += counts[i];
            }

            ContinueOnNextPage(table);
        }
    }

    private void ContinueOnNextPage(TableItem table)
    {
        paginator.NewPage();
        paginator.PageIsEmpty = false;
        foreach (var header in table.HeaderRows)
        {
            DrawRow(table, header, new int[header.Cells.Count], null, header: true, repeated: true);
        }
    }

    private static double RemainingHeight(TableRow row, int[] starts) =>
        row.Cells.Count == 0 ? 0 : row.Cells.Select((cell, i) => LineFit.Height(cell.Lines, starts[i])).Max() + (2 * Theme.CellPaddingY);

    /// <summary>Draws a row, or the part of it given by <paramref name="counts"/> lines per cell from <paramref name="starts"/>.</summary>
    private void DrawRow(TableItem table, TableRow row, int[] starts, int[]? counts, bool header, bool repeated)
    {
        var page = paginator.Page;
        var ops = paginator.Ops;
        var top = paginator.Y;
        var lines = row.Cells.Select((cell, i) => cell.Lines.Skip(starts[i]).Take(counts?[i] ?? int.MaxValue).ToList()).ToList();
        var height = (lines.Count == 0 ? 0 : lines.Max(l => l.Sum(line => line.Height))) + (2 * Theme.CellPaddingY);

        var x = page.Left;
        for (var c = 0; c < table.ColumnWidths.Count; c++)
        {
            ops.Add(new RectOp(x, top, table.ColumnWidths[c], height, header ? Theme.HeaderFill : null, Theme.Border));
            x += table.ColumnWidths[c];
        }

        if (!repeated)
        {
            ops.Add(new BeginTagOp(StructureTag.TableRow));
        }

        x = page.Left;
        for (var c = 0; c < table.ColumnWidths.Count; c++)
        {
            if (!repeated)
            {
                ops.Add(new BeginTagOp(header ? StructureTag.TableHeaderCell : StructureTag.TableDataCell));
            }

            var inner = table.ColumnWidths[c] - (2 * Theme.CellPaddingX);
            var y = top + Theme.CellPaddingY;
            foreach (var line in c < lines.Count ? lines[c] : [])
            {
                var offset = table.Alignments[c] switch
                {
                    Model.Alignment.Right => inner - line.Width,
                    Model.Alignment.Center => (inner - line.Width) / 2,
                    _ => 0,
                };
                foreach (var fragment in line.Fragments)
                {
                    ops.Add(new TextOp(x + Theme.CellPaddingX + Math.Max(0, offset) + fragment.X, y + line.Baseline, fragment.Text, fragment.Width, fragment.Font, fragment.Color, repeated ? null : fragment.Link, Artifact: repeated));
                }

                y += line.Height;
            }

            if (!repeated)
            {
                ops.Add(EndTagOp.Instance);
            }

            x += table.ColumnWidths[c];
        }

        if (!repeated)
        {
            ops.Add(EndTagOp.Instance);
        }

        paginator.Y = top + height;
    }
}
