namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// What the paginator places, in reading order: blocks already broken into lines (so their
/// heights are known), tables, page breaks, fixed space and structure marks. Nothing here knows
/// which page it lands on.
/// </summary>
internal abstract record FlowItem;

/// <summary>Opens (<paramref name="Tag"/> set) or closes (null) a structure element around the items between.</summary>
internal sealed record StructureMark(StructureTag? Tag) : FlowItem
{
    public static StructureMark Begin(StructureTag tag) => new(tag);

    public static readonly StructureMark End = new((StructureTag?)null);
}

/// <summary>Starts a new page unless the current one is still empty.</summary>
internal sealed record PageBreakItem : FlowItem
{
    public static readonly PageBreakItem Instance = new();
}

/// <summary>Fixed vertical space that, unlike spacing before a block, is kept at the top of a page (the cover).</summary>
internal sealed record VerticalSpace(double Height) : FlowItem;

/// <summary>A label hung in the left indent of a block's first line (a bullet or "1.").</summary>
internal sealed record HangingLabel(string Text, double X, FontSpec Font, Rgb Color);

/// <summary>
/// A shaded call-out box behind a block, with a coloured rule on its left. PadTop is shaded space
/// above the first line (the first paragraph of a note); PadBottom is shaded space below the last
/// line: padding, or the gap to the next paragraph of the same note.
/// </summary>
internal sealed record Shade(Rgb Fill, Rgb Rule, double PadTop, double PadBottom);

/// <summary>A heading the outline, the contents and links point to.</summary>
internal sealed record HeadingInfo(int Index, int Level, string Text);

/// <summary>
/// Lines of text placed one under the other: a paragraph, heading, list item, call-out paragraph
/// or contents entry.
/// </summary>
internal sealed record TextBlock(IReadOnlyList<TextLine> Lines, StructureTag Tag) : FlowItem
{
    /// <summary>Offset of the lines from the left text edge.</summary>
    public double Indent { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    /// <summary>Never the last thing on a page: moves to the next page with the start of what follows.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Never split across pages (headings); otherwise a block of four or more lines may split, leaving at least two lines on each page.</summary>
    public bool KeepTogether { get; init; }

    public HangingLabel? Label { get; init; }

    public Shade? Shade { get; init; }

    public HeadingInfo? Heading { get; init; }

    /// <summary>For a contents entry: the heading whose page number goes at the end of the last line.</summary>
    public int? PageNumberOf { get; init; }

    public double LinesHeight => Lines.Sum(l => l.Height);

    public double Height => (Shade?.PadTop ?? 0) + LinesHeight + (Shade?.PadBottom ?? 0);
}

/// <summary>A cell: its lines, laid out in the column's width less padding.</summary>
internal sealed record TableCell(IReadOnlyList<TextLine> Lines)
{
    public double ContentHeight => Lines.Sum(l => l.Height);
}

/// <summary>A row of cells; its height is the tallest cell's plus padding.</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public double Height => Cells.Count == 0 ? 0 : Cells.Max(c => c.ContentHeight) + (2 * Theme.CellPaddingY);
}

/// <summary>
/// A table: column positions and alignments, header rows (repeated on every page the table runs
/// onto) and body rows.
/// </summary>
internal sealed record TableItem(
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<Model.Alignment> Alignments,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> Rows) : FlowItem
{
    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public double HeaderHeight => HeaderRows.Sum(r => r.Height);
}
