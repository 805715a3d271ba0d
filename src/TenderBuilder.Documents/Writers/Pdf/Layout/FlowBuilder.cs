using System.Collections.Immutable;
using System.Globalization;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// Turns a <see cref="Document"/> into flow items: the cover, the contents (headings of levels 1
/// and 2), then every block, each broken into lines for its width. It says the same as the Word
/// writer: the contents and every page break start a new page, consecutive breaks make one.
/// </summary>
internal sealed class FlowBuilder
{
    private const string Bullet = "\u2022";

    private readonly PageGeometry _page;
    private readonly ITextMeasurer _measurer;
    private readonly LineBreaker _breaker;
    private readonly InlineRuns _runs;
    private readonly IReadOnlyList<HeadingInfo> _headings;
    private readonly List<FlowItem> _items = [];
    private int _nextHeading;

    public FlowBuilder(Document document, PageGeometry page, ITextMeasurer measurer)
    {
        _page = page;
        _measurer = measurer;
        _breaker = new LineBreaker(measurer, Theme.LineSpacing);
        var headings = document.Headings.ToList();
        _headings = [.. headings.Select((h, i) => new HeadingInfo(i, Math.Clamp(h.Level, 1, 3), PdfText.CleanSingleLine(h.Text)))];
        _runs = new InlineRuns(headings);
    }

    public IReadOnlyList<HeadingInfo> Headings => _headings;

    public IReadOnlyList<FlowItem> Build(Document document)
    {
        Cover(document.Metadata);
        _items.Add(PageBreakItem.Instance);
        foreach (var block in document.Blocks.IsDefault ? [] : document.Blocks)
        {
            Add(block);
        }

        return _items;
    }

    private void Add(Block block)
    {
        switch (block)
        {
            case Heading heading:
                Heading(heading);
                break;
            case Paragraph paragraph:
                Paragraph(paragraph);
                break;
            case ListBlock list:
                List(list);
                break;
            case Table table:
                Table(table);
                break;
            case Note note:
                Note(note);
                break;
            case PageBreak:
                _items.Add(PageBreakItem.Instance);
                break;
            case TableOfContents toc:
                Contents(toc);
                break;
            default:
                throw new NotSupportedException("Unknown block " + block.GetType().Name);
        }
    }

    private void Cover(DocumentMetadata metadata)
    {
        // The title sits about a third down the page, where a cover title sits.
        _items.Add(new VerticalSpace(_page.TextHeight * 0.22));
        _items.Add(Block([new StyledRun(PdfText.CleanSingleLine(metadata.Title), Theme.CoverTitle, Theme.Accent)], StructureTag.Paragraph) with { SpaceAfter = 10 });
        _items.Add(Block([new StyledRun(PdfText.CleanSingleLine(metadata.TenderTitle), Theme.CoverSubtitle, Theme.Muted)], StructureTag.Paragraph) with { SpaceAfter = 36 });
        var words = Words.DocumentWords.For(metadata.Language);
        CoverLine(words.CoverAuthority, metadata.Authority);
        CoverLine(words.CoverReference, metadata.Reference);

        // ISO 8601: unambiguous in every EU language.
        CoverLine(words.CoverDate, Core.Words.ValueText.Date(metadata.Date, metadata.Language));
        CoverLine(words.CoverCatalogue, metadata.CatalogVersion);
    }

