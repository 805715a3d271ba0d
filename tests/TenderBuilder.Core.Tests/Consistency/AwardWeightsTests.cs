using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Tests.Consistency;

/// <summary>The award weights' total, as the award step shows it under the weights.</summary>
public sealed class AwardWeightsTests
{
    private static AnswerSet Answers(params (string Id, string Json)[] answers) =>
        AnswerSet.Resolve(CatalogueLoader.Default.Questionnaire, new TenderInput
        {
            Answers = answers.ToDictionary(a => a.Id, a => JsonDocument.Parse(a.Json).RootElement.Clone()),
        });

    [Fact]
    public void Weights_short_of_100_say_how_much_is_missing_and_hidden_weights_do_not_count()
    {
        var weights = AwardWeights.Of(Answers(
            ("model.type", "\"services\""), ("award.basis", "\"best_price_quality\""),
            ("award.weight_service_quality", "30"), ("award.weight_user_experience", "42.5"),
            // Asked only for limited permits: not part of this tender's total.
            ("award.weight_permit_operations", "50")));

        weights.Total.ShouldBe(72.5m);
        weights.AddUp.ShouldBeFalse();
        weights.Describe().ShouldBe("Total 72.5 %: 27.5 % missing to 100 %");
    }

    [Fact]
    public void Weights_over_100_say_how_many_too_many_and_exactly_100_says_only_the_total()
    {
        AwardWeights.Of(Answers(("model.type", "\"services\""), ("award.basis", "\"best_price_quality\""),
            ("award.weight_service_quality", "60"), ("award.weight_user_experience", "50"))).Describe()
            .ShouldBe("Total 110 %: 10 % too many");
        var exact = AwardWeights.Of(Answers(("model.type", "\"services\""), ("award.basis", "\"best_price_quality\""),
            ("award.weight_service_quality", "60"), ("award.weight_user_experience", "40")));
        exact.AddUp.ShouldBeTrue();
        exact.Describe().ShouldBe("Total 100 %");
    }

    [Fact]
    public void On_lowest_price_no_weight_is_asked_so_there_is_no_total()
    {
        var weights = AwardWeights.Of(Answers(("model.type", "\"services\""), ("award.basis", "\"lowest_price\""), ("award.weight_service_quality", "60")));

        weights.Any.ShouldBeFalse();
    }
}
