using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Consistency;

/// <summary>
/// Each consistency check fires on its inconsistency and stays silent on the consistent
/// neighbour. The starting point is the Utrecht-like example, which is consistent.
/// </summary>
public sealed class ConsistencyRulesTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly TenderInput s_base = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;

    [Fact]
    public void The_starting_example_triggers_no_consistency_finding()
    {
        Codes(s_base).Where(IsConsistency).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ocpp_2_0_1", "pilot", true)]
    [InlineData("ocpp_1_6j", "software_ready", true)]
    [InlineData("ocpp_2_1", "pilot", false)]
    [InlineData("ocpp_2_0_1", "hardware_ready", false)]
    public void V2G_beyond_hardware_ready_needs_OCPP_2_1(string ocpp, string readiness, bool fires) =>
        Fires(With(("smart.ocpp_version", ocpp), ("v2g.readiness", readiness)), "v2g.ocpp-below-2-1").ShouldBe(fires);

    [Fact]
    public void V2G_readiness_without_ISO_15118_20_is_an_error_when_every_clause_requiring_it_is_gone()
    {
        // Installing before 2027 and removing the recommended V2G hardware clause leaves no ISO 15118-20 requirement.
        var input = With(("sites.rollout_start", "2026-02-01"), ("sites.rollout_end", "2026-10-31")) with
        {
            Exclusions =
            [
                new ClauseExclusion { Clause = "v2g.v2g-ready-hardware", Justification = "Test: removed." },
                new ClauseExclusion { Clause = "v2g.v2g-ready-ac", Justification = "Test: removed." },
            ],
        };

        Fires(input, "v2g.without-iso-15118-20").ShouldBeTrue();
        Fires(With(("sites.rollout_start", "2026-02-01"), ("sites.rollout_end", "2026-10-31")), "v2g.without-iso-15118-20").ShouldBeFalse();
    }

    [Theory]
    [InlineData("v2g.ready_points_ac", 1800, false)]
    [InlineData("v2g.ready_points_ac", 1801, true)]
    [InlineData("v2g.ready_points_dc", 24, false)]
    [InlineData("v2g.ready_points_dc", 25, true)]
    public void More_points_ready_for_V2G_than_tendered_of_that_current_type_is_an_error(string question, int ready, bool fires)
    {
        var code = question.EndsWith("_ac", StringComparison.Ordinal) ? "v2g.ready-ac-points-exceed-tendered" : "v2g.ready-dc-points-exceed-tendered";

        Fires(With((question, ready)), code).ShouldBe(fires);
    }

    [Fact]
    public void Points_ready_for_V2G_are_not_checked_without_a_V2G_readiness_step()
    {
        Fires(With(("v2g.ready_points_dc", 99), ("v2g.readiness", "none")), "v2g.ready-dc-points-exceed-tendered").ShouldBeFalse();
        Fires(With(("v2g.ready_points_dc", 99), ("sites.points_dc_50_150", 0)), "v2g.ready-dc-points-exceed-tendered").ShouldBeTrue();
        Fires(With(("v2g.ready_points_ac", 2), ("sites.points_ac_7_4_22", 0)), "v2g.ready-ac-points-exceed-tendered").ShouldBeTrue();
    }

    [Theory]
    [InlineData(new[] { "qr_code" }, 24, true)]
    [InlineData(new[] { "qr_code", "app_rfid" }, 24, true)]
    [InlineData(new[] { "qr_code", "contactless" }, 24, false)]
    [InlineData(new[] { "qr_code" }, 0, false)]
    public void A_DC_point_of_50_kW_or_more_with_QR_only_payment_breaks_AFIR_Art_5_1(string[] methods, int dcPoints, bool fires) =>
        Fires(With(("payment.methods", methods), ("sites.points_dc_50_150", dcPoints)), "payment.qr-only-high-power").ShouldBe(fires);

    [Fact]
    public void Installation_from_2027_without_ISO_15118_20_fires_only_when_the_requirement_is_missing()
    {
        var catalogue = CatalogueWithout(Core.Consistency.Q.Iso15118_20Clauses);

        Fires(s_base, "standards.2027-without-iso-15118-20", catalogue).ShouldBeTrue();
        Fires(With(("sites.rollout_end", "2026-12-31"), ("v2g.readiness", "none")), "standards.2027-without-iso-15118-20", catalogue).ShouldBeFalse();
        Fires(s_base, "standards.2027-without-iso-15118-20").ShouldBeFalse();
    }

    [Fact]
    public void Plug_and_Charge_from_2027_needs_both_ISO_15118_2_and_20()
    {
        var catalogue = CatalogueWithout(Core.Consistency.Q.Iso15118_2Clauses);

        Fires(With(("smart.plug_and_charge", true)), "standards.plug-and-charge-needs-both", catalogue).ShouldBeTrue();
        Fires(With(("smart.plug_and_charge", false)), "standards.plug-and-charge-needs-both", catalogue).ShouldBeFalse();
        Fires(With(("smart.plug_and_charge", true)), "standards.plug-and-charge-needs-both").ShouldBeFalse();
    }

    // The concession's fee and driver price weigh 10 and 20; as a services contract its price weighs
    // what the officer gives award.weight_price (the concession's price elements are then hidden).
    [Theory]
    [InlineData("concession", "award.weight_concession_fee", 10, false)]
    [InlineData("concession", "award.weight_concession_fee", 15, true)]
    [InlineData("services", "award.weight_price", 30, false)]
    [InlineData("services", "award.weight_price", 35, true)]
    public void Award_weights_must_sum_to_100(string model, string weight, int value, bool fires) =>
        Fires(With(("model.type", model), (weight, value)), "award.weights-not-100").ShouldBe(fires);

    [Theory]
    [InlineData("concession", "dir-2014-23", "dir-2014-24")]
    [InlineData("services", "dir-2014-24", "dir-2014-23")]
    public void The_weights_finding_cites_the_directive_of_the_tenders_own_regime(string model, string cited, string notCited)
    {
        var weight = model == "concession" ? "award.weight_concession_fee" : "award.weight_price";
        var finding = Evaluate(With(("model.type", model), (weight, 45))).Findings.Single(f => f.Code == "award.weights-not-100");

        finding.Sources.ShouldContain(source => source.SourceId == cited);
        finding.Sources.ShouldNotContain(source => source.SourceId == notCited);
    }

    [Fact]
    public void A_permit_that_obliges_its_holder_to_operate_the_points_is_flagged_as_a_possible_concession()
    {
        var permit = Evaluate(With(("model.type", "permit"), ("model.permits_limited", true)));

        var finding = permit.Findings.Single(f => f.Code == "model.permit-may-be-concession");
        finding.Message.ShouldContain("may in law be a service concession");
        finding.Message.ShouldContain("the number of permits is limited");
        finding.Message.ShouldContain("keep only conditions tied to the use of public space");
        finding.Sources.Select(source => source.SourceId).ShouldBe(["dir-2014-23", "dir-2014-23", "dir-2006-123"], ignoreOrder: true);
        finding.Severity.ShouldBe(FindingSeverity.Error, "granting a concession as a permit would be an award without a procedure");
        Fires(With(("model.type", "permit"), ("model.permits_limited", true), ("model.permit_not_a_concession_confirmed", true)), "model.permit-may-be-concession")
            .ShouldBeFalse("the legal adviser has confirmed the scheme is one of permits");
        Fires(With(("model.type", "services")), "model.permit-may-be-concession").ShouldBeFalse();
        Fires(s_base, "model.permit-may-be-concession").ShouldBeFalse();
    }

    [Theory]
    [InlineData("concession", "book_value", 12, true)]
    [InlineData("concession", "nil", 12, false)]
    [InlineData("services", "book_value", 12, false)]
    public void A_concession_that_buys_the_points_back_at_book_value_is_flagged(string model, string residual, int years, bool fires)
    {
        var input = With(("model.type", model), ("model.residual_value", residual), ("model.depreciation_years", years));

        Fires(input, "model.concession-pays-book-value").ShouldBe(fires);
        if (fires)
        {
            Evaluate(input).Findings.Single(f => f.Code == "model.concession-pays-book-value").Message
                .ShouldContain("written down over 12 years against a term of 10");
        }
    }

    [Theory]
    [InlineData("permit", "open", true)]
    [InlineData("permit", "permit_not_procurement", false)]
    [InlineData("services", "permit_not_procurement", true)]
    [InlineData("services", "concession_procedure", true)]
    [InlineData("services", "open", false)]
    [InlineData("concession", "concession_procedure", false)]
    public void A_procedure_that_does_not_fit_the_model_is_flagged(string model, string procedure, bool fires)
    {
        var input = With(("model.type", model));
        input = input with { Tender = input.Tender with { Procedure = procedure } };

        Fires(input, "procedure.does-not-fit-the-model").ShouldBe(fires);
    }

    [Fact]
    public void A_sustainability_weight_brings_its_own_criterion_so_the_weights_still_add_up()
    {
        var input = With(("award.weight_concession_fee", 5), ("award.weight_sustainability", 5));

        Fires(input, "award.weights-not-100").ShouldBeFalse();
        Evaluate(input).Clauses.Single(c => c.Id == "award.sustainability").Text.ShouldContain("Weight: 5 %.");
    }

    [Theory]
    [InlineData("concession", 10, false, true)]
    [InlineData("concession", 10, true, false)]
    [InlineData("concession", 5, false, false)]
    [InlineData("services", 10, false, false)]
    public void A_concession_over_five_years_needs_an_investment_recovery_justification(string model, int years, bool justified, bool fires) =>
        Fires(With(("model.type", model), ("model.duration_years", years), ("model.concession_duration_justified", justified)), "model.concession-duration-unjustified").ShouldBe(fires);

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_hybrid_in_which_the_operator_bears_the_demand_risk_is_a_concession_whose_long_duration_needs_justifying(bool operatorBearsRisk, bool fires) =>
        Fires(With(("model.type", "hybrid"), ("model.operator_bears_demand_risk", operatorBearsRisk), ("model.duration_years", 10), ("model.concession_duration_justified", false)), "model.concession-duration-unjustified").ShouldBe(fires);

    [Fact]
    public void A_traffic_light_without_a_guaranteed_minimum_is_flagged()
    {
        Fires(Without("grid.traffic_light_min_power_kw"), "grid.traffic-light-without-minimum").ShouldBeTrue();
        Fires(s_base, "grid.traffic-light-without-minimum").ShouldBeFalse();
    }

    [Theory]
    [InlineData(84_000_001, true)]
    [InlineData(84_000_000, false)]
    public void A_turnover_requirement_above_twice_the_value_is_flagged_in_a_public_contract(int turnover, bool fires) =>
        Fires(With(("model.type", "services"), ("selection.min_turnover", turnover)), "selection.turnover-above-twice-value").ShouldBe(fires);

    [Fact]
    public void The_twice_the_value_cap_of_Directive_2014_24_is_not_applied_to_a_concession() =>
        Fires(With(("selection.min_turnover", 84_000_001)), "selection.turnover-above-twice-value").ShouldBeFalse();

    [Fact]
    public void An_award_criterion_the_officer_wrote_into_a_permit_is_flagged()
    {
        CustomClause[] ownCriterion = [new() { Id = "local-jobs", Title = "Local jobs", Text = "Scores local employment.", Kind = "awardCriterion" }];
        var permit = With(("model.type", "permit"));

        Fires(permit with { CustomClauses = ownCriterion }, "award.criteria-in-permit-model").ShouldBeTrue();
        Fires(permit, "award.criteria-in-permit-model").ShouldBeFalse();
        Fires(s_base with { CustomClauses = ownCriterion }, "award.criteria-in-permit-model").ShouldBeFalse();
    }

    [Fact]
    public void Limited_permits_are_ranked_on_published_weighted_criteria_that_count_towards_100_percent()
    {
        var permit = With(("model.type", "permit"), ("model.permits_limited", true),
            ("award.weight_permit_operations", 40), ("award.weight_permit_grid", 30), ("award.weight_permit_users", 20), ("award.weight_permit_rollout", 10));

        var package = Evaluate(permit);

        package.Clauses.Single(c => c.Id == "procedure.permit-selection-criteria").Text.ShouldContain("weight 40 %; (2)");
        package.Clauses.ShouldNotContain(c => c.Kind == ClauseKind.AwardCriterion);
        Fires(permit, "award.weights-not-100").ShouldBeFalse();
        Fires(With(("model.type", "permit"), ("model.permits_limited", true), ("award.weight_permit_operations", 50)), "award.weights-not-100").ShouldBeTrue();
    }

    [Fact]
    public void A_value_above_the_EU_threshold_needs_an_EU_procedure_and_below_it_one_is_not_required()
    {
        var permitProcedure = s_base with { Tender = s_base.Tender with { Procedure = "permit_not_procurement" } };
        var small = s_base with { Tender = s_base.Tender with { EstimatedValue = new MoneyAmount { Amount = 5_000_000, Currency = "EUR" } } };
        var justAbove2025 = s_base with { Tender = s_base.Tender with { EstimatedValue = new MoneyAmount { Amount = 5_500_000, Currency = "EUR" } } };

        Fires(permitProcedure, "procedure.above-threshold-without-eu-procedure").ShouldBeTrue();
        Fires(s_base, "procedure.above-threshold-without-eu-procedure").ShouldBeFalse();
        Fires(small, "procedure.below-threshold-eu-procedure").ShouldBeTrue();

        // 5.5 million reaches the 2026-27 concession threshold (5,404,000) but not the 2024-25 one (5,538,000).
        Fires(justAbove2025, "procedure.below-threshold-eu-procedure", date: new DateOnly(2025, 12, 31)).ShouldBeTrue();
        Fires(justAbove2025, "procedure.below-threshold-eu-procedure", date: new DateOnly(2026, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void One_contract_without_lots_needs_a_reason()
    {
        var services = With(("model.type", "services"));
        var noReason = services with { Tender = services.Tender with { Lots = services.Tender.Lots with { ReasonNotDivided = null } } };
        var concessionWithoutReason = s_base with { Tender = s_base.Tender with { Lots = s_base.Tender.Lots with { ReasonNotDivided = null } } };

        Fires(noReason, "lots.no-reason-for-one-contract").ShouldBeTrue();
        Fires(services, "lots.no-reason-for-one-contract").ShouldBeFalse();
        // The duty to give reasons (Directive 2014/24/EU Art. 46) is not one of a concession's.
        Fires(concessionWithoutReason, "lots.no-reason-for-one-contract").ShouldBeFalse();
    }

    [Fact]
    public void A_country_outside_the_EU_and_EEA_is_refused_with_the_reason()
    {
        var swiss = s_base with { Tender = s_base.Tender with { Authority = s_base.Tender.Authority with { Country = "CH" } } };

        var finding = Evaluate(swiss).Findings.Single(f => f.Path == "/tender/authority/country");

        finding.IsMalformedInput.ShouldBeTrue();
        finding.Message.ShouldContain("TenderBuilder supports tenders of contracting authorities in the EU and the EEA, where AFIR applies; \"CH\" is not the code of an EU or EEA country.");
    }

    [Fact]
    public void A_tender_without_charging_points_is_an_error()
    {
        var none = s_base.Answers.Keys.Where(k => k.StartsWith("sites.points_", StringComparison.Ordinal)).Aggregate(s_base, (input, key) => Remove(input, key));

        Fires(none, "sites.no-points").ShouldBeTrue();
        Fires(s_base, "sites.no-points").ShouldBeFalse();
    }

    [Fact]
    public void Every_consistency_finding_cites_a_source_the_catalogue_knows()
    {
        var input = With(("smart.ocpp_version", "ocpp_2_0_1"), ("payment.methods", new[] { "qr_code" }), ("award.weight_concession_fee", 15));

        var findings = Evaluate(input).Findings.Where(f => IsConsistency(f.Code)).ToList();

        findings.Count.ShouldBeGreaterThanOrEqualTo(3);
        findings.ShouldAllBe(f => !f.Sources.IsEmpty);
    }

    private static bool IsConsistency(string code) =>
        !code.StartsWith("input.", StringComparison.Ordinal) && !code.StartsWith("clause.", StringComparison.Ordinal)
        && !code.StartsWith("tender.", StringComparison.Ordinal) && !code.StartsWith("catalogue.", StringComparison.Ordinal);

    private static TenderPackage Evaluate(TenderInput input, Catalogue? catalogue = null, DateOnly? date = null) =>
        RulesEngine.Evaluate(input, catalogue ?? CatalogueLoader.Default, date ?? s_today);

    private static IEnumerable<string> Codes(TenderInput input) => Evaluate(input).Findings.Select(f => f.Code);

    private static bool Fires(TenderInput input, string code, Catalogue? catalogue = null, DateOnly? date = null) =>
        Evaluate(input, catalogue, date).Findings.Any(f => f.Code == code);

    private static TenderInput With(params (string Question, object Value)[] answers)
    {
        var merged = new Dictionary<string, JsonElement>(s_base.Answers, StringComparer.Ordinal);
        foreach (var (question, value) in answers)
        {
            merged[question] = JsonSerializer.SerializeToElement(value);
        }

        return s_base with { Answers = merged };
    }

    private static TenderInput Without(string question) => Remove(s_base, question);

    private static TenderInput Remove(TenderInput input, string question) =>
        input with { Answers = input.Answers.Where(a => a.Key != question).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal) };

    // The real catalogue minus some clauses: the only way some checks can fire, since the clauses
    // they guard are mandatory and keyed on the same dates.
    private static Catalogue CatalogueWithout(IEnumerable<string> clauseIds)
    {
        var all = CatalogueLoader.Default;
        var removed = clauseIds.ToHashSet(StringComparer.Ordinal);
        return new Catalogue(all.Version, all.Questionnaire, all.Sources, all.Topics, [.. all.Clauses.Where(c => !removed.Contains(c.Id))], all.Evolution);
    }
}
