using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>
/// The technical wording follows the tender: V2G readiness is asked of DC and AC points in their
/// own terms (a bidirectional power stage in a DC charger; at an AC point the vehicle's on-board
/// charger converts and the vehicle feeds the grid through the charger), of the number of points
/// the officer gives; the peak limitation states the load threshold; grid signals reach the
/// back-end, which passes them on to the chargers through OCPP; discharge rests on the national
/// connection rules, not RfG; and the smart-charging level adds clauses without losing AFIR's.
/// </summary>
public sealed class V2gAndGridWordingTests
{
    private const string Dc = "v2g.v2g-ready-hardware";
    private const string Ac = "v2g.v2g-ready-ac";
    private const string AfirSmartCapability = "afir-connectivity.smart-recharging-capable";

    private static readonly DateOnly s_today = new(2026, 12, 6);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;
    private static readonly TenderInput s_utrecht = Example("utrecht-like-concession.yaml");
    private static readonly TenderInput s_smallTown = Example("small-town-ten-ac-points.yaml");

    private static readonly (string Question, object? Value)[] s_noDcPoints =
        [("sites.points_dc_under_50", 0), ("sites.points_dc_50_150", 0), ("sites.points_dc_150_350", 0), ("sites.points_dc_350_plus", 0)];

    private static readonly (string Question, object? Value)[] s_noAcPoints =
        [("sites.points_ac_under_7_4", 0), ("sites.points_ac_7_4_22", 0), ("sites.points_ac_over_22", 0)];

    public static TheoryData<string> SmartLevels => [.. Levels()];

    [Fact]
    public void A_tender_with_AC_and_DC_points_words_V2G_readiness_for_each_current_type()
    {
        var package = Evaluate(s_utrecht);

        var dc = Text(package, Dc);
        dc.ShouldContain("At least 8 of the DC charging points");
        dc.ShouldContain("bidirectional power stage in the charger");
        dc.ShouldContain("EN 50549-1");
        dc.ShouldNotContain("on-board");

        var ac = Text(package, Ac);
        ac.ShouldContain("Every AC charging point supplied under the contract");
        ac.ShouldContain("vehicle's on-board charger");
        ac.ShouldContain("AC bidirectional power transfer communication of EN ISO 15118-20:2022");
        ac.ShouldContain("generating unit connected to the grid through it");
        ac.ShouldContain("EN 50549-1");
        ac.ShouldNotContain("power stage");
        package.Findings.ShouldNotContain(f => f.ClauseId == Dc || f.ClauseId == Ac);
    }

    [Fact]
    public void An_AC_only_tender_asks_only_the_AC_wording_and_a_DC_only_tender_only_the_DC_wording()
    {
        var acOnly = Evaluate(With(s_utrecht, s_noDcPoints));
        acOnly.Clauses.ShouldContain(c => c.Id == Ac);
        acOnly.Clauses.ShouldNotContain(c => c.Id == Dc);

        var dcOnly = Evaluate(With(s_utrecht, s_noAcPoints));
        dcOnly.Clauses.ShouldContain(c => c.Id == Dc);
        dcOnly.Clauses.ShouldNotContain(c => c.Id == Ac);
    }

    [Fact]
    public void The_number_of_V2G_ready_points_replaces_every_point_and_zero_drops_the_clause()
    {
        var counted = Evaluate(With(s_utrecht, ("v2g.ready_points_ac", 300)));
        Text(counted, Ac).ShouldContain("At least 300 of the AC charging points");
        Text(counted, Ac).ShouldNotContain("Every AC charging point");

        var noDc = Evaluate(With(s_utrecht, ("v2g.ready_points_dc", 0)));
        noDc.Clauses.ShouldNotContain(c => c.Id == Dc);
        noDc.Clauses.ShouldContain(c => c.Id == Ac);

        var every = Evaluate(With(s_utrecht, ("v2g.ready_points_dc", null)));
        Text(every, Dc).ShouldContain("Every DC charging point supplied under the contract");
    }

    [Fact]
    public void A_small_AC_town_that_asks_for_V2G_gets_the_AC_wording_only()
    {
        var package = Evaluate(With(s_smallTown, ("v2g.readiness", "hardware_ready")));

        package.Clauses.ShouldContain(c => c.Id == Ac);
        package.Clauses.ShouldNotContain(c => c.Id == Dc);
        package.Findings.ShouldNotContain(f => f.Code == "v2g.without-iso-15118-20");
    }

