using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Rules;

public sealed class RulesEngineTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private readonly Catalogue _catalogue = MiniCatalogue.Load();

    [Fact]
    public void A_clause_whose_condition_holds_is_included_with_its_parameter_and_the_answers_behind_it()
    {
        var package = Evaluate(new Dictionary<string, object> { ["model.type"] = "concession", ["model.duration_years"] = 10 });

        var clause = package.Clauses.Single(c => c.Id == "demo.concession-duration");
        clause.Text.ShouldBe("The concession runs 10 years.");
        clause.Parameters.Single().Origin.ShouldBe(ParameterOrigin.Answer);
        clause.Because.Select(f => (f.QuestionId, f.Answer, f.Result)).ShouldBe([("model.type", "Service concession", true), ("model.duration_years", "10 years", true)]);
        clause.Explanation.ShouldStartWith("Included because you chose a service concession and the contract runs for 10 years.");
        clause.Explanation.ShouldContain("Required by law (AFIR Art. 5(1)); it cannot be removed.");
    }

    [Fact]
    public void A_clause_whose_condition_fails_is_excluded_by_the_rule_with_the_reason_in_words()
    {
        var package = Evaluate(new Dictionary<string, object> { ["model.type"] = "concession", ["model.duration_years"] = 4 });

        var excluded = package.Excluded.Single(c => c.Id == "demo.concession-duration");
        excluded.By.ShouldBe(ExcludedBy.Rule);
        // The reason is the answer that made the condition fail, in the catalogue's words; the
        // answer that held (the concession) is not a reason for leaving the clause out.
        excluded.Reason.ShouldBe("Left out because the contract runs for 4 years.");
        excluded.Because.Last().Result.ShouldBeFalse();
    }

    [Fact]
    public void A_hidden_answer_is_kept_in_the_input_but_ignored_by_the_rules()
    {
        // The duration is only asked for concessions; switching model hides it.
        var input = Inputs.With(new Dictionary<string, object> { ["model.type"] = "purchase_own", ["model.duration_years"] = 10 });

        var package = RulesEngine.Evaluate(input, _catalogue, s_today);

        package.Excluded.Single(c => c.Id == "demo.concession-duration").Because.ShouldContain(f => f.QuestionId == "model.duration_years" && f.Answer == null);
        input.Answers.ShouldContainKey("model.duration_years");
        package.Findings.ShouldNotContain(f => f.Code.StartsWith("input.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mandatory_clause_cannot_be_excluded_and_says_which_law_requires_it()
    {
        var input = Inputs.With(new Dictionary<string, object> { ["model.type"] = "concession", ["model.duration_years"] = 10 }) with
        {
            Exclusions = [new ClauseExclusion { Clause = "demo.concession-duration", Justification = "We prefer not to." }],
        };

        var package = RulesEngine.Evaluate(input, _catalogue, s_today);

        package.Clauses.ShouldContain(c => c.Id == "demo.concession-duration");
        var finding = package.Findings.Single(f => f.Code == "clause.mandatory-excluded");
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Message.ShouldContain("required by law (AFIR Art. 5(1))");
        finding.Path.ShouldBe("/exclusions/0");
    }

    [Fact]
    public void A_recommended_clause_is_excluded_with_the_officers_justification_and_without_one_it_stays()
    {
        var justified = Inputs.With(new { }) with { Exclusions = [new ClauseExclusion { Clause = "demo.always", Justification = "Our points are offline by design." }] };
        var unjustified = Inputs.With(new { }) with { Exclusions = [new ClauseExclusion { Clause = "demo.always", Justification = " " }] };

        var removed = RulesEngine.Evaluate(justified, _catalogue, s_today);
        var kept = RulesEngine.Evaluate(unjustified, _catalogue, s_today);

        var excluded = removed.Excluded.Single(c => c.Id == "demo.always");
        (excluded.By, excluded.Justification).ShouldBe((ExcludedBy.Officer, "Our points are offline by design."));
        kept.Clauses.ShouldContain(c => c.Id == "demo.always");
        kept.Findings.ShouldContain(f => f.Code == "clause.exclusion-unjustified" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void An_override_within_range_wins_over_the_answer_and_one_out_of_range_is_refused()
    {
        var answers = new Dictionary<string, object> { ["model.type"] = "concession", ["sites.availability"] = 97 };
        var overridden = Inputs.With(answers) with
        {
            ParameterOverrides = [new ParameterOverride { Clause = "demo.availability", Parameter = "share", Value = Inputs.Json(98.5) }],
        };
        var outOfRange = Inputs.With(answers) with
        {
            ParameterOverrides = [new ParameterOverride { Clause = "demo.availability", Parameter = "share", Value = Inputs.Json(120) }],
        };

        RulesEngine.Evaluate(overridden, _catalogue, s_today).Clauses.Single(c => c.Id == "demo.availability").Text
            .ShouldBe("Each point shall be available 98.5 % of the time.");
        var refused = RulesEngine.Evaluate(outOfRange, _catalogue, s_today);
        refused.Clauses.Single(c => c.Id == "demo.availability").Text.ShouldBe("Each point shall be available 97 % of the time.");
        refused.Findings.Single(f => f.Code == "input.invalid-override").Message.ShouldContain("120 is above the maximum of 100");
    }

    [Fact]
    public void A_parameter_nobody_set_is_shown_as_to_be_set_and_blocks_export()
    {
        var package = Evaluate(new Dictionary<string, object> { ["model.type"] = "purchase_own" });

        package.Clauses.Single(c => c.Id == "demo.availability").Text.ShouldBe("Each point shall be available [to be set by the authority] of the time.");
        package.Findings.ShouldContain(f => f.Code == "clause.parameter-unset" && f.Severity == FindingSeverity.Error && f.Path == "/answers/sites.availability");
        package.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void An_optional_clause_is_off_until_the_officers_answer_turns_it_on()
    {
        Evaluate(new Dictionary<string, object>()).Clauses.ShouldNotContain(c => c.Id == "demo.hub-only");
        Evaluate(new Dictionary<string, object> { ["sites.types"] = new[] { "on_street", "hub" } }).Clauses.ShouldContain(c => c.Id == "demo.hub-only");
    }

    [Fact]
    public void Unknown_questions_wrong_types_and_values_out_of_range_are_malformed_input_naming_the_question()
    {
        var package = Evaluate(new Dictionary<string, object>
        {
            ["model.typ"] = "concession",
            ["model.type"] = 3,
            ["sites.availability"] = 101,
            ["sites.rollout_end"] = "31/12/2027",
        });

        var problems = package.Findings.Where(f => f.IsMalformedInput).Select(f => (f.Path, f.Message)).ToList();
        problems.ShouldContain(("/answers/model.typ", "There is no question \"model.typ\" in this catalogue; remove the answer or check its spelling."));
        problems.ShouldContain(("/answers/model.type", "model.type (“Which model?”): 3 is not one of: concession, purchase_own."));
        problems.ShouldContain(("/answers/sites.availability", "sites.availability (“Availability”): 101 % is above the maximum of 100 %."));
        problems.ShouldContain(("/answers/sites.rollout_end", "sites.rollout_end (“End of roll-out”): \"31/12/2027\" is not a date written YYYY-MM-DD."));
    }

    [Fact]
    public void A_required_question_left_open_blocks_export()
    {
        var input = Inputs.With(new { }) with { Tender = new TenderMetadata() };

        var package = RulesEngine.Evaluate(input, _catalogue, s_today);

        package.Findings.ShouldContain(f => f.Code == "tender.required-missing" && f.Path == "/tender/title");
    }

    [Fact]
    public void Custom_clauses_are_included_in_the_deliverable_of_their_kind()
    {
        var input = Inputs.With(new { }) with
        {
            CustomClauses =
            [
                new CustomClause { Id = "colour", Title = "Colour", Text = "Poles shall be RAL 7016.", Kind = "technicalSpecification" },
                new CustomClause { Id = "odd", Title = "Odd", Text = "Text.", Kind = "wish" },
            ],
        };

        var package = RulesEngine.Evaluate(input, _catalogue, s_today);

        var custom = package.Clauses.Single(c => c.Id == "custom.colour");
        (custom.Deliverable, custom.IsCustom, custom.Text).ShouldBe((Deliverable.Specification, true, "Poles shall be RAL 7016."));
        package.Findings.ShouldContain(f => f.Code == "input.invalid-custom-clause" && f.Message.Contains("\"wish\" is not a kind", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_input_and_date_always_give_the_same_manifest()
    {
        var input = Inputs.With(new Dictionary<string, object> { ["model.type"] = "concession", ["model.duration_years"] = 12 });

        PackageManifest.Write(RulesEngine.Evaluate(input, _catalogue, s_today))
            .ShouldBe(PackageManifest.Write(RulesEngine.Evaluate(input, _catalogue, s_today)));
    }

    [Fact]
    public void A_default_is_used_for_an_unanswered_question_and_marked_as_a_default()
    {
        var answers = Core.Answers.AnswerSet.Resolve(_catalogue.Questionnaire, Inputs.With(new { }));

        answers["sites.public"].Origin.ShouldBe(Core.Answers.AnswerOrigin.Default);
        answers.Flag("sites.public").ShouldBe(true);
    }

    private TenderPackage Evaluate(Dictionary<string, object> answers) =>
        RulesEngine.Evaluate(Inputs.With(answers), _catalogue, s_today);
}
