using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

public sealed class LineBreakerTests
{
    private static readonly FontSpec Font = new(10);

    // 10 pt, 5 pt a character: a 50 pt line holds 10 characters.
    private static List<string> Lines(string text, double width = 50) =>
        [.. new LineBreaker(FixedWidthMeasurer.Instance, 1.2).Break([new StyledRun(text, Font, default)], width).Select(l => l.Text)];

    [Fact]
    public void Text_breaks_at_spaces_and_the_space_at_a_line_end_is_dropped()
    {
        Lines("shall accept contactless payment", 55).ShouldBe(["shall", "accept", "contactless", "payment"]);
        Lines("a bb ccc dd eee").ShouldBe(["a bb ccc", "dd eee"]);
    }

    [Fact]
    public void Text_breaks_after_a_hyphen_between_words_but_not_inside_numbers()
    {
        Lines("smart bidirectional-charging", 80).ShouldBe(["smart", "bidirectional-", "charging"]);
        Lines("ISO 15118-20 now", 40).ShouldBe(["ISO", "15118-20", "now"]);
    }

    [Fact]
    public void Text_breaks_after_a_slash_between_words_and_numbers_but_not_in_a_scheme()
    {
        Lines("Regulation 2023/1804", 60).ShouldBe(["Regulation", "2023/1804"]);
        Lines("Reg 20231/18042", 40).ShouldBe(["Reg", "20231/", "18042"]);
        Lines("https://eur", 40).ShouldBe(["https://", "eur"]);
    }

    [Fact]
    public void A_non_breaking_space_keeps_its_neighbours_on_one_line()
    {
        Lines("see Art.\u00A05 now", 40).ShouldBe(["see", "Art.\u00A05", "now"]);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_between_characters_and_nothing_is_lost()
    {
        var word = new string('W', 10_000);

        var lines = Lines(word);

        lines.Count.ShouldBe(1_000);
        lines.ShouldAllBe(l => l.Length == 10);
        string.Concat(lines).ShouldBe(word);
    }

    [Fact]
    public void An_overlong_token_after_other_words_starts_a_new_line_first()
    {
        Lines("go ABCDEFGHIJKLMNO").ShouldBe(["go", "ABCDEFGHIJ", "KLMNO"]);
    }

    [Fact]
    public void No_line_is_wider_than_the_width()
    {
        var lines = new LineBreaker(FixedWidthMeasurer.Instance, 1.2).Break(
            [new StyledRun("Every publicly accessible recharging point shall allow any user to recharge ad hoc " + new string('x', 300), Font, default)],
            73);

        lines.ShouldAllBe(l => l.Width <= 73);
        lines.ShouldAllBe(l => l.Fragments.All(f => f.X + f.Width <= 73));
    }

    [Fact]
    public void A_word_spanning_two_runs_stays_together_and_each_run_is_its_own_fragment()
    {
        var lines = new LineBreaker(FixedWidthMeasurer.Instance, 1.2).Break(
            [new StyledRun("accept ", Font, default), new StyledRun("contact", Font with { Bold = true }, default), new StyledRun("less now", Font, default)],
            60);

        lines.Select(l => l.Text).ShouldBe(["accept", "contactless", "now"]);
        lines[1].Fragments.Select(f => (f.Text, f.Font.Bold, f.X)).ShouldBe([("contact", true, 0d), ("less", false, 35d)]);
    }

    [Fact]
    public void A_forced_break_starts_a_new_line_and_an_empty_line_keeps_its_height()
    {
        var lines = new LineBreaker(FixedWidthMeasurer.Instance, 1.2).Break([new StyledRun("one\n\ntwo", Font, default)], 500);

        lines.Select(l => l.Text).ShouldBe(["one", "", "two"]);
        lines.ShouldAllBe(l => l.Height == 12);
    }

    [Fact]
    public void Words_on_one_line_in_one_run_are_drawn_as_one_fragment()
    {
        var line = new LineBreaker(FixedWidthMeasurer.Instance, 1.2).Break([new StyledRun("one two three", Font, default)], 500).Single();

        line.Fragments.Single().Text.ShouldBe("one two three");
        line.Width.ShouldBe(65);
    }
}
