using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>
/// Each point falls in exactly one AFIR Annex III category (verified-facts §9.15): AC &lt; 7.4,
/// 7.4–22, &gt; 22; DC &lt; 50, 50–150, 150–350, ≥ 350. The boundaries are where bidders would
/// otherwise read a point two ways.
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
}
