using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Examples;

/// <summary>
/// What the example inputs in docs/examples must produce. The expectations were written from
/// the knowledge base's trigger columns (../shared/domain/knowledge-base.md), the traceability
/// table (docs/catalogue-traceability.md) and verified-facts.md (which wins), independently of
/// the clause catalogue, so that the two can disagree.
///
/// When one of these tests fails, do not change the expectation to make it pass: decide with the
/// cited source whether the catalogue or the expectation is wrong, and fix that one. Each row names
/// the KB candidate (or verified-facts §9 item) and the verified-facts section it rests on; "[S]"
/// or "to-verify" marks a basis that is secondary only.
/// </summary>
public sealed class ExampleExpectationsTests
{
    private const string Utrecht = "utrecht-like-concession.yaml";
    private const string Stockholm = "stockholm-like-low-capacity.yaml";
    private const string SmallTown = "small-town-ten-ac-points.yaml";
    private const string Regional = "regional-framework-lots.yaml";
    private const string TwoLotsWithSites = "two-lots-with-sites.yaml";
    private const string Permit = "permit-scarce-kerb-space.yaml";

    private const string Unset = "[to be set by the authority]";

    /// <summary>The date every example is evaluated for: the 2026-27 EU thresholds apply (verified §3.16).</summary>
    private static readonly DateOnly _referenceDate = new(2026, 11, 29);

    private static readonly ConcurrentDictionary<string, TenderPackage> _packages = new(StringComparer.Ordinal);

    public static TheoryData<string> AllExamples => [Utrecht, Stockholm, SmallTown, Regional, TwoLotsWithSites];

    // ------------------------------------------------------------------------------------------
    // Every example: a clean, complete package.
    // ------------------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Example_file_opens_with_a_plain_words_header_saying_it_is_illustrative(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Examples, file));
        var header = text.Split('\n').TakeWhile(line => line.StartsWith('#')).ToList();

