using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>
/// Pagination on a small page: the text area is 160 pt high and every line 10 pt, so a page
/// holds 16 lines; table rows are one 10 pt line plus 3 pt padding above and below.
/// </summary>
public sealed class PaginatorTests
{
    private static readonly PageGeometry Page = new(200, 200, 20, 10);
    private static readonly FontSpec Font = new(10);

    private static TextLine Line(string text) => new([new LineFragment(text, 0, 10, Font, default, null)], 10, 10, 8);

    private static TextBlock Paragraph(string name, int lines) =>
        new([.. Enumerable.Range(1, lines).Select(i => Line($"{name}-{i}"))], StructureTag.Paragraph);

    private static TextBlock Heading(string text, int index = 0) =>
        new([Line(text)], StructureTag.Heading1) { KeepWithNext = true, KeepTogether = true, Heading = new HeadingInfo(index, 1, text) };

    private static LaidOutDocument Paginate(params FlowItem[] items) => new Paginator(Page, FixedWidthMeasurer.Instance).Paginate(items);

    private static int PageOf(LaidOutDocument document, string text) =>
        document.Pages.Single(p => p.Ops.OfType<TextOp>().Any(t => t.Text == text && !t.Artifact)).Number;

    private static int[] PagesOf(LaidOutDocument document, string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(i => PageOf(document, $"{prefix}-{i}"))];

    [Fact]
    public void A_heading_that_would_stand_alone_at_the_page_foot_moves_to_the_next_page_with_its_text()
    {
        // 14 lines leave room for 2: the heading and one line of text, not the two the rule asks for.
        var document = Paginate(Paragraph("filler", 14), Heading("Grid"), Paragraph("text", 6));

        PageOf(document, "Grid").ShouldBe(2);
        document.Headings.Single().PageNumber.ShouldBe(2);
        PagesOf(document, "text", 6).ShouldAllBe(p => p == 2);
    }

    [Fact]
    public void A_heading_stays_when_its_first_two_lines_of_text_fit_below_it()
    {
        var document = Paginate(Paragraph("filler", 13), Heading("Grid"), Paragraph("text", 6));

        PageOf(document, "Grid").ShouldBe(1);
        PagesOf(document, "text", 6).ShouldBe([1, 1, 2, 2, 2, 2]);
    }

    [Fact]
    public void Two_headings_in_a_row_keep_together_with_the_text_after_them()
    {
        var document = Paginate(Paragraph("filler", 13), Heading("Part", 0), Heading("Section", 1), Paragraph("text", 6));

        PageOf(document, "Part").ShouldBe(2);
        PageOf(document, "Section").ShouldBe(2);
    }

    [Fact]
    public void A_paragraph_never_leaves_a_single_line_at_the_page_foot()
    {
        var document = Paginate(Paragraph("filler", 15), Paragraph("text", 6));

        PagesOf(document, "text", 6).ShouldAllBe(p => p == 2);
    }

    [Fact]
    public void A_paragraph_never_leaves_a_single_line_at_the_head_of_the_next_page()
    {
        // Five lines would fit, but then one would be left alone on the next page: four go.
        var document = Paginate(Paragraph("filler", 11), Paragraph("text", 6));

        PagesOf(document, "text", 6).ShouldBe([1, 1, 1, 1, 2, 2]);
    }

    [Fact]
    public void A_paragraph_of_fewer_than_four_lines_moves_whole()
    {
        var document = Paginate(Paragraph("filler", 14), Paragraph("text", 3));

        PagesOf(document, "text", 3).ShouldAllBe(p => p == 2);
    }

