namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Places flow items on pages, top to bottom, and records where every heading lands. Rules: a
/// block that keeps with the next one (a heading, a table caption) moves to a new page together
/// with the start of what follows, so a heading never stands alone at a page foot; a block of
/// four or more lines may split, leaving at least two lines at the foot of one page and two at
/// the head of the next (widow and orphan control); shorter blocks and headings move whole.
/// Tables are placed by <see cref="TablePlacer"/>. Spacing before a block is dropped at the top
/// of a page.
/// </summary>
internal sealed class Paginator
{
    /// <summary>Fewest lines a splittable block leaves on either side of a page break.</summary>
    public const int MinimumLinesAtBreak = 2;

    private readonly PageGeometry _page;
    private readonly ITextMeasurer _measurer;
    private readonly List<LaidOutPage> _pages = [];
    private readonly List<HeadingPlacement> _headings = [];
    private readonly TablePlacer _tables;

    public Paginator(PageGeometry page, ITextMeasurer measurer)
    {
        _page = page;
        _measurer = measurer;
        _tables = new TablePlacer(this);
        NewPage();
    }

    /// <summary>The page being filled.</summary>
    internal List<PageOp> Ops { get; private set; } = [];

    /// <summary>The next free position on the page, from its top edge.</summary>
    internal double Y { get; set; }

    /// <summary>Whether nothing has been placed on the current page yet.</summary>
    internal bool PageIsEmpty { get; set; }

    internal double PreviousSpaceAfter { get; set; }

    internal PageGeometry Page => _page;

    internal double Bottom => _page.Bottom;