        header.Count.ShouldBeGreaterThan(5, $"{file} must start with a comment header saying whose situation it models and its key choices.");
        string.Join('\n', header).ShouldContain("ILLUSTRATIVE", Case.Insensitive, $"{file}'s header must say the example is illustrative, not the real authority's tender.");
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Example_evaluates_without_error_findings(string file)
    {
        var package = Evaluate(file);

        var errors = package.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        package.HasErrors.ShouldBeFalse(
            $"{file} has error findings:\n" + string.Join('\n', errors.Select(f => $"  {f.Code} at {f.Path}: {f.Message}")));
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Every_included_clause_text_is_fully_resolved(string file)
    {
        var package = Evaluate(file);

        package.Clauses.ShouldNotBeEmpty($"{file} includes no clause at all.");
        var unresolved = package.Clauses
            .Where(c => c.Text.Contains('{', StringComparison.Ordinal) || c.Text.Contains(Unset, StringComparison.Ordinal))
            .Select(c => $"  {c.Id}: {c.Text}")
            .ToList();
        unresolved.ShouldBeEmpty($"{file}: these clauses still show a placeholder or \"{Unset}\":\n" + string.Join('\n', unresolved));
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Every_included_clause_explains_itself_and_cites_a_source(string file)
    {
        var package = Evaluate(file);

        var withoutExplanation = package.Clauses.Where(c => string.IsNullOrWhiteSpace(c.Explanation)).Select(c => c.Id).ToList();
        withoutExplanation.ShouldBeEmpty($"{file}: included clauses without an explanation: {string.Join(", ", withoutExplanation)}");

        var withoutSource = package.Clauses.Where(c => !c.IsCustom && c.Sources.IsDefaultOrEmpty).Select(c => c.Id).ToList();
        withoutSource.ShouldBeEmpty($"{file}: included clauses citing no source: {string.Join(", ", withoutSource)}");
    }

    // ------------------------------------------------------------------------------------------
    // Every example: all points are publicly accessible, new (installed from late 2026 on),
    // radio-connected, under a model other than a permit, with reporting asked.
    // ------------------------------------------------------------------------------------------

    public static TheoryData<string, string, string> BaselineInclusions()
    {
        (string Clause, string Reason)[] baseline =
        [
            ("afir-access-payment.ad-hoc-access", "AFIR-ADHOC-01: every public point, AFIR Art 5(1) (verified §1.6)"),
            ("afir-access-payment.card-or-contactless", "AFIR-PAY-01: public points deployed from 13 Apr 2024, AFIR Art 5(1) (verified §1.6)"),
            ("afir-pricing.non-discriminatory-prices", "AFIR-PRICE-02: every public point, AFIR Art 5(3) (verified §1.8)"),
            ("afir-pricing.price-information-below-50kw", "AFIR-PRICE-01 2/2: AC points below 50 kW, no date limit, AFIR Art 5(4) (verified §1.9, VF-9.11)"),
            ("afir-connectivity.digitally-connected", "AFIR-DIG-01: every public point, AFIR Art 5(7) (verified §1.11)"),
            ("afir-connectivity.smart-recharging-capable", "AFIR-SMART-01: built after 13 Apr 2024, AFIR Art 5(8) (verified §1.12)"),
            ("afir-hardware.connectors", "AFIR-CONN-01: always, AFIR Annex II 1.1-1.2 (verified §1.20)"),
            ("afir-hardware.compatibility-label-en-17186", "LBL-01: always, AFIR Art 19(1)(b) and Annex II 10.2 (verified §1.22)"),
            ("afir-hardware.iso-15118-high-level-communication", "AFIR-15118-01 1/3: installed from 8 Jan 2026, DA 2025/656 Annex II 2.1.1 (verified §2.2)"),
            ("afir-data.static-and-dynamic-data", "AFIR-DATA-01: every public point, AFIR Art 20(2) as replaced by DR 2025/671 (verified §1.18)"),
            ("afir-data.idro-identifiers", "AFIR-ID-01: every public point, AFIR Art 20(1) (verified §1.17)"),
            ("interoperability.ocpp-backend", "OCPP-01: always; recommended since AFIR sets no back-end protocol (VF-9.1, verified §1.20)"),
            ("interoperability.ocpi-roaming", "OCPI-01: public points, and roaming asked (data.ocpi_required = yes)"),
            ("cybersecurity.ocpp-security-profile", "OCPP-03: always (KB §6, to-verify §4.6)"),
            ("cybersecurity.red-cybersecurity-conformity", "CYB-01: radio-connected chargers placed on the market from 1 Aug 2025 (verified §4.10)"),
            ("operations.availability", "KPI-01: always"),
            ("operations.fault-response-and-repair", "KPI-02: always"),
            ("accessibility.accessible-bays-and-design", "ACC-01: public points (AFIR Art 14(2)(i), verified §9.14)"),
            ("metering.mid-meter-and-signed-values", "MTR-01: prices with a kWh component; MID meter asked (metering.mid_meter = yes)"),
            ("data-reporting.operational-reporting", "KPI-05: reporting to the authority asked (data.reporting = yes)"),
            ("selection.experience", "SEL-01: model is not a permit"),
            ("award.operations-and-availability-plan", "AWD-01 2/3: model is not a permit (verified §3.7)"),
            ("award.grid-and-smart-charging-concept", "AWD-01 3/3: model is not a permit (verified §3.7)"),
            ("award.user-friendliness", "STF-04: always, model is not a permit"),
        ];
        return ForEveryExample(baseline);
    }

    [Theory]
    [InlineData(Utrecht)]
    [InlineData(Stockholm)]
    [InlineData(Regional)]
    [InlineData(TwoLotsWithSites)]
    [InlineData(Permit)]
    public void Every_example_above_the_AFIR_minimum_switches_smart_charging_on_by_default(string file) =>
        ShouldInclude(file, "smart-charging.smart-by-default", "SMART-01: public points, smart_level above afir_min");

    [Fact]
    public void The_small_town_at_the_AFIR_minimum_asks_only_for_the_capability_not_smart_charging_by_default()
    {
        ShouldExclude(SmallTown, "smart-charging.smart-by-default", "SMART-01: AFIR Art 5(8) asks for the capability only");
        ShouldInclude(SmallTown, "afir-connectivity.smart-recharging-capable", "AFIR-SMART-01: the legal minimum stays");
    }

    [Theory]
    [InlineData(Utrecht)]
    [InlineData(Stockholm)]
    [InlineData(Regional)]
    [InlineData(TwoLotsWithSites)]
    public void Every_example_whose_operator_owns_the_points_says_what_happens_to_them_at_the_end(string file) =>
        ShouldInclude(file, "exit.end-of-term", "EXIT-01: end_of_term answered, the operator owns the points");

    // ------------------------------------------------------------------------------------------
    // Permits on scarce kerb space: not a procurement; a limited number of permits, ranked.
    // ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("procedure.scarce-permit-selection", "VF-3.17: permits limited, a published impartial selection (Services Directive Art 12, verified §3.17)")]
    [InlineData("procedure.permit-selection-criteria", "VF-3.17: the criteria and weights applicants are ranked on")]
    [InlineData("operations.performance-security", "FRAME-01: the authority pays nothing to set a claim off against")]
    [InlineData("operations.penalties-and-bonus", "KPI-04: penalties asked, invoiced under a permit")]
    [InlineData("afir-access-payment.ad-hoc-access", "AFIR-ADHOC-01: every public point, whoever runs it (AFIR Art 5(1), verified §1.6)")]
    [InlineData("exit.end-of-term", "EXIT-01: removal at the end of the permit")]
    public void Permit_example_includes(string clauseId, string reason) => ShouldInclude(Permit, clauseId, reason);

    [Theory]
    [InlineData("award.price-or-cost", "a permit is granted, not awarded: nothing is priced")]
    [InlineData("award.operations-and-availability-plan", "a permit is ranked on the permit selection criteria, not award criteria")]
    [InlineData("selection.exclusion-and-espd", "EXCL-01: the ESPD is Directive 2014/24/EU's evidence, not a permit's")]
    [InlineData("selection.exclusion-and-self-declaration", "EXCL-02: a concession's evidence")]
    [InlineData("procedure.concession-minimum-requirements", "PROC-03: not a concession")]
    public void Permit_example_excludes(string clauseId, string reason) => ShouldExclude(Permit, clauseId, reason);

    [Fact]
    public void Permit_example_says_how_each_district_permit_is_allocated_from_the_ranking()
    {
        var text = Included(Permit, "procedure.permit-selection-criteria").Text;

        text.ShouldContain("three permits, one for each of the districts North, Centre and South");
        text.ShouldContain("its application is scored for each of them; each permit is granted to the applicant with the highest total score for it, and no applicant is granted more than 2 permits.");
        text.ShouldContain("A permit for which no application meets the permit conditions is called again.");
    }

    [Fact]
    public void The_buy_and_own_example_hands_over_the_operation_rather_than_transferring_what_the_authority_owns()
    {
        ShouldInclude(SmallTown, "exit.hand-over-of-operation", "EXIT-01, buy and own: ownership passes at site acceptance, the operation is handed over at the end");
        ShouldExclude(SmallTown, "exit.end-of-term", "EXIT-01: the authority already owns what it bought; model.end_of_term is not asked");
    }

    [Theory]
    [InlineData(Stockholm)]
    [InlineData(SmallTown)]
    [InlineData(Regional)]
    [InlineData(TwoLotsWithSites)]
    public void Every_public_contract_example_scores_a_price(string file) =>
        ShouldInclude(file, "award.price-or-cost", "AWD-01 1/3: a public contract, the authority pays (Dir 2014/24 Art 67, verified §3.7)");

    [Theory]
    [MemberData(nameof(BaselineInclusions))]
    public void Every_example_includes_the_public_charging_baseline(string file, string clauseId, string reason) =>
        ShouldInclude(file, clauseId, reason);

    public static TheoryData<string, string, string> BaselineExclusions()
    {
        (string Clause, string Reason)[] baseline =
        [
            ("afir-hardware.private-points-iso-15118-20-and-mode-2", "VF-9.5: no point is private; every point is publicly accessible (DA 2025/656 Annex II 2.1.3, verified §2.3)"),
            ("afir-access-payment.payment-retrofit-2027", "VF-9.10: no site on the TEN-T road network or in a safe and secure parking area (AFIR Art 5(1) 3rd subpara, verified §1.6)"),
            ("model.tariff-cap", "MOD-03: price_policy is not cap"),
        ];
        return ForEveryExample(baseline);
    }

    private static TheoryData<string, string, string> ForEveryExample((string Clause, string Reason)[] expectations)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in new[] { Utrecht, Stockholm, SmallTown, Regional, TwoLotsWithSites })
        {
            foreach (var (clause, reason) in expectations)
            {
                data.Add(file, clause, reason);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BaselineExclusions))]
    public void Every_example_leaves_out_what_none_of_them_triggers(string file, string clauseId, string reason) =>
        ShouldExclude(file, clauseId, reason);

