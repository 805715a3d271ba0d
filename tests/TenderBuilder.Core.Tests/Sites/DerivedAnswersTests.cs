using TenderBuilder.Core.Catalogues;
using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>
/// With sites listed, the number of sites and the points per power class are counted from the list
/// (each group once per alike site), whatever totals were typed before; without a list the typed
/// totals count as they always did. Whether the contract is divided follows the lots list.
/// </summary>
public sealed class DerivedAnswersTests
{
    private static readonly DateOnly s_day = new(2026, 12, 6);

    private static readonly TenderInput s_totalsOnly = new()
    {
        Answers = new Dictionary<string, JsonElement>
        {
            ["sites.site_count"] = JsonSerializer.SerializeToElement(3),
            ["sites.points_ac_7_4_22"] = JsonSerializer.SerializeToElement(6),
            ["sites.points_dc_50_150"] = JsonSerializer.SerializeToElement(0),
        },
    };

    [Fact]
    public void Listed_sites_give_the_totals_per_power_class_counting_each_group_once_per_alike_site()
    {
        var input = s_totalsOnly with
        {
            Sites =
            [
                Site("N", siteCount: 40, new PointGroup { Count = 2, Current = "ac", RatedKw = 11 }),
                Site("HUB", siteCount: 1, new PointGroup { Count = 4, Current = "dc", RatedKw = 300 }, new PointGroup { Count = 2, Current = "dc", RatedKw = 50 }),
                Site("P", siteCount: 1, new PointGroup { Count = 12, Current = "ac", RatedKw = 22 }),
            ],
        };

        var answers = RulesEngine.Evaluate(input, CatalogueLoader.Default, s_day).Answers;

        answers.Number("sites.site_count").ShouldBe(42);
        answers.Number("sites.points_ac_7_4_22").ShouldBe(92);
        answers.Number("sites.points_dc_50_150").ShouldBe(2);
        answers.Number("sites.points_dc_150_350").ShouldBe(4);
        answers.Number("sites.points_ac_under_7_4").ShouldBe(0);
        answers["sites.points_ac_7_4_22"].Origin.ShouldBe(AnswerOrigin.Derived);
    }

    [Fact]
    public void Without_sites_the_typed_totals_count_and_no_total_is_made_up()
    {
        var answers = RulesEngine.Evaluate(s_totalsOnly, CatalogueLoader.Default, s_day).Answers;

        answers.Number("sites.site_count").ShouldBe(3);
        answers.Number("sites.points_ac_7_4_22").ShouldBe(6);
        answers["sites.points_ac_7_4_22"].Origin.ShouldBe(AnswerOrigin.Given);
        answers.Number("sites.points_dc_150_350").ShouldBeNull();
    }

    [Fact]
    public void Listing_a_fast_charger_brings_the_clauses_for_points_of_50_kW_and_more_that_typed_totals_of_zero_did_not()
    {
        var withHub = s_totalsOnly with { Sites = [Site("HUB", 1, new PointGroup { Count = 2, Current = "dc", RatedKw = 150 })] };

        var before = RulesEngine.Evaluate(s_totalsOnly, CatalogueLoader.Default, s_day).Clauses.Select(c => c.Id).ToHashSet();
        var after = RulesEngine.Evaluate(withHub, CatalogueLoader.Default, s_day).Clauses.Select(c => c.Id).ToHashSet();

        after.Except(before).ShouldNotBeEmpty("a DC point of 150 kW brings AFIR's duties for points of 50 kW and more");
    }

    [Fact]
    public void The_contract_is_divided_when_the_lots_list_holds_two_lots_or_more_and_an_answer_cannot_say_otherwise()
    {
        var one = new TenderInput { Tender = new TenderMetadata { Lots = new LotsInfo { Items = [new Lot { Id = "1", Title = "All" }] } } };
        var two = new TenderInput { Tender = new TenderMetadata { Lots = new LotsInfo { Items = [new Lot { Id = "1", Title = "AC" }, new Lot { Id = "2", Title = "DC" }] } } };
        var claimed = one with { Answers = new Dictionary<string, JsonElement> { ["tender.lots_divided"] = JsonSerializer.SerializeToElement(true) } };

        RulesEngine.Evaluate(one, CatalogueLoader.Default, s_day).Answers.Flag("tender.lots_divided").ShouldBe(false);
        RulesEngine.Evaluate(two, CatalogueLoader.Default, s_day).Answers.Flag("tender.lots_divided").ShouldBe(true);
        var package = RulesEngine.Evaluate(claimed, CatalogueLoader.Default, s_day);
        package.Answers.Flag("tender.lots_divided").ShouldBe(false);
        package.Findings.ShouldContain(f => f.Code == "input.derived-answer" && f.Path == "/answers/tender.lots_divided");
    }

    [Fact]
    public void The_new_example_counts_its_totals_from_its_sites()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "two-lots-with-sites.yaml"))).Input;

        var answers = RulesEngine.Evaluate(input, CatalogueLoader.Default, s_day).Answers;

        // Counted by hand from the example's header: 4 district groups (40+35+30+25 sites, 2 × 11 kW
        // each), 12 × 22 kW and 6 × 11 kW in car parks; hubs 4 × 300 + 2 × 50, 6 × 150, 4 × 100 kW DC.
        answers.Number("sites.site_count").ShouldBe(135);
        answers.Number("sites.points_ac_7_4_22").ShouldBe(278);
        answers.Number("sites.points_dc_50_150").ShouldBe(6);
        answers.Number("sites.points_dc_150_350").ShouldBe(10);
        answers.Flag("tender.lots_divided").ShouldBe(true);
    }

    private static Site Site(string id, int siteCount, params PointGroup[] groups) =>
        new() { Id = id, Name = id, Area = "somewhere", SiteCount = siteCount, PointGroups = groups };
}
