using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>An award criterion weighted 0 % is left out: printed, it would only puzzle bidders.</summary>
public sealed class ZeroWeightCriterionTests
{
    [Fact]
    public void A_criterion_weighted_0_percent_is_not_included_and_the_memo_says_why()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "regional-framework-lots.yaml"))).Input;
        var answers = input.Answers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        answers["award.weight_grid_smart"] = JsonSerializer.SerializeToElement(0);

        var package = RulesEngine.Evaluate(input with { Answers = answers }, CatalogueLoader.Default, new DateOnly(2026, 11, 29));

        package.Clauses.ShouldNotContain(c => c.Id == "award.grid-and-smart-charging-concept");
        package.Excluded.Single(c => c.Id == "award.grid-and-smart-charging-concept").Reason.ShouldContain("its weight is 0 %");
        package.Clauses.Where(c => c.Kind == ClauseKind.AwardCriterion)
            .ShouldAllBe(c => c.Parameters.Single(p => p.Name == "weight").Rendered != "0 %");
    }
}