    // ------------------------------------------------------------------------------------------
    // 1. Utrecht-like: 10-year service concession, congested grid with a traffic light, V2G pilot.
    // ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("procedure.concession-duration-justification", "PROC-02: concession of 10 years > 5 (Dir 2014/23 Art 18, verified §3.11)")]
    [InlineData("procedure.concession-minimum-requirements", "PROC-03: model = concession (Dir 2014/23 Art 37(1), verified §3.13)")]
    [InlineData("model.exclusivity-scope", "MOD-01: model = concession")]
    [InlineData("selection.financial-standing", "SEL-02: model = concession")]
    [InlineData("grid.peak-limitation", "SMART-02: grid congested and a capacity contract with the DSO")]
    [InlineData("grid.dso-coordination", "STF-05: grid congested (AFIR Art 15(3), verified §1.16)")]
    [InlineData("grid.dso-signal-interface", "DSO-01: grid congested / dso_scheme = capacity_contract")]
    [InlineData("afir-hardware.iso-15118-20", "AFIR-15118-01 2/3: points installed 2027-2029, DA 2025/656 Annex II 2.1.2 (verified §2.3)")]
    [InlineData("standards.iso-15118-20-from-start", "ISO-01: roll-out starts Oct 2026 and runs past 1 Jan 2027 (VF-9.2)")]
    [InlineData("interoperability.ocpp-2-1-v2x", "OCPP-02: v2g_level = pilot >= ready (EN IEC 63584-210, verified §4.3, §4.5)")]
    [InlineData("v2g.v2g-ready-hardware", "V2G-01 1/2: v2g_level = pilot >= ready and 24 DC points (ISO 15118-20 BPT, verified §4.7)")]
    [InlineData("v2g.v2g-ready-ac", "V2G-01 2/2: v2g_level = pilot >= ready and 1,800 AC points (ISO 15118-20 BPT, verified §4.7)")]
    [InlineData("v2g.driver-protection", "V2G-04: v2g_level = pilot, driver protection asked")]
    [InlineData("v2g.live-bidirectional-share", "V2G-03: v2g_level = pilot, 10 % live by end-2028")]
    [InlineData("v2g.third-party-flexibility-access", "V2G-05: v2g_level = pilot, shared access asked")]
    [InlineData("grid.discharge-connection-rules", "GRID-01: v2g_level = pilot, points discharge (national DSO rules; RfG excludes storage, verified §4.9)")]
    [InlineData("selection.smart-v2g-track-record", "SEL-03: v2g_level = pilot, model not a permit, track record asked")]
    [InlineData("award.future-proofing-plan", "STF-03: v2g_level is not none and duration 10 >= 8")]
    [InlineData("exit.technology-refresh", "EXIT-02: duration 10 >= 8, review clause asked (Dir 2014/24 Art 72(1)(a), verified §3.10)")]
    [InlineData("interoperability.switchable-backend", "OCPP-04: end_of_term = transfer")]
    [InlineData("afir-hardware.tethered-dc-cable", "AFIR-CABLE-01: DC hubs, AFIR Art 5(10) (verified §1.14)")]
    [InlineData("afir-pricing.price-display-50kw-and-above", "AFIR-PRICE-01 1/2: DC 50-150 kW points deployed from 13 Apr 2024, AFIR Art 5(4) (verified §1.9)")]
    [InlineData("cybersecurity.cra-conformity", "VF-9.21: deliveries run to end-2029, past 11 Dec 2027 (CRA Arts 69, 71, verified §4.12)")]
    [InlineData("renewables.renewable-electricity", "REN-01: renewables = go_certified")]
    [InlineData("procedure.green-procurement-flag", "PROC-05: renewables is not none")]
    [InlineData("afir-access-payment.contactless-all-points", "AFIR-PAY-02: contactless on every point asked")]
    [InlineData("operations.penalties-and-bonus", "KPI-04: model not a permit, penalties asked")]
    [InlineData("procedure.equivalent-labels-and-certificates", "VF-9.20: conformance certificates asked as proof (Dir 2014/24 Arts 43-44, verified §3.3, §3.4)")]
    [InlineData("award.concession-fee-ratio", "AWD-01, concession: the fee is a price element, scored against the highest fee")]
    [InlineData("award.driver-tariff-linear", "MOD-03, concession: the driver price is a price element, scored linearly between the city's bounds")]
    public void Utrecht_like_concession_includes(string clauseId, string reason) => ShouldInclude(Utrecht, clauseId, reason);