    [Fact]
    public void A_paragraph_taller_than_a_page_runs_over_several_pages_in_order()
    {
        var document = Paginate(Paragraph("long", 40));

        PagesOf(document, "long", 40).ShouldBe([.. Enumerable.Repeat(1, 16), .. Enumerable.Repeat(2, 16), .. Enumerable.Repeat(3, 8)]);
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_two_in_a_row_make_one()
    {
        var document = Paginate(Paragraph("a", 1), PageBreakItem.Instance, PageBreakItem.Instance, Paragraph("b", 1));

        document.Pages.Count.ShouldBe(2);
        PageOf(document, "b-1").ShouldBe(2);
    }

    [Fact]
    public void Every_line_stays_inside_the_text_area()
    {
        var document = Paginate(Paragraph("a", 7), Heading("H"), Paragraph("b", 30), Paragraph("c", 3), Paragraph("d", 9));

        foreach (var text in document.Pages.SelectMany(p => p.Ops).OfType<TextOp>())
        {
            (text.Baseline - 8).ShouldBeGreaterThanOrEqualTo(Page.Top - 1e-9);
            (text.Baseline + 2).ShouldBeLessThanOrEqualTo(Page.Bottom + 1e-9);
        }
    }

    private static TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell([Line(c)]))]);

    private static TableItem Table(int rows, params TableRow[] extra) => new(
        [80, 80],
        [Alignment.Left, Alignment.Left],
        [Row("Head A", "Head B")],
        [.. Enumerable.Range(1, rows).Select(i => Row($"row-{i}", $"value-{i}")), .. extra]);

    [Fact]
    public void Table_header_rows_are_repeated_on_every_page_the_table_continues_on()
    {
        // A header and nine 16 pt rows fill a 160 pt page.
        var document = Paginate(Table(30));

        document.Pages.Count.ShouldBe(4);
        PagesOf(document, "row", 30).ShouldBe([.. Enumerable.Range(0, 30).Select(i => (i / 9) + 1)]);
        foreach (var page in document.Pages)
        {
            var texts = page.Ops.OfType<TextOp>().ToList();
            texts[0].Text.ShouldBe("Head A");
            texts[0].Artifact.ShouldBe(page.Number > 1, "the repeated header is an artifact, the first one is content");
        }
    }

    [Fact]
    public void A_short_row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var tall = new TableRow([new TableCell([Line("tall-1"), Line("tall-2"), Line("tall-3")]), new TableCell([Line("side")])]);

        // A header and eight rows leave 16 pt; the 36 pt row moves.
        var document = Paginate(Table(8, tall));

        PagesOf(document, "tall", 3).ShouldAllBe(p => p == 2);
        PageOf(document, "side").ShouldBe(2);
    }

    [Fact]
    public void A_row_taller_than_the_rest_of_the_page_splits_and_continues_under_the_repeated_header()
    {
        var tall = new TableRow([new TableCell([.. Enumerable.Range(1, 30).Select(i => Line($"cell-{i}"))]), new TableCell([Line("side")])]);

        var document = Paginate(Table(2, tall));

        // Header and two rows take 48 pt: 112 pt remain, room for ten lines and padding; a page
        // under the repeated header has room for thirteen.
        PagesOf(document, "cell", 30).ShouldBe([.. Enumerable.Repeat(1, 10), .. Enumerable.Repeat(2, 13), .. Enumerable.Repeat(3, 7)]);
        document.Pages.Skip(1).ShouldAllBe(p => p.Ops.OfType<TextOp>().First().Text == "Head A");
    }

    [Fact]
    public void A_table_starts_on_a_new_page_when_its_header_and_first_row_do_not_fit()
    {
        var document = Paginate(Paragraph("filler", 14), Table(3));

        PageOf(document, "Head A").ShouldBe(2);
    }

    [Fact]
    public void Structure_marks_balance_across_pages()
    {
        var document = Paginate(StructureMark.Begin(StructureTag.List), Paragraph("a", 30), StructureMark.End, Table(20));

        var depth = 0;
        foreach (var op in document.Pages.SelectMany(p => p.Ops))
        {
            depth += op switch { BeginTagOp => 1, EndTagOp => -1, _ => 0 };
            depth.ShouldBeGreaterThanOrEqualTo(0);
        }

        depth.ShouldBe(0);
    }
}
