using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Catalogues;

/// <summary>`plausible:` on a question: read when well formed, refused with file and line when not.</summary>
public sealed class PlausibleRangeLoaderTests
{
    private static string ModelWith(string plausible) =>
        MiniCatalogue.Model.Replace("    max: 30\n", $"    max: 30\n    plausible: {plausible}\n", StringComparison.Ordinal);

    private static string SingleError(string model) =>
        Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(model: model)).Errors.ShouldHaveSingleItem();

    [Fact]
    public void A_plausible_range_on_a_number_is_read_with_its_reason()
    {
        var catalogue = MiniCatalogue.Load(model: ModelWith("{ min: 2, max: 20, reason: \"Terms are rarely longer.\" }"));

        var range = catalogue.Questionnaire.Find("model.duration_years")!.Plausible.ShouldNotBeNull();
        (range.Min, range.Max, range.Reason).ShouldBe((2m, 20m, "Terms are rarely longer."));
    }

    [Fact]
    public void A_range_without_a_reason_is_an_error_naming_file_and_line()
    {
        SingleError(ModelWith("{ max: 20 }")).ShouldStartWith("questions/model.yaml:");
        SingleError(ModelWith("{ max: 20 }")).ShouldContain("\"reason\" is required");
    }

    [Fact]
    public void A_range_outside_the_accepted_range_is_an_error()
    {
        SingleError(ModelWith("{ max: 50, reason: Too long. }")).ShouldContain("must lie inside the accepted range (1 to 30)");
    }

    [Fact]
    public void A_min_above_the_max_is_an_error()
    {
        SingleError(ModelWith("{ min: 20, max: 5, reason: Odd. }")).ShouldContain("the plausible min 20 is above the plausible max 5");
    }

    [Fact]
    public void Years_ahead_on_a_number_and_an_unknown_key_are_errors()
    {
        SingleError(ModelWith("{ maxYearsAhead: 2, reason: Odd. }")).ShouldContain("maxYearsAhead is for dates");
        SingleError(ModelWith("{ max: 20, maximum: 25, reason: Odd. }")).ShouldContain("unknown key \"maximum\"");
    }

    [Fact]
    public void A_range_on_a_choice_question_is_an_error()
    {
        var model = MiniCatalogue.Model.Replace("    type: singleChoice\n", "    type: singleChoice\n    plausible: { max: 2, reason: Odd. }\n", StringComparison.Ordinal);

        SingleError(model).ShouldContain("question model.type: `plausible:` is for number, percentage, money and date questions, not SingleChoice");
    }

    [Fact]
    public void The_shipped_catalogue_marks_the_tariff_the_totals_the_weights_and_the_deadlines()
    {
        var questionnaire = CatalogueLoader.Default.Questionnaire;

        questionnaire.Find("payment.price_cap_per_kwh")!.Plausible!.Max.ShouldBe(2m);
        questionnaire.Find("tender.estimated_value")!.Plausible.ShouldNotBeNull();
        questionnaire.Find("award.weight_price")!.Plausible.ShouldNotBeNull();
        questionnaire.Find("sites.site_count")!.Plausible.ShouldNotBeNull();
        questionnaire.Find("tender.submission_deadline")!.Plausible!.MaxYearsAhead.ShouldBe(2);
    }
}
