using System.Text.Json;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>Each finding is shown where the officer can fix it: beside a shown question, a clause parameter, or at the top of the review.</summary>
public sealed class FindingPlacementTests
{
    [Fact]
    public void An_invalid_answer_is_shown_beside_its_question_and_counts_as_an_error_there()
    {
        var package = Evaluate(With("grid.traffic_light_start_hour", 30));
        var finding = package.Findings.Single(f => f.Code == "input.invalid-answer");

        var placement = new FindingPlacement(package);

        placement.For("grid.traffic_light_start_hour").ShouldContain(finding);
        placement.QuestionOf(finding).ShouldBe("grid.traffic_light_start_hour");
        placement.QuestionsWithErrors.ShouldContain("grid.traffic_light_start_hour");
        placement.Elsewhere.ShouldNotContain(finding);
        placement.For("grid.traffic_light_end_hour").ShouldBeEmpty();
    }

    [Fact]
    public void A_refused_country_is_shown_beside_the_country_question()
    {
        var swiss = Utrecht.WithAnswer(Question("tender.country"), JsonSerializer.SerializeToElement("CH"));

        var placement = new FindingPlacement(Evaluate(swiss));

        placement.For("tender.country").ShouldHaveSingleItem().Message.ShouldContain("\"CH\" is not the code of an EU or EEA country");
    }

    [Fact]
    public void A_consistency_finding_is_shown_beside_the_first_question_it_names()
    {
        var package = Evaluate(With("award.weight_concession_fee", 15));

        var placement = new FindingPlacement(package);

        placement.For("award.basis").Select(f => f.Code).ShouldContain("award.weights-not-100");
        placement.ErrorsIn([package.Answers["award.basis"], package.Answers["award.weight_concession_fee"]]).ShouldBe(1);
    }

    [Fact]
    public void A_consistency_finding_skips_the_questions_that_are_hidden_and_lands_beside_the_first_shown_one()
    {
        // The traffic light is off, so its window questions are hidden: a finding naming the start hour
        // first cannot be shown there and goes to the next question it names that is on screen.
        var off = Evaluate(Utrecht.WithAnswer(Question("grid.traffic_light"), JsonSerializer.SerializeToElement(false)));
        off.Answers["grid.traffic_light_start_hour"].Visible.ShouldBeFalse();
        var finding = new Finding("demo.window", FindingSeverity.Warning, "Check the peak window.", [])
        {
            Questions = ["grid.traffic_light_start_hour", "grid.traffic_light", "grid.congestion"],
        };

        var hidden = new FindingPlacement(off with { Findings = [finding] });
        var shown = new FindingPlacement(Evaluate(Utrecht) with { Findings = [finding] });

        hidden.QuestionOf(finding).ShouldBe("grid.traffic_light");
        hidden.For("grid.traffic_light_start_hour").ShouldBeEmpty();
        hidden.For("grid.congestion").ShouldBeEmpty("a finding is shown once");
        shown.QuestionOf(finding).ShouldBe("grid.traffic_light_start_hour");
    }

    [Fact]
    public void A_finding_whose_questions_are_all_hidden_goes_to_the_review_step()
    {
        var off = Evaluate(Utrecht.WithAnswer(Question("grid.traffic_light"), JsonSerializer.SerializeToElement(false)));
        var finding = new Finding("demo.window", FindingSeverity.Error, "Check the peak window.", []) { Questions = ["grid.traffic_light_start_hour"] };

        var placement = new FindingPlacement(off with { Findings = [finding] });

        placement.QuestionOf(finding).ShouldBeNull();
        placement.Elsewhere.ShouldBe([finding]);
    }

    [Fact]
    public void An_unset_clause_parameter_is_shown_beside_the_parameter_on_the_review_step_only()
    {
        var input = Utrecht with
        {
            ParameterOverrides = [.. Utrecht.ParameterOverrides.Where(o => !(o.Clause == "operations.penalties-and-bonus" && o.Parameter == "daily_penalty"))],
        };
        var package = Evaluate(input);
        var finding = package.Findings.Single(f => f.Code == "clause.parameter-unset");

        var placement = new FindingPlacement(package);

        placement.ForParameter("operations.penalties-and-bonus", "daily_penalty").ShouldBe([finding]);
        placement.ForParameter("operations.penalties-and-bonus", "annual_cap").ShouldBeEmpty();
        placement.Elsewhere.ShouldNotContain(finding);
        placement.QuestionOf(finding).ShouldBeNull();
    }

    [Fact]
    public void An_unset_parameter_bound_to_an_unanswered_question_is_shown_beside_both()
    {
        var withoutDso = Utrecht with { Answers = Utrecht.Answers.Where(a => a.Key != "grid.dso_name").ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal) };
        var package = Evaluate(withoutDso);
        var unset = package.Findings.Where(f => f.Code == "clause.parameter-unset" && f.ParameterName == "dso_name").ToList();
        unset.ShouldNotBeEmpty();

        var placement = new FindingPlacement(package);

        foreach (var finding in unset)
        {
            placement.ForParameter(finding.ClauseId!, "dso_name").ShouldContain(finding);
            placement.For("grid.dso_name").ShouldContain(finding);
        }
    }

    [Fact]
    public void An_exclusion_without_a_justification_is_shown_at_the_top_of_the_review()
    {
        var package = Evaluate(Utrecht.WithExclusion("grid.dso-coordination", " "));
        var finding = package.Findings.Single(f => f.Code == "clause.exclusion-unjustified");

        var placement = new FindingPlacement(package);

        placement.Elsewhere.ShouldContain(finding);
        placement.QuestionOf(finding).ShouldBeNull();
    }

    private static TenderInput With(string questionId, object value) =>
        Utrecht.WithAnswer(Question(questionId), JsonSerializer.SerializeToElement(value));

    [Fact]
    public void A_site_s_finding_is_shown_beside_its_site_and_counts_on_the_sites_step()
    {
        var input = Utrecht.WithSites(
        [
            new Site { Id = "S001", Name = "Hub", Address = "Street 1", PointGroups = [new PointGroup { Count = 2, Current = "ac", RatedKw = 11 }] },
            new Site { Id = "S002", Name = "North", Address = "Street 2", PointGroups = [new PointGroup { Count = 2, Current = "xc", RatedKw = 11 }] },
        ]);
        var package = Evaluate(input);
        var finding = package.Findings.Single(f => f.Code == "sites.invalid-current");

        var placement = new FindingPlacement(package);

        placement.ForSite(1).ShouldContain(finding);
        placement.ForSite(0).ShouldBeEmpty();
        placement.Elsewhere.ShouldNotContain(finding);
        placement.ErrorsIn(FindingPlacement.Sites).ShouldBe(1);
        placement.QuestionOf(finding).ShouldBe("sites.site_count", "the export step's link leads to the Sites step");
        var toDo = new DraftToDo(package, placement, WizardWords.Steps);
        toDo.ToFix("sites").ShouldBeGreaterThanOrEqualTo(1);
        toDo.Items.Single(i => i.Finding == finding).TargetId.ShouldBe(DraftToDo.SiteListHeadingId, "the link lands on the site list");
    }
}
