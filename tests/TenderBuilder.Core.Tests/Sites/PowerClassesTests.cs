using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>
/// Each point falls in exactly one AFIR Annex III category (verified-facts §9.15), and every text
/// names a category in one wording that says which side of each bound a point is on ("DC, 50 kW or
/// more and less than 150 kW"). The boundaries are where bidders would otherwise read a point two ways.
/// </summary>
public sealed class PowerClassesTests
{
    [Theory]
    [InlineData("ac", "3.7", PowerClass.AcBelow7_4)]
    [InlineData("ac", "7.39", PowerClass.AcBelow7_4)]
    [InlineData("ac", "7.4", PowerClass.Ac7_4To22)]
    [InlineData("ac", "11", PowerClass.Ac7_4To22)]
    [InlineData("ac", "22", PowerClass.Ac7_4To22)]
    [InlineData("ac", "22.1", PowerClass.AcAbove22)]
    [InlineData("ac", "43", PowerClass.AcAbove22)]
    [InlineData("dc", "24", PowerClass.DcBelow50)]
    [InlineData("dc", "49.9", PowerClass.DcBelow50)]
    [InlineData("dc", "50", PowerClass.Dc50To150)]
    [InlineData("dc", "149.9", PowerClass.Dc50To150)]
    [InlineData("dc", "150", PowerClass.Dc150To350)]
    [InlineData("dc", "349", PowerClass.Dc150To350)]
    [InlineData("dc", "350", PowerClass.Dc350AndAbove)]
    [InlineData("dc", "600", PowerClass.Dc350AndAbove)]
    public void A_point_is_in_the_one_class_its_current_and_power_give(string current, string kw, PowerClass expected)
    {
        PowerClasses.Of(current, decimal.Parse(kw, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("ac", null)]
    [InlineData("ac", "0")]
    [InlineData("dc", "-50")]
    [InlineData(null, "11")]
    [InlineData("three-phase", "11")]
    public void A_point_without_a_current_or_a_positive_power_is_in_no_class(string? current, string? kw)
    {
        PowerClasses.Of(current, kw is null ? null : decimal.Parse(kw, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeNull();
    }

    [Fact]
    public void Every_class_is_counted_by_its_own_question_of_the_sites_section()
    {
        var questions = PowerClasses.All.Select(PowerClasses.QuestionId).ToList();

        questions.ShouldBeUnique();
        questions.ShouldAllBe(id => CatalogueLoader.Default.Questionnaire.Find(id) != null);
    }

    [Theory]
    [InlineData(PowerClass.AcBelow7_4, "AC, less than 7.4 kW")]
    [InlineData(PowerClass.Ac7_4To22, "AC, 7.4 kW or more and 22 kW or less")]
    [InlineData(PowerClass.AcAbove22, "AC, more than 22 kW")]
    [InlineData(PowerClass.DcBelow50, "DC, less than 50 kW")]
    [InlineData(PowerClass.Dc50To150, "DC, 50 kW or more and less than 150 kW")]
    [InlineData(PowerClass.Dc150To350, "DC, 150 kW or more and less than 350 kW")]
    [InlineData(PowerClass.Dc350AndAbove, "DC, 350 kW or more")]
    public void A_class_is_written_with_the_bound_it_includes_said_in_words(PowerClass powerClass, string words)
    {
        PowerClasses.Describe(powerClass).ShouldBe(words);
        Core.Words.Vocabulary.English.Label(powerClass).ShouldBe(words);
    }

    [Theory]
    [InlineData("ac", "22", "22 kW or less")]
    [InlineData("ac", "7.4", "7.4 kW or more")]
    [InlineData("dc", "150", "150 kW or more")]
    [InlineData("dc", "50", "50 kW or more")]
    [InlineData("dc", "350", "350 kW or more")]
    public void A_point_on_a_bound_reads_as_inside_the_class_it_is_counted_in(string current, string kw, string bound)
    {
        var powerClass = PowerClasses.Of(current, decimal.Parse(kw, System.Globalization.CultureInfo.InvariantCulture))!.Value;

        PowerClasses.Describe(powerClass).ShouldContain(bound);
    }

    [Fact]
    public void Each_count_question_names_its_class_in_the_same_words()
    {
        foreach (var powerClass in PowerClasses.All)
        {
            var question = CatalogueLoader.Default.Questionnaire.Find(PowerClasses.QuestionId(powerClass))!;
            var current = PowerClasses.Current(powerClass).ToUpperInvariant();

            question.Label.ShouldBe($"How many {current} charging points of {PowerClasses.Bounds(powerClass)}?");
            PowerClasses.FromId(PowerClasses.Id(powerClass)).ShouldBe(powerClass);
        }
    }

    [Fact]
    public void No_shipped_text_writes_a_class_as_a_bare_range()
    {
        // "50–150 kW" leaves a bidder asking where a 150 kW point goes; the words say it.
        var ranges = new System.Text.RegularExpressions.Regex(@"\b\d+(\.\d+)?\s?[–-]\s?\d+(\.\d+)?\s?kW|[<>≤≥]\s?\d+(\.\d+)?\s?kW|kW to (below )?\d");
        var catalogue = CatalogueLoader.Default;
        var texts = catalogue.Questionnaire.Questions.SelectMany(q => new[] { q.Label, q.Help ?? "", q.Why ?? "" }.Concat(q.Options.Select(o => o.Label)))
            .Concat(catalogue.Clauses.SelectMany(c => new[] { c.DisplayTitle, c.DisplayText, c.Verification.Text }));

        texts.Where(t => ranges.IsMatch(t)).ShouldBeEmpty();
    }
}