    [Theory]
    [InlineData("afir-hardware.owner-enables-operator-compliance", "AFIR-OWNER-01: a concession; the operator owns the points (AFIR Art 5(11), verified §1.15)")]
    [InlineData("standards.plug-and-charge-pki", "ISO-02: Plug & Charge not wanted")]
    [InlineData("smart-charging.dynamic-tariff-pass-through", "SMART-03: smart_level = grid_aware, not price_responsive")]
    [InlineData("award.v2g-bonus", "V2G-02: optional, and the officer answered no to a V2G bonus")]
    [InlineData("model.less-profitable-locations", "MOD-02: optional, and the officer answered no")]
    [InlineData("cybersecurity.vulnerability-handling-and-sbom", "CYB-02: cyber_level = baseline")]
    [InlineData("award.price-or-cost", "AWD-01 1/3: a concession costs the city nothing, so it scores its price elements instead of a price")]
    [InlineData("award.public-contribution-ratio", "a concession without public funding asks for no contribution")]
    public void Utrecht_like_concession_excludes(string clauseId, string reason) => ShouldExclude(Utrecht, clauseId, reason);

    [Fact]
    public void Utrecht_like_peak_limitation_guarantees_the_answered_minimum_power_per_session()
    {
        // SMART-02: the guaranteed minimum power per session is the authority's own value (4.2 kW
        // in the example); no default exists (Enexis ~4 kW is to-verify, §6.9 not re-checked).
        var clause = Included(Utrecht, "grid.peak-limitation");

        clause.Parameters.ShouldContain(p => p.Origin == ParameterOrigin.Answer && p.Value == new AnswerValue.Number(4.2m),
            "grid.peak-limitation takes no parameter from the answer grid.traffic_light_min_power_kw = 4.2.");
        clause.Text.ShouldMatch(@"(?<![\d.,])4\.2\s*kW", "The peak-limitation text does not state the guaranteed minimum of 4.2 kW per session.");
    }

    [Fact]
    public void Utrecht_like_peak_limitation_states_the_answered_reduced_power()
    {
        // The traffic-light question promises "a peak-limitation clause with a time window, a reduced
        // power, a guaranteed minimum per session and the signal to follow"; 11 kW is the example's own value.
        var clause = Included(Utrecht, "grid.peak-limitation");

        clause.Text.ShouldMatch(@"(?<![\d.,])11\s*kW", "The peak-limitation text does not state the reduced power of 11 kW during the peak.");
    }

