using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

public sealed class ColumnSizerTests
{
    [Fact]
    public void Widths_follow_the_hints_and_fill_the_text_width()
    {
        var widths = ColumnSizer.Widths([new Column(1), new Column(3)], 2, 400, 40);

        widths.ShouldBe([100d, 300d]);
    }

    [Fact]
    public void A_narrow_column_gets_the_minimum_width_taken_from_the_others()
    {
        var widths = ColumnSizer.Widths([new Column(1), new Column(20), new Column(20)], 3, 410, 40);

        widths[0].ShouldBe(40);
        widths[1].ShouldBe(185, 1e-9);
        widths[2].ShouldBe(185, 1e-9);
        widths.Sum().ShouldBe(410, 1e-9);
    }

    [Fact]
    public void Missing_or_invalid_hints_count_as_one_and_too_many_columns_share_equally()
    {
        ColumnSizer.Widths([new Column(double.NaN), new Column(-2)], 3, 300, 40).ShouldBe([100d, 100d, 100d]);
        ColumnSizer.Widths([], 20, 400, 40).ShouldAllBe(w => w == 20);
    }
}
