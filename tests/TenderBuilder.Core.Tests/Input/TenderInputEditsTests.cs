using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Input;

/// <summary>
/// The edits the wizard makes, one at a time, on the real catalogue: where each answer lands, what
/// the rules then make of it, and that nothing the officer gave is lost on the way.
/// </summary>
public sealed class TenderInputEditsTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;
    private static readonly TenderInput s_utrecht = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;

    [Fact]
    public void An_answer_to_a_tender_field_question_lands_in_the_tender_block_and_reads_back()
    {
        var country = Question("tender.country");

        var input = Inputs.With(new { }).WithAnswer(country, Inputs.Json("SE"));

        input.Tender.Authority.Country.ShouldBe("SE");
        input.Tender.Title.ShouldBe("Test tender", "the other tender fields are kept");
        input.Answers.ShouldNotContainKey("tender.country");
        input.GivenAnswer(country)!.Value.GetString().ShouldBe("SE");
        var package = Evaluate(input);
        package.Answers.Choice("tender.country").ShouldBe("SE");
        package.Findings.ShouldNotContain(f => f.Code == "input.misplaced-answer");
    }

    [Fact]
    public void Tender_fields_of_every_shape_are_set_from_their_questions()
    {
        var input = Inputs.With(new { })
            .WithAnswer(Question("tender.estimated_value"), Inputs.Json(1_250_000m))
            .WithAnswer(Question("tender.currency"), Inputs.Json("EUR"))
            .WithAnswer(Question("tender.lots_reason_not_divided"), Inputs.Json("One operator balances all points behind shared connections."))
            .WithAnswer(Question("tender.submission_deadline"), Inputs.Json("2027-03-01"))
            .WithAnswer(Question("tender.cpv_codes"), Inputs.Json(new[] { "31681500" }));

        input.Tender.EstimatedValue.ShouldBe(new MoneyAmount { Amount = 1_250_000m, Currency = "EUR" });
        input.Tender.Lots.ReasonNotDivided.ShouldBe("One operator balances all points behind shared connections.");
        input.Tender.Dates.SubmissionDeadline.ShouldBe(new DateOnly(2027, 3, 1));
        input.Tender.CpvCodes.ShouldBe(["31681500"]);
        input.Answers.ShouldBeEmpty();
    }

    [Fact]
    public void Clearing_a_tender_field_answer_empties_the_field()
    {
        var country = Question("tender.country");
        var input = s_utrecht.WithAnswer(country, null);

        input.Tender.Authority.Country.ShouldBeNull();
        input.Tender.Authority.Name.ShouldBe(s_utrecht.Tender.Authority.Name);
        input.GivenAnswer(country).ShouldBeNull();
        Evaluate(input).Findings.ShouldContain(f => f.Code == "tender.required-missing" && f.Path == "/tender/authority/country");
    }

    [Fact]
    public void A_tender_field_answer_of_the_wrong_shape_is_refused_in_words()
    {
        var deadline = Question("tender.submission_deadline");

        var refused = Should.Throw<ArgumentException>(() => s_utrecht.WithAnswer(deadline, Inputs.Json("1 March 2027")));

        refused.Message.ShouldContain(deadline.Label);
        refused.Message.ShouldContain("a date written YYYY-MM-DD");
    }

    [Fact]
    public void Clearing_an_answer_lets_the_recommended_default_apply_again()
    {
        var ocpp = Question("smart.ocpp_version");
        ocpp.Default.ShouldNotBeNull("the test needs a question with a default");

        var given = Inputs.With(new { }).WithAnswer(ocpp, Inputs.Json("ocpp_2_1"));
        var cleared = given.WithAnswer(ocpp, null);
        var nulled = given.WithAnswer(ocpp, JsonDocument.Parse("null").RootElement);

        Resolved(given, ocpp).ShouldBe((AnswerOrigin.Given, "ocpp_2_1"));
        given.GivenAnswer(ocpp)!.Value.GetString().ShouldBe("ocpp_2_1");
        Resolved(cleared, ocpp).ShouldBe((AnswerOrigin.Default, "ocpp_2_0_1"));
        cleared.Answers.ShouldNotContainKey("smart.ocpp_version");
        cleared.GivenAnswer(ocpp).ShouldBeNull();
        Resolved(nulled, ocpp).ShouldBe((AnswerOrigin.Default, "ocpp_2_0_1"));
        nulled.Answers.ShouldNotContainKey("smart.ocpp_version");
    }

    [Fact]
    public void An_answer_to_a_hidden_question_is_kept_in_the_input_ignored_by_the_rules_and_back_when_shown_again()
    {
        // Utrecht's traffic light runs 16-20 h; switching the traffic light off hides the window questions.
        s_utrecht.Answers["grid.traffic_light_start_hour"].GetInt32().ShouldBe(16);
        Evaluate(s_utrecht).Clauses.Single(c => c.Id == "grid.peak-limitation").Text.ShouldContain("from 16:00 to 20:00");

        var off = s_utrecht.WithAnswer(Question("grid.traffic_light"), Inputs.Json(false));
        var package = Evaluate(off);

        off.Answers["grid.traffic_light_start_hour"].GetInt32().ShouldBe(16);
        package.Answers["grid.traffic_light_start_hour"].Visible.ShouldBeFalse();
        package.Answers.Number("grid.traffic_light_start_hour").ShouldBeNull("the rules read no hidden answer");
        package.Clauses.ShouldNotContain(c => c.Id == "grid.peak-limitation");
        package.Excluded.Single(c => c.Id == "grid.peak-limitation").By.ShouldBe(ExcludedBy.Rule);
        package.Findings.ShouldNotContain(f => f.Code == "grid.traffic-light-without-minimum");

        var onAgain = off.WithAnswer(Question("grid.traffic_light"), Inputs.Json(true));
        Evaluate(onAgain).Clauses.Single(c => c.Id == "grid.peak-limitation").Text.ShouldContain("from 16:00 to 20:00");
    }

    [Fact]
    public void Without_a_congested_grid_the_traffic_light_clause_is_no_longer_proposed_but_the_answers_stay()
    {
        var trafficLight = Question("grid.traffic_light");
        var congested = s_utrecht.WithAnswer(trafficLight, null);
        Evaluate(congested).Clauses.ShouldContain(c => c.Id == "grid.peak-limitation", "a congested grid proposes the traffic light unless refused");

        var notCongested = congested.WithAnswer(Question("grid.congestion"), Inputs.Json(false))
            .WithAnswer(Question("grid.dso_scheme"), Inputs.Json("none"));

        Evaluate(notCongested).Clauses.ShouldNotContain(c => c.Id == "grid.peak-limitation");
        notCongested.Answers.Keys.Where(k => k.StartsWith("grid.traffic_light_", StringComparison.Ordinal))
            .ShouldBe(s_utrecht.Answers.Keys.Where(k => k.StartsWith("grid.traffic_light_", StringComparison.Ordinal)), ignoreOrder: true);
    }

    [Fact]
    public void A_second_exclusion_of_the_same_clause_replaces_the_first_and_putting_it_back_restores_it()
    {
        const string clause = "grid.dso-coordination";

        var input = s_utrecht.WithExclusion(clause, "First reason.").WithExclusion(clause, "Second reason.");

        input.Exclusions.ShouldHaveSingleItem().Justification.ShouldBe("Second reason.");
        var excluded = Evaluate(input).Excluded.Single(c => c.Id == clause);
        (excluded.By, excluded.Justification).ShouldBe((ExcludedBy.Officer, "Second reason."));

        var restored = input.WithoutExclusion(clause);
        restored.Exclusions.ShouldBeEmpty();
        Evaluate(restored).Clauses.ShouldContain(c => c.Id == clause);
    }

    [Fact]
    public void Excluding_one_clause_leaves_the_exclusions_of_others()
    {
        var input = s_utrecht.WithExclusion("grid.dso-coordination", "Planned by the city alone.")
            .WithExclusion("grid.peak-limitation", "The DSO has withdrawn the scheme.")
            .WithoutExclusion("grid.dso-coordination");

        input.Exclusions.Select(e => e.Clause).ShouldBe(["grid.peak-limitation"]);
    }

    [Fact]
    public void An_override_sets_a_parameter_replaces_an_earlier_one_and_clearing_it_brings_back_the_unset_value()
    {
        const string clause = "operations.fault-response-and-repair";
        const string parameter = "remote_reset_hours";
        s_utrecht.OverrideOf(clause, parameter)!.Value.GetDecimal().ShouldBe(2);

        var changed = s_utrecht.WithOverride(clause, parameter, Inputs.Json(3)).WithOverride(clause, parameter, Inputs.Json(4));

        changed.ParameterOverrides.Count(o => o.Clause == clause && o.Parameter == parameter).ShouldBe(1);
        changed.OverrideOf(clause, parameter)!.Value.GetDecimal().ShouldBe(4);
        var resolved = Parameter(Evaluate(changed), clause, parameter);
        (resolved.Origin, resolved.Value).ShouldBe((ParameterOrigin.Override, (AnswerValue)new AnswerValue.Number(4)));

        var cleared = changed.WithOverride(clause, parameter, null);

        cleared.OverrideOf(clause, parameter).ShouldBeNull();
        cleared.ParameterOverrides.Count.ShouldBe(s_utrecht.ParameterOverrides.Count - 1, "only that override goes");
        var package = Evaluate(cleared);
        Parameter(package, clause, parameter).Origin.ShouldBe(ParameterOrigin.Unset);
        var unset = package.Findings.Single(f => f.Code == "clause.parameter-unset" && f.ClauseId == clause);
        unset.ParameterName.ShouldBe(parameter);
    }

    [Fact]
    public void A_custom_clause_is_added_replaced_by_id_and_removed()
    {
        var first = new CustomClause { Id = "clause-1", Title = "Snow clearing", Text = "The contractor clears snow from the bays.", Kind = "contractPerformance" };

        var added = Inputs.With(new { }).WithCustomClause(first);
        var replaced = added.WithCustomClause(first with { Title = "Snow and ice clearing" });
        var removed = replaced.WithoutCustomClause("clause-1");

        var included = Evaluate(added).Clauses.Single(c => c.Id == "custom.clause-1");
        (included.Title, included.Deliverable, included.IsCustom).ShouldBe(("Snow clearing", Deliverable.Contract, true));
        replaced.CustomClauses.ShouldHaveSingleItem().Title.ShouldBe("Snow and ice clearing");
        Evaluate(replaced).Clauses.Single(c => c.Id == "custom.clause-1").Title.ShouldBe("Snow and ice clearing");
        removed.CustomClauses.ShouldBeEmpty();
        Evaluate(removed).Clauses.ShouldNotContain(c => c.IsCustom);
    }

    [Theory]
    [InlineData(new string[0], "clause-1")]
    [InlineData(new[] { "clause-1" }, "clause-2")]
    [InlineData(new[] { "clause-1", "clause-3" }, "clause-2")]
    [InlineData(new[] { "clause-2", "clause-3" }, "clause-1")]
    [InlineData(new[] { "clause-1", "clause-2", "clause-3" }, "clause-4")]
    [InlineData(new[] { "my-own", "clause-1" }, "clause-2")]
    public void The_next_custom_clause_id_is_the_first_one_not_used(string[] used, string expected)
    {
        var input = used.Aggregate(Inputs.With(new { }), (current, id) =>
            current.WithCustomClause(new CustomClause { Id = id, Title = id, Text = "Text.", Kind = "technicalSpecification" }));

        input.NextCustomClauseId().ShouldBe(expected);
    }

    [Fact]
    public void An_edit_never_changes_the_input_it_was_made_from()
    {
        var before = TenderInputJson.Serialize(s_utrecht);

        _ = s_utrecht.WithAnswer(Question("grid.traffic_light"), Inputs.Json(false))
            .WithAnswer(Question("tender.country"), Inputs.Json("SE"))
            .WithExclusion("grid.dso-coordination", "Reason.")
            .WithOverride("operations.fault-response-and-repair", "remote_reset_hours", Inputs.Json(3))
            .WithCustomClause(new CustomClause { Id = "clause-1", Title = "T", Text = "Text.", Kind = "technicalSpecification" });

        TenderInputJson.Serialize(s_utrecht).ShouldBe(before);
    }

    [Theory]
    [InlineData("tender.authority_name", "/tender/authority/name")]
    [InlineData("tender.estimated_value", "/tender/estimatedValue/amount")]
    [InlineData("grid.congestion", "/answers/grid.congestion")]
    public void A_question_names_where_its_answer_lives_in_the_input(string questionId, string path) =>
        Question(questionId).InputPath.ShouldBe(path);

    private static Question Question(string id) => s_catalogue.Questionnaire.Find(id) ?? throw new InvalidOperationException($"No question {id}.");

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, s_catalogue, s_today);

    private static (AnswerOrigin Origin, string? Value) Resolved(TenderInput input, Question question)
    {
        var answer = AnswerSet.Resolve(s_catalogue.Questionnaire, input)[question.Id];
        return (answer.Origin, (answer.Value as AnswerValue.Choice)?.Value);
    }

    private static ResolvedParameter Parameter(TenderPackage package, string clause, string parameter) =>
        package.Clauses.Single(c => c.Id == clause).Parameters.Single(p => p.Name == parameter);
}