    [Fact]
    public void Utrecht_like_peak_limitation_states_the_16_to_20_window()
    {
        // Utrecht's planned 16:00-20:00 reduction (verified §6.1, news only [S]), answered as 16 and 20.
        var clause = Included(Utrecht, "grid.peak-limitation");

        clause.Text.ShouldMatch(@"\b16\b", "The peak-limitation text does not state the window's start hour (16).");
        clause.Text.ShouldMatch(@"\b20\b", "The peak-limitation text does not state the window's end hour (20).");
    }

    [Fact]
    public void Utrecht_like_concession_raises_no_QR_payment_duration_threshold_or_traffic_light_finding()
    {
        var package = Evaluate(Utrecht);

        // Contactless is offered at every point, including the DC hubs (AFIR Art 5(1), verified §1.6).
        package.Findings.ShouldNotContain(f => f.Code.Contains("qr", StringComparison.OrdinalIgnoreCase), Listing(package));
        // The > 5-year duration is justified (Dir 2014/23 Art 18, verified §3.11).
        package.Findings.ShouldNotContain(f => f.Code.Contains("concession-duration", StringComparison.Ordinal), Listing(package));
        // EUR 42 million is above EUR 5,404,000 and a concession procedure is used (verified §3.16).
        package.Findings.ShouldNotContain(f => f.Code.Contains("threshold", StringComparison.Ordinal), Listing(package));
        // A guaranteed minimum power per session is set.
        package.Findings.ShouldNotContain(f => f.Code.Contains("traffic-light", StringComparison.Ordinal), Listing(package));
    }

    // ------------------------------------------------------------------------------------------
    // 2. Stockholm-like: services, low-capacity on-street charging for residents, no V2G.
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Stockholm_like_puts_the_residents_standard_power_of_3_7_kW_into_the_tender()
    {
        // grid.low_capacity_residents = yes: "It sets a standard power for residents' points
        // instead of the maximum the hardware allows" (questions/grid.yaml); Stockholm's strategy,
        // verified §6.8 (partly; 3.7 kW quoted in trade press [S]). The traceability table names
        // no clause for it, so this looks for the answer in any included clause.
        var package = Evaluate(Stockholm);

        var carrying = package.Clauses
            .Where(c => c.Parameters.Any(p => p.Origin == ParameterOrigin.Answer && p.Value == new AnswerValue.Number(3.7m)))
            .ToList();
        carrying.ShouldNotBeEmpty("No included clause takes the residents' standard power (grid.resident_power_kw = 3.7) from the answers.");
        carrying.ShouldContain(c => Regex.IsMatch(c.Text, @"(?<![\d.,])3\.7\s*kW"),
            "The clause carrying the residents' power does not state 3.7 kW in its text.");
    }

    [Theory]
    [InlineData("afir-hardware.iso-15118-20", "AFIR-15118-01 2/3: every point installed from May 2027 (verified §2.3)")]
    [InlineData("selection.financial-standing", "SEL-02: model = services")]
    [InlineData("award.future-proofing-plan", "STF-03: duration 8 >= 8")]
    [InlineData("exit.technology-refresh", "EXIT-02: duration 8 >= 8, review clause asked (verified §3.10)")]
    [InlineData("cybersecurity.cra-conformity", "VF-9.21: deliveries run to Oct 2029, past 11 Dec 2027 (verified §4.12)")]
    public void Stockholm_like_low_capacity_includes(string clauseId, string reason) => ShouldInclude(Stockholm, clauseId, reason);

    [Theory]
    [InlineData("v2g.v2g-ready-hardware", "V2G-01: v2g_level = none")]
    [InlineData("v2g.live-bidirectional-share", "V2G-03: v2g_level = none")]
    [InlineData("v2g.driver-protection", "V2G-04: v2g_level = none")]
    [InlineData("v2g.third-party-flexibility-access", "V2G-05: v2g_level = none")]
    [InlineData("award.v2g-bonus", "V2G-02: v2g_level = none")]
    [InlineData("interoperability.ocpp-2-1-v2x", "OCPP-02: v2g_level = none")]
    [InlineData("grid.discharge-connection-rules", "GRID-01: v2g_level = none, nothing discharges")]
    [InlineData("selection.smart-v2g-track-record", "SEL-03: v2g_level = none")]
    public void Stockholm_like_low_capacity_excludes_every_V2G_clause(string clauseId, string reason) => ShouldExclude(Stockholm, clauseId, reason);

    [Fact]
    public void Stockholm_like_low_capacity_includes_nothing_from_the_V2G_topic()
    {
        var package = Evaluate(Stockholm);

        package.Clauses.Where(c => c.Topic == "v2g").Select(c => c.Id).ShouldBeEmpty("v2g.readiness = none, yet V2G clauses are included.");
    }