    private void CoverLine(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _items.Add(Block(
                [new StyledRun(label + ": ", Theme.Body with { Bold = true }, Theme.Text), new StyledRun(PdfText.CleanSingleLine(value), Theme.Body, Theme.Text)],
                StructureTag.Paragraph) with { SpaceAfter = 4 });
        }
    }

    private void Contents(TableOfContents toc)
    {
        _items.Add(PageBreakItem.Instance);
        _items.Add(Block([new StyledRun(PdfText.CleanSingleLine(toc.Title), Theme.Heading(1), Theme.Accent)], StructureTag.Paragraph) with { SpaceAfter = 12, KeepWithNext = true });
        _items.Add(StructureMark.Begin(StructureTag.TableOfContents));
        foreach (var heading in _headings.Where(h => h.Level <= 2))
        {
            var indent = heading.Level == 1 ? 0 : 14;
            var font = heading.Level == 1 ? Theme.Body with { Bold = true } : Theme.Body;
            var lines = _breaker.Break([new StyledRun(heading.Text, font, Theme.Text, LinkTarget.ToHeading(heading.Index))], _page.TextWidth - indent - Theme.TocNumberWidth);
            _items.Add(StructureMark.Begin(StructureTag.TableOfContentsItem));
            _items.Add(new TextBlock(lines, StructureTag.Paragraph)
            {
                Indent = indent,
                SpaceBefore = heading.Level == 1 ? 6 : 1,
                SpaceAfter = 1,
                KeepTogether = true,
                PageNumberOf = heading.Index,
            });
            _items.Add(StructureMark.End);
        }

        _items.Add(StructureMark.End);

        // The contents get a page of their own.
        _items.Add(PageBreakItem.Instance);
    }

    private void Heading(Heading heading)
    {
        var info = _headings[_nextHeading++];
        var (before, after) = Theme.HeadingSpace(info.Level);
        var tag = info.Level switch { 1 => StructureTag.Heading1, 2 => StructureTag.Heading2, _ => StructureTag.Heading3 };
        _items.Add(Block(_runs.Of(heading.Content, Theme.Heading(info.Level), Theme.Accent), tag) with
        {
            SpaceBefore = before,
            SpaceAfter = after,
            KeepWithNext = true,
            KeepTogether = true,
            Heading = info,
        });
    }

    private void Paragraph(Paragraph paragraph)
    {
        var small = paragraph.Style == ParagraphStyle.Small;
        _items.Add(Block(_runs.Of(paragraph.Content, small ? Theme.Small : Theme.Body, small ? Theme.Muted : Theme.Text), StructureTag.Paragraph) with
        {
            SpaceAfter = Theme.ParagraphSpaceAfter,
        });
    }

    private void List(ListBlock list)
    {
        if (list.Items.IsDefaultOrEmpty)
        {
            return;
        }

        var labels = list.Items.Select((_, i) => list.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : Bullet).ToList();
        var labelWidth = labels.Max(l => _measurer.Width(l, Theme.Body));
        var indent = Theme.ListIndent + labelWidth + Theme.ListLabelGap;
        _items.Add(StructureMark.Begin(StructureTag.List));
        for (var i = 0; i < list.Items.Length; i++)
        {
            // Numbers are right-aligned on the gap, so "9." and "10." line up.
            var label = labels[i];
            var labelX = Theme.ListIndent + labelWidth - _measurer.Width(label, Theme.Body);
            var lines = _breaker.Break(_runs.Of(list.Items[i], Theme.Body, Theme.Text), _page.TextWidth - indent);
            _items.Add(StructureMark.Begin(StructureTag.ListItem));
            _items.Add(new TextBlock(lines, StructureTag.ListBody)
            {
                Indent = indent,
                Label = new HangingLabel(label, labelX, Theme.Body, Theme.Text),
                SpaceBefore = i == 0 ? 2 : 0,
                SpaceAfter = i == list.Items.Length - 1 ? Theme.ParagraphSpaceAfter : Theme.ListItemSpaceAfter,
            });
            _items.Add(StructureMark.End);
        }

        _items.Add(StructureMark.End);
    }

    private void Table(Table table)
    {
        var header = table.HeaderRows.IsDefault ? [] : table.HeaderRows;
        var body = table.Rows.IsDefault ? [] : table.Rows;
        var columns = table.Columns.IsDefault ? [] : table.Columns;
        var count = Math.Max(columns.Length, header.Concat(body).Select(r => r.IsDefault ? 0 : r.Length).DefaultIfEmpty(0).Max());
        var caption = PdfText.CleanSingleLine(table.Caption);
        if (caption.Length > 0)
        {
            _items.Add(Block([new StyledRun(caption, Theme.Caption, Theme.Accent)], StructureTag.Paragraph) with
            {
                SpaceBefore = 8,
                SpaceAfter = 4,
                KeepWithNext = count > 0 && header.Length + body.Length > 0,
                KeepTogether = true,
            });
        }

        if (count == 0 || header.Length + body.Length == 0)
        {
            // Nothing to tabulate: the caption alone says what is missing, as in the Word document.
            return;
        }

        var widths = ColumnSizer.Widths(columns, count, _page.TextWidth, Theme.MinimumColumnWidth);
        var alignments = Enumerable.Range(0, count).Select(i => i < columns.Length ? columns[i].Alignment : Alignment.Left).ToList();
        _items.Add(new TableItem(widths, alignments, [.. header.Select(r => Row(r, widths, bold: true))], [.. body.Select(r => Row(r, widths, bold: false))])
        {
            SpaceBefore = caption.Length > 0 ? 0 : 8,
            SpaceAfter = 10,
        });
    }

    private TableRow Row(ImmutableArray<ImmutableArray<Inline>> cells, double[] widths, bool bold)
    {
        var font = Theme.TableText with { Bold = bold };
        return new TableRow([.. widths.Select((width, i) => new TableCell(
            _breaker.Break(_runs.Of(!cells.IsDefault && i < cells.Length ? cells[i] : [], font, Theme.Text), width - (2 * Theme.CellPaddingX))))]);
    }

    private void Note(Note note)
    {
        var paragraphs = note.Paragraphs.IsDefault ? [] : note.Paragraphs;
        if (paragraphs.IsEmpty)
        {
            return;
        }

        var (fill, rule) = Theme.Note(note.Kind);
        var width = _page.TextWidth - Theme.NotePaddingX - (Theme.NotePaddingX / 2);
        _items.Add(StructureMark.Begin(StructureTag.Division));
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var small = paragraphs[i].Style == ParagraphStyle.Small;
            var first = i == 0;
            var last = i == paragraphs.Length - 1;
            var lines = _breaker.Break(_runs.Of(paragraphs[i].Content, small ? Theme.Small : Theme.Body, small ? Theme.Muted : Theme.Text), width);

            // The paragraphs of one call-out share one box: the gap between them is shaded too.
            _items.Add(new TextBlock(lines, StructureTag.Paragraph)
            {
                Indent = Theme.NotePaddingX,
                Shade = new Shade(fill, rule, first ? Theme.NotePaddingY : 0, last ? Theme.NotePaddingY : 4),
                SpaceBefore = first ? 8 : 0,
                SpaceAfter = last ? 10 : 0,
            });
        }

        _items.Add(StructureMark.End);
    }

    private TextBlock Block(IReadOnlyList<StyledRun> runs, StructureTag tag) =>
        new(_breaker.Break(runs, _page.TextWidth), tag);
}
