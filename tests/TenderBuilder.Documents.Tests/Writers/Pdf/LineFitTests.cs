using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>
/// The one measure by which paragraphs and table cells are split at a page foot: how many of
/// their lines fit into the height left.
/// </summary>
public sealed class LineFitTests
{
    private static TextLine Line(double height) => new([], 0, height, height * 0.8);

    private static TextLine[] Lines(params double[] heights) => [.. heights.Select(Line)];

    [Fact]
    public void Lines_that_fill_the_height_exactly_all_fit()
    {
        LineFit.CountThatFit(Lines(10, 10, 10), 0, 30).ShouldBe(3);
    }

    [Fact]
    public void Lines_whose_heights_add_up_with_rounding_error_still_fit_exactly()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point: the line must not move for that.
        LineFit.CountThatFit(Lines(0.1, 0.2), 0, 0.3).ShouldBe(2);
    }

    [Fact]
    public void A_line_taller_than_the_height_left_does_not_fit()
    {
        LineFit.CountThatFit(Lines(12, 10), 0, 11.9).ShouldBe(0);
    }

    [Fact]
    public void Counting_stops_at_the_first_line_that_does_not_fit_even_if_a_later_one_would()
    {
        LineFit.CountThatFit(Lines(10, 20, 5), 0, 25).ShouldBe(1);
    }

    [Fact]
    public void Counting_starts_where_the_previous_page_left_off()
    {
        LineFit.CountThatFit(Lines(10, 10, 10, 10), 3, 100).ShouldBe(1);
        LineFit.CountThatFit(Lines(10, 10), 2, 100).ShouldBe(0);
    }

    [Fact]
    public void An_empty_stack_has_no_lines_to_fit_and_no_height()
    {
        LineFit.CountThatFit([], 0, 100).ShouldBe(0);
        LineFit.Height([]).ShouldBe(0);
    }

    [Fact]
    public void Height_counts_only_the_lines_there_are()
    {
        var lines = Lines(10, 12, 14);

        LineFit.Height(lines).ShouldBe(36);
        LineFit.Height(lines, 1).ShouldBe(26);
        LineFit.Height(lines, 0, 2).ShouldBe(22);
        LineFit.Height(lines, 2, 5).ShouldBe(14);
        LineFit.Height(lines, 3).ShouldBe(0);
    }
}