    [Theory]
    [InlineData("standards.iso-15118-20-from-start", "ISO-01: the roll-out starts after 1 Jan 2027, so it does not straddle 2027; the legal -20 duty covers every point")]
    [InlineData("grid.peak-limitation", "SMART-02: grid not congested and no capacity contract")]
    [InlineData("afir-pricing.price-display-50kw-and-above", "AFIR-PRICE-01 1/2: no point of 50 kW or more (verified §1.9)")]
    [InlineData("afir-hardware.tethered-dc-cable", "AFIR-CABLE-01: no DC point (verified §1.14)")]
    [InlineData("afir-access-payment.contactless-all-points", "AFIR-PAY-02: optional, not asked; QR is lawful below 50 kW (verified §1.6)")]
    [InlineData("afir-hardware.owner-enables-operator-compliance", "AFIR-OWNER-01: services; the contractor owns and operates (verified §1.15)")]
    [InlineData("interoperability.switchable-backend", "OCPP-04: services, end_of_term = removal")]
    [InlineData("procedure.concession-duration-justification", "PROC-02: not a concession")]
    [InlineData("procedure.concession-minimum-requirements", "PROC-03: not a concession")]
    [InlineData("model.exclusivity-scope", "MOD-01: not a concession")]
    [InlineData("smart-charging.dynamic-tariff-pass-through", "SMART-03: smart_level = grid_aware")]
    public void Stockholm_like_low_capacity_excludes(string clauseId, string reason) => ShouldExclude(Stockholm, clauseId, reason);

    // Decided when the catalogue first met these expectations (2026-11-29): operators may offer
    // automatic authentication of their own accord (DA 2025/656 recital 25, verified §2.7), so the
    // duties that attach to it stay in every tender for public points, worded "where offered",
    // even when the authority does not ask for Plug & Charge.
    [Theory]
    [InlineData(Utrecht, "afir-access-payment.automatic-authentication-opt-out", "AFIR-AUTH-01: AFIR Art 5(2) applies wherever the operator offers it (verified §1.7, §2.7)")]
    [InlineData(Utrecht, "afir-hardware.plug-and-charge-both-editions", "AFIR-15118-01 3/3: points installed from 2027, wherever automatic authentication is offered (verified §2.4, §2.7)")]
    [InlineData(Stockholm, "afir-access-payment.automatic-authentication-opt-out", "AFIR-AUTH-01: AFIR Art 5(2) applies wherever the operator offers it (verified §1.7, §2.7)")]
    [InlineData(Stockholm, "afir-hardware.plug-and-charge-both-editions", "AFIR-15118-01 3/3: points installed from 2027, wherever automatic authentication is offered (verified §2.4, §2.7)")]
    public void Duties_attached_to_automatic_authentication_apply_wherever_an_operator_may_offer_it(string file, string clauseId, string reason) =>
        ShouldInclude(file, clauseId, reason);

    // Grid-aware smart charging means following the grid operator's limits (L1 of TenderBuilder's
    // own readiness ladder, a synthesis), so it needs the DSO signal interface even on an
    // uncongested grid (decided 2026-11-29).
    [Fact]
    public void Stockholm_like_grid_aware_charging_includes_the_DSO_signal_interface() =>
        ShouldInclude(Stockholm, "grid.dso-signal-interface", "DSO-01 via L1 grid-aware (smart.level = grid_aware)");

    // The 24/7 staffed helpline is a recommendation (UK practice, not EU law): an officer's "no"
    // removes the clause; publishing a helpdesk number stays in the AFIR data clause.
    [Theory]
    [InlineData(Utrecht, true)]
    [InlineData(Regional, true)]
    [InlineData(Stockholm, false)]
    [InlineData(SmallTown, false)]
    public void The_staffed_helpdesk_follows_the_officers_answer(string file, bool included)
    {
        if (included)
        {
            ShouldInclude(file, "operations.helpdesk", "KPI-03: operations.helpline_24_7 = yes");
        }
        else
        {
            ShouldExclude(file, "operations.helpdesk", "KPI-03: operations.helpline_24_7 = no");
        }
    }

    [Fact]
    public void Stockholm_like_accepts_QR_payment_because_every_point_is_below_50_kW()
    {
        // AFIR Art 5(1)(c): internet-based payment such as a QR code is allowed below 50 kW (verified §1.6).
        var package = Evaluate(Stockholm);

        package.Findings.ShouldNotContain(f => f.Code.Contains("qr", StringComparison.OrdinalIgnoreCase), Listing(package));
        // EUR 9.5 million services with an open procedure: above EUR 216,000, an EU procedure (verified §3.16).
        package.Findings.ShouldNotContain(f => f.Code.Contains("threshold", StringComparison.Ordinal), Listing(package));
    }

