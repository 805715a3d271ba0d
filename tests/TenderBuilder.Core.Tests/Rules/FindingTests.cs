using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>
/// What a finding says about where it belongs: the questions it concerns, the answer it names, the
/// clause parameter it is about. The wizard shows each finding where the officer fixes it from these alone.
/// </summary>
public sealed class FindingTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;
    private static readonly TenderInput s_utrecht = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;

    [Fact]
    public void Award_weights_not_adding_up_to_100_concern_the_award_basis_question()
    {
        var package = Evaluate(With(("award.weight_concession_fee", 15)));

        var finding = package.Findings.Single(f => f.Code == "award.weights-not-100");

        finding.Questions.ShouldContain("award.basis");
        finding.Path.ShouldBeNull();
        finding.Concerns(Question("award.basis")).ShouldBeTrue();
        finding.Concerns(Question("grid.congestion")).ShouldBeFalse();
    }

    [Fact]
    public void An_out_of_range_answer_that_sets_a_clause_value_is_one_error_not_two()
    {
        var package = Evaluate(With(("operations.availability_target", 150)));

        var beside = package.Findings.Where(f => f.Severity == FindingSeverity.Error && f.Concerns(Question("operations.availability_target"))).ToList();

        beside.Select(f => f.Code).ShouldBe(["input.invalid-answer"], "the invalid answer says it all; a second error that the value is missing would repeat it");
    }

    [Theory]
    [InlineData("grid.traffic-light-without-minimum", "grid.traffic_light_min_power_kw")]
    [InlineData("v2g.ocpp-below-2-1", "smart.ocpp_version")]
    [InlineData("model.concession-duration-unjustified", "model.concession_duration_justified")]
    [InlineData("payment.qr-only-high-power", "payment.methods")]
    public void A_consistency_finding_names_first_the_question_whose_answer_resolves_it(string code, string first)
    {
        var input = code switch
        {
            "grid.traffic-light-without-minimum" => Without("grid.traffic_light_min_power_kw"),
            "v2g.ocpp-below-2-1" => With(("smart.ocpp_version", "ocpp_2_0_1")),
            "model.concession-duration-unjustified" => With(("model.concession_duration_justified", false)),
            _ => With(("payment.methods", new[] { "qr_code" })),
        };

        var finding = Evaluate(input).Findings.Single(f => f.Code == code);

        finding.Questions.First().ShouldBe(first);
        finding.Questions.ShouldAllBe(id => s_catalogue.Questionnaire.Find(id) != null);
        finding.Concerns(Question(first)).ShouldBeTrue();
    }

    [Fact]
    public void Every_consistency_finding_that_fires_names_questions_of_the_questionnaire()
    {
        var tender = s_utrecht.Tender with { Lots = s_utrecht.Tender.Lots with { ReasonNotDivided = null }, Procedure = "permit_not_procurement" };
        var concession = With(("smart.ocpp_version", "ocpp_2_0_1"), ("payment.methods", new[] { "qr_code" }), ("award.weight_concession_fee", 15),
            ("model.concession_duration_justified", false)) with { Tender = tender };
        // The turnover cap and the reasons for not dividing into lots are rules of public contracts.
        var services = With(("model.type", "services"), ("selection.min_turnover", 90_000_000)) with { Tender = tender };
        var permit = With(("model.type", "permit"), ("model.permits_limited", true));

        var consistency = new[] { concession, services, permit }
            .SelectMany(input => Evaluate(input).Findings.Where(f => !f.IsMalformedInput && f.Path is null && f.ClauseId is null))
            .ToList();

        consistency.Count.ShouldBeGreaterThanOrEqualTo(6);
        consistency.ShouldAllBe(f => !f.Questions.IsEmpty && f.Questions.All(id => s_catalogue.Questionnaire.Find(id) != null));
    }

    [Fact]
    public void An_invalid_answer_concerns_its_question_by_path_and_names_no_other()
    {
        var package = Evaluate(With(("grid.traffic_light_start_hour", 30)));

        var finding = package.Findings.Single(f => f.Code == "input.invalid-answer");

        finding.Path.ShouldBe("/answers/grid.traffic_light_start_hour");
        finding.Questions.ShouldBeEmpty();
        finding.Concerns(Question("grid.traffic_light_start_hour")).ShouldBeTrue();
        finding.Concerns(Question("grid.traffic_light_end_hour")).ShouldBeFalse();
    }

    [Fact]
    public void A_refused_country_concerns_the_country_question_through_its_tender_field()
    {
        var swiss = s_utrecht with { Tender = s_utrecht.Tender with { Authority = s_utrecht.Tender.Authority with { Country = "CH" } } };

        var finding = Evaluate(swiss).Findings.Single(f => f.Code == "input.invalid-answer");

        finding.Concerns(Question("tender.country")).ShouldBeTrue();
        finding.Concerns(Question("tender.authority_name")).ShouldBeFalse();
    }

    [Fact]
    public void A_parameter_without_a_value_names_its_clause_and_parameter()
    {
        var withoutOverride = s_utrecht with
        {
            ParameterOverrides = [.. s_utrecht.ParameterOverrides.Where(o => !(o.Clause == "operations.penalties-and-bonus" && o.Parameter == "daily_penalty"))],
        };

        var finding = Evaluate(withoutOverride).Findings.Single(f => f.Code == "clause.parameter-unset");

        (finding.ClauseId, finding.ParameterName, finding.Severity).ShouldBe(("operations.penalties-and-bonus", "daily_penalty", FindingSeverity.Error));
    }

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, s_catalogue, s_today);

    private static Question Question(string id) => s_catalogue.Questionnaire.Find(id) ?? throw new InvalidOperationException($"No question {id}.");

    private static TenderInput With(params (string Question, object Value)[] answers)
    {
        var merged = new Dictionary<string, JsonElement>(s_utrecht.Answers, StringComparer.Ordinal);
        foreach (var (question, value) in answers)
        {
            merged[question] = JsonSerializer.SerializeToElement(value);
        }

        return s_utrecht with { Answers = merged };
    }

    private static TenderInput Without(string question) =>
        s_utrecht with { Answers = s_utrecht.Answers.Where(a => a.Key != question).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal) };
}