    [Fact]
    public void A_load_threshold_trigger_states_the_threshold_in_the_peak_limitation()
    {
        var package = Evaluate(With(s_utrecht, ("grid.traffic_light_signal", "load_threshold"), ("grid.traffic_light_load_threshold", 80)));

        var text = Text(package, "grid.peak-limitation");
        text.ShouldMatch(@"load reaching 80\s*% of the capacity available to the charging points");
        package.Findings.ShouldNotContain(f => f.ClauseId == "grid.peak-limitation" && f.Code == "clause.parameter-unset");
    }

    [Fact]
    public void A_load_threshold_trigger_without_the_threshold_asks_the_authority_for_it()
    {
        var package = Evaluate(With(s_utrecht, ("grid.traffic_light_signal", "load_threshold")));

        package.Findings.ShouldContain(f => f.ClauseId == "grid.peak-limitation" && f.Code == "clause.parameter-unset");
    }

    [Fact]
    public void The_threshold_is_not_asked_of_a_DSO_signal_trigger()
    {
        var package = Evaluate(With(s_utrecht, ("grid.traffic_light_load_threshold", 80)));

        Text(package, "grid.peak-limitation").ShouldNotContain("80");
        package.Answers.Answer("grid.traffic_light_load_threshold").ShouldBeNull("the question is hidden unless the trigger is a load threshold");
    }

    [Fact]
    public void Grid_signals_reach_the_back_end_which_passes_them_to_the_chargers_through_OCPP()
    {
        var text = Text(Evaluate(s_utrecht), "grid.dso-signal-interface");

        text.ShouldContain("charging station management system (CSMS)");
        text.ShouldContain("through the following interface: OSCP");
        text.ShouldContain("as OCPP charging profiles");
        text.ShouldNotContain("OCPP external limits");
        text.ShouldNotMatch(@"(grid operator|DSO|energy management system)[^.]*through OCPP");
    }

    [Fact]
    public void Discharge_to_the_grid_rests_on_the_national_connection_rules_and_never_on_RfG()
    {
        var package = Evaluate(s_utrecht);

        foreach (var id in new[] { "v2g.live-bidirectional-share", "grid.discharge-connection-rules", Dc, Ac })
        {
            Text(package, id).ShouldContain("EN 50549-1", customMessage: id);
        }

        package.Clauses.ShouldAllBe(c => !c.Text.Contains("RfG") && !c.Text.Contains("2016/631"));
    }

    [Theory]
    [MemberData(nameof(SmartLevels))]
    public void Every_smart_charging_level_keeps_the_AFIR_smart_charging_capability(string level)
    {
        foreach (var example in new[] { s_smallTown, s_utrecht })
        {
            var package = Evaluate(With(example, ("smart.level", (object?)level)));

            var clause = package.Clauses.Single(c => c.Id == AfirSmartCapability);
            clause.Strength.ShouldBe(Strength.Mandatory);
        }
    }

    [Fact]
    public void A_higher_smart_charging_level_adds_clauses_and_drops_none()
    {
        var levels = Levels();
        levels.ShouldBe(["afir_min", "grid_aware", "price_responsive"], "the levels are ordered from the AFIR minimum up");

        var included = levels.Select(level => Evaluate(With(s_smallTown, ("smart.level", (object?)level))).Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var i = 1; i < included.Count; i++)
        {
            included[i - 1].Except(included[i]).ShouldBeEmpty($"{levels[i]} drops clauses that {levels[i - 1]} has");
        }

        included[0].ShouldNotContain("grid.dso-signal-interface");
        included[1].ShouldContain("grid.dso-signal-interface");
        included[1].ShouldNotContain("smart-charging.dynamic-tariff-pass-through");
        included[2].ShouldContain("smart-charging.dynamic-tariff-pass-through");
    }

    private static List<string> Levels() => [.. s_catalogue.Questionnaire.Find("smart.level")!.Options.Select(o => o.Value)];

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, s_catalogue, s_today);

    private static string Text(TenderPackage package, string clauseId) => package.Clauses.Single(c => c.Id == clauseId).Text;

    private static TenderInput With(TenderInput input, params (string Question, object? Value)[] answers) => Inputs.Changing(input, answers);

    private static TenderInput Example(string file) => Inputs.Example(file);
}