    // ------------------------------------------------------------------------------------------
    // 3. Small town: ten AC points bought outright, all installed in 2026, below the threshold.
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Small_town_gets_the_ISO_15118_2_family_but_not_ISO_15118_20()
    {
        // Installed Aug-Nov 2026: after 8 Jan 2026 (DA 2025/656 Annex II 2.1.1, verified §2.2) and
        // before 1 Jan 2027 (Annex II 2.1.2, verified §2.3). Installation, not deployment, is the key.
        ShouldInclude(SmallTown, "afir-hardware.iso-15118-high-level-communication", "installed after 8 Jan 2026 (verified §2.2)");
        ShouldExclude(SmallTown, "afir-hardware.iso-15118-20", "every point installed before 1 Jan 2027 (verified §2.3)");
        ShouldExclude(SmallTown, "standards.iso-15118-20-from-start", "ISO-01: the roll-out does not reach 1 Jan 2027");
    }

    [Theory]
    [InlineData("afir-hardware.owner-enables-operator-compliance", "AFIR-OWNER-01: model = purchase_own, the town owns and a contractor operates (AFIR Art 5(11), verified §1.15)")]
    [InlineData("interoperability.switchable-backend", "OCPP-04: model = purchase_own")]
    public void Small_town_includes(string clauseId, string reason) => ShouldInclude(SmallTown, clauseId, reason);

    [Theory]
    [InlineData("procedure.concession-duration-justification", "PROC-02: not a concession")]
    [InlineData("procedure.concession-minimum-requirements", "PROC-03: not a concession")]
    [InlineData("model.exclusivity-scope", "MOD-01: not a concession")]
    [InlineData("selection.financial-standing", "SEL-02: model = purchase_own, not concession or services")]
    [InlineData("afir-hardware.plug-and-charge-both-editions", "AFIR-15118-01 3/3: no Plug & Charge, and nothing installed from 2027")]
    [InlineData("cybersecurity.cra-conformity", "VF-9.21: every delivery ends Nov 2026, before 11 Dec 2027 (verified §4.12)")]
    [InlineData("exit.technology-refresh", "EXIT-02: duration 5 < 8")]
    [InlineData("award.future-proofing-plan", "STF-03: v2g_level = none and duration 5 < 8")]
    [InlineData("afir-hardware.tethered-dc-cable", "AFIR-CABLE-01: AC points only")]
    [InlineData("afir-pricing.price-display-50kw-and-above", "AFIR-PRICE-01 1/2: no point of 50 kW or more")]
    [InlineData("grid.peak-limitation", "SMART-02: no congestion, no capacity contract")]
    [InlineData("grid.dso-coordination", "STF-05: no congestion")]
    [InlineData("grid.dso-signal-interface", "DSO-01: no congestion, dso_scheme = none")]
    [InlineData("design.site-and-pole-design", "STF-01: no on-street site")]
    [InlineData("v2g.v2g-ready-hardware", "V2G-01: v2g_level = none")]
    [InlineData("v2g.v2g-ready-ac", "V2G-01 2/2: v2g_level = none")]
    [InlineData("interoperability.ocpp-2-1-v2x", "OCPP-02: v2g_level = none")]
    public void Small_town_excludes(string clauseId, string reason) => ShouldExclude(SmallTown, clauseId, reason);

    [Fact]
    public void Small_town_is_told_that_an_EU_procedure_is_not_required()
    {
        // EUR 95,000 < EUR 216,000 (sub-central supplies and services 2026-27, DR 2025/2152,
        // verified §3.16) with the open procedure: information, not an error (VF-9.17).
        var package = Evaluate(SmallTown);

        package.Findings.ShouldContain(f => f.Severity == FindingSeverity.Info && f.Code.Contains("threshold", StringComparison.Ordinal),
            "No information finding says the value is below the EU threshold. " + Listing(package));
        package.Findings.ShouldNotContain(f => f.Severity == FindingSeverity.Error && f.Code.Contains("threshold", StringComparison.Ordinal), Listing(package));
    }

    // ------------------------------------------------------------------------------------------
    // 4. Regional framework: joint procurement, three lots, services, Plug & Charge, roll-out
    //    crossing 1 Jan 2027.
    // ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("afir-hardware.plug-and-charge-both-editions", "AFIR-15118-01 3/3: Plug & Charge at points installed from 1 Jan 2027 needs ISO 15118-2 and -20 (verified §2.4)")]
    [InlineData("afir-access-payment.automatic-authentication-opt-out", "AFIR-AUTH-01: automatic authentication offered, users may decline it (AFIR Art 5(2), verified §1.7)")]
    [InlineData("standards.plug-and-charge-pki", "ISO-02: Plug & Charge wanted")]
    [InlineData("afir-hardware.iso-15118-20", "AFIR-15118-01 2/3: points installed Jan 2027-Jun 2028 (verified §2.3)")]
    [InlineData("standards.iso-15118-20-from-start", "ISO-01: roll-out Nov 2026-Jun 2028 straddles 1 Jan 2027 (VF-9.2)")]
    [InlineData("afir-hardware.tethered-dc-cable", "AFIR-CABLE-01: DC hubs (verified §1.14)")]
    [InlineData("afir-pricing.price-display-50kw-and-above", "AFIR-PRICE-01 1/2: DC 50-150 and 150-350 kW points (verified §1.9)")]
    [InlineData("selection.financial-standing", "SEL-02: model = services")]
    [InlineData("cybersecurity.cra-conformity", "VF-9.21: deliveries run to Jun 2028, past 11 Dec 2027 (verified §4.12)")]
    [InlineData("award.future-proofing-plan", "STF-03: duration 8 >= 8")]
    [InlineData("exit.technology-refresh", "EXIT-02: duration 8 >= 8, review clause asked (verified §3.10)")]
    [InlineData("interoperability.switchable-backend", "OCPP-04: end_of_term = transfer")]
    [InlineData("operations.penalties-and-bonus", "KPI-04: model not a permit, penalties asked")]
    [InlineData("procedure.equivalent-labels-and-certificates", "VF-9.20: conformance certificates asked as proof (verified §3.3, §3.4)")]
    [InlineData("afir-access-payment.contactless-all-points", "AFIR-PAY-02: contactless on every point asked")]
    public void Regional_framework_includes(string clauseId, string reason) => ShouldInclude(Regional, clauseId, reason);