    public LaidOutDocument Paginate(IReadOnlyList<FlowItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case StructureMark mark:
                    Ops.Add(mark.Tag is { } tag ? new BeginTagOp(tag) : EndTagOp.Instance);
                    break;
                case PageBreakItem:
                    if (!PageIsEmpty)
                    {
                        NewPage();
                    }

                    break;
                case VerticalSpace space:
                    Y += space.Height;
                    break;
                case TextBlock block:
                    Place(block, LeadingHeight(items, i + 1));
                    break;
                case TableItem table:
                    _tables.Place(table);
                    break;
                default:
                    throw new NotSupportedException("Unknown flow item " + items[i].GetType().Name);
            }
        }

        if (PageIsEmpty && _pages.Count > 0)
        {
            // A page break at the very end leaves nothing to show: no blank last page.
            _pages[^1].Ops.AddRange(Ops);
        }
        else
        {
            _pages.Add(new LaidOutPage(_pages.Count + 1, Ops));
        }

        var placements = _headings.ToDictionary(h => h.Heading.Index);
        // Only contents pages hold page-number slots; every other page keeps its operations as they are.
        var pages = _pages.Select(p => p.Ops.Exists(op => op is PageNumberSlot) ? p with { Ops = ResolvePageNumbers(p.Ops, placements) } : p).ToList();
        return new LaidOutDocument(pages, _headings);
    }

    /// <summary>Closes the current page and starts the next one.</summary>
    internal void NewPage()
    {
        if (Y > 0)
        {
            _pages.Add(new LaidOutPage(_pages.Count + 1, Ops));
            Ops = [];
        }

        Y = _page.Top;
        PageIsEmpty = true;
        PreviousSpaceAfter = 0;
    }

    internal int PageNumber => _pages.Count + 1;

    internal double Gap(double spaceBefore) => PageIsEmpty ? 0 : Math.Max(PreviousSpaceAfter, spaceBefore);

    /// <summary>
    /// The least height that must follow a keep-with-next block on the same page: the next
    /// block's first unsplittable part (two lines, a whole short block, a table's header and
    /// first row), and, when that keeps with its own next, the same again.
    /// </summary>
    internal double LeadingHeight(IReadOnlyList<FlowItem> items, int from)
    {
        for (var j = from; j < items.Count; j++)
        {
            switch (items[j])
            {
                case StructureMark:
                    continue;
                case TextBlock block:
                    var first = Splittable(block)
                        ? (block.Shade?.PadTop ?? 0) + LineFit.Height(block.Lines, 0, MinimumLinesAtBreak)
                        : block.Height;
                    return block.SpaceBefore + first + (block.KeepWithNext ? LeadingHeight(items, j + 1) : 0);
                case TableItem table:
                    return table.SpaceBefore + table.HeaderHeight + (table.Rows.Count > 0 ? TablePlacer.LeastRowPart(table.Rows[0]) : 0);
                default:
                    return 0;
            }
        }

        return 0;
    }

    private static bool Splittable(TextBlock block) => !block.KeepTogether && block.Lines.Count >= 2 * MinimumLinesAtBreak;

    private void Place(TextBlock block, double leading)
    {
        if (block.KeepWithNext && !PageIsEmpty)
        {
            var together = block.Height + leading;
            if (Y + Gap(block.SpaceBefore) + together > Bottom && together <= _page.TextHeight)
            {
                NewPage();
            }
        }

        var shade = block.Shade;
        var first = 0;
        var started = false;
        var total = block.Lines.Count;
        while (!started || first < total)
        {
            var gap = started ? 0 : Gap(block.SpaceBefore);
            var padTop = first == 0 ? shade?.PadTop ?? 0 : 0;
            var padBottom = shade?.PadBottom ?? 0;
            var available = Bottom - Y - gap - padTop;
            var rest = LineFit.Height(block.Lines, first);
            if (LineFit.Fits(rest + padBottom, available) || first >= total)
            {
                PlaceLines(block, first, total - first, gap, padTop, padBottom, ref started);
                break;
            }

            var fit = LineFit.CountThatFit(block.Lines, first, available);
            var take = Splittable(block) ? Math.Min(fit, total - first - MinimumLinesAtBreak) : 0;
            if (take < MinimumLinesAtBreak)
            {
                take = 0;
            }

            if (take == 0 && PageIsEmpty)
            {
                // Taller than a whole page and not allowed to split: split anyway rather than loop.
                take = Math.Max(fit, 1);
            }

            if (take > 0)
            {
                PlaceLines(block, first, take, gap, padTop, 0, ref started);
                first += take;
            }

            NewPage();
        }

        Ops.Add(EndTagOp.Instance);
        PreviousSpaceAfter = block.SpaceAfter;
    }

    private void PlaceLines(TextBlock block, int first, int count, double gap, double padTop, double padBottom, ref bool started)
    {
        var top = Y + gap;
        var linesHeight = LineFit.Height(block.Lines, first, count);
        if (block.Shade is { } shade)
        {
            var height = padTop + linesHeight + padBottom;
            Ops.Add(new RectOp(_page.Left, top, _page.TextWidth, height, shade.Fill, null));
            Ops.Add(new LineOp(_page.Left + (Theme.NoteRuleWidth / 2), top, _page.Left + (Theme.NoteRuleWidth / 2), top + height, shade.Rule, Theme.NoteRuleWidth));
        }

        var y = top + padTop;
        if (!started)
        {
            started = true;
            if (block.Heading is { } heading)
            {
                _headings.Add(new HeadingPlacement(heading, PageNumber, y));
            }

            if (block.Label is { } label && count > 0)
            {
                var baseline = y + block.Lines[first].Baseline;
                Ops.Add(new BeginTagOp(StructureTag.Label));
                Ops.Add(new TextOp(_page.Left + label.X, baseline, label.Text, _measurer.Width(label.Text, label.Font), label.Font, label.Color));
                Ops.Add(EndTagOp.Instance);
            }

            Ops.Add(new BeginTagOp(block.Tag));
        }

        for (var i = first; i < first + count; i++)
        {
            var line = block.Lines[i];
            var entryEnd = block.PageNumberOf is not null && i == block.Lines.Count - 1;
            for (var f = 0; f < line.Fragments.Count; f++)
            {
                var fragment = line.Fragments[f];
                var x = _page.Left + block.Indent + fragment.X;
                Ops.Add(new TextOp(x, y + line.Baseline, fragment.Text, fragment.Width, fragment.Font, fragment.Color, fragment.Link)
                {
                    LinkWidth = entryEnd && f == line.Fragments.Count - 1 ? _page.Right - x : null,
                });
            }

            if (block.PageNumberOf is { } heading && i == block.Lines.Count - 1)
            {
                Ops.Add(new PageNumberSlot(heading, _page.Left + block.Indent + line.Width, y + line.Baseline, line.Fragments.Count > 0 ? line.Fragments[^1].Font : Theme.Body, line.Fragments.Count > 0 ? line.Fragments[^1].Color : Theme.Text));
            }

            y += line.Height;
        }

        Y = y + padBottom;
        PageIsEmpty = false;
    }

    // A contents entry's number is known only once every heading is placed: a dotted leader from
    // the entry's text to the number, right-aligned at the text edge. The number is not a link of
    // its own: the entry's link reaches over it (TextOp.LinkWidth), which halves the annotations a
    // long contents adds, each of which the tagged-PDF parent tree must list.
    private List<PageOp> ResolvePageNumbers(List<PageOp> ops, Dictionary<int, HeadingPlacement> placements)
    {
        var resolved = new List<PageOp>(ops.Count + 8);
        foreach (var op in ops)
        {
            if (op is not PageNumberSlot slot)
            {
                resolved.Add(op);
                continue;
            }

            if (!placements.TryGetValue(slot.HeadingIndex, out var placement))
            {
                continue;
            }

            var number = placement.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var width = _measurer.Width(number, slot.Font);
            var x = _page.Right - width;
            if (x - slot.LineEnd > 12)
            {
                resolved.Add(new LineOp(slot.LineEnd + 4, slot.Baseline, x - 4, slot.Baseline, Theme.Muted, 0.8, Dotted: true));
            }

            resolved.Add(new TextOp(x, slot.Baseline, number, width, slot.Font, slot.Color));
        }

        return resolved;
    }

    /// <summary>Where a contents entry's page number goes, until pagination knows it.</summary>
    private sealed record PageNumberSlot(int HeadingIndex, double LineEnd, double Baseline, FontSpec Font, Rgb Color) : PageOp;
}