    [Theory]
    [InlineData("procedure.concession-duration-justification", "PROC-02: not a concession")]
    [InlineData("procedure.concession-minimum-requirements", "PROC-03: not a concession")]
    [InlineData("model.exclusivity-scope", "MOD-01: not a concession")]
    [InlineData("afir-hardware.owner-enables-operator-compliance", "AFIR-OWNER-01: services; the contractor owns and operates (verified §1.15)")]
    [InlineData("grid.peak-limitation", "SMART-02: no congestion, no capacity contract")]
    [InlineData("v2g.v2g-ready-hardware", "V2G-01: v2g_level = none")]
    [InlineData("interoperability.ocpp-2-1-v2x", "OCPP-02: v2g_level = none (OCPP 2.1 is asked, but not for V2G)")]
    [InlineData("grid.discharge-connection-rules", "GRID-01: v2g_level = none")]
    [InlineData("v2g.driver-protection", "V2G-04: v2g_level = none")]
    [InlineData("cybersecurity.vulnerability-handling-and-sbom", "CYB-02: cyber_level = baseline")]
    public void Regional_framework_excludes(string clauseId, string reason) => ShouldExclude(Regional, clauseId, reason);

    [Fact]
    public void Regional_framework_raises_no_Plug_and_Charge_payment_or_threshold_finding()
    {
        var package = Evaluate(Regional);

        // Both ISO 15118 editions are required for Plug & Charge from 2027 (verified §2.4).
        package.Findings.ShouldNotContain(f => f.Code.Contains("plug-and-charge", StringComparison.Ordinal), Listing(package));
        // Card reader and contactless at the DC hubs (AFIR Art 5(1), verified §1.6).
        package.Findings.ShouldNotContain(f => f.Code.Contains("qr", StringComparison.OrdinalIgnoreCase), Listing(package));
        // EUR 28 million with the restricted procedure, above EUR 216,000 (verified §3.16).
        package.Findings.ShouldNotContain(f => f.Code.Contains("threshold", StringComparison.Ordinal), Listing(package));
    }

    // ------------------------------------------------------------------------------------------

    private static TenderPackage Evaluate(string file) =>
        _packages.GetOrAdd(file, name =>
        {
            var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, name))).Input;
            return RulesEngine.Evaluate(input, CatalogueLoader.Default, _referenceDate);
        });

    private static IncludedClause Included(string file, string clauseId)
    {
        ShouldInclude(file, clauseId, "see the test");
        return Evaluate(file).Clauses.Single(c => c.Id == clauseId);
    }

    private static void ShouldInclude(string file, string clauseId, string reason)
    {
        var package = Evaluate(file);
        if (package.Clauses.Any(c => c.Id == clauseId))
        {
            return;
        }

        var excluded = package.Excluded.FirstOrDefault(e => e.Id == clauseId);
        var why = excluded is null
            ? "the catalogue has no clause with this id (check docs/catalogue-traceability.md)"
            : $"it was excluded by {excluded.By}: {excluded.Reason}";
        package.Clauses.ShouldContain(c => c.Id == clauseId, $"{file} should include {clauseId} ({reason}), but {why}");
    }

    private static void ShouldExclude(string file, string clauseId, string reason)
    {
        var package = Evaluate(file);
        var included = package.Clauses.FirstOrDefault(c => c.Id == clauseId);
        included.ShouldBeNull($"{file} should not include {clauseId} ({reason}), but it is in: {included?.Explanation}");
        package.Excluded.ShouldContain(e => e.Id == clauseId && e.By == ExcludedBy.Rule,
            $"{file}: {clauseId} should be excluded by its condition ({reason}), but the catalogue has no clause with this id (check docs/catalogue-traceability.md)");
    }

    private static string Listing(TenderPackage package) =>
        "Findings: " + string.Join("; ", package.Findings.Select(f => $"{f.Severity} {f.Code}"));
}
