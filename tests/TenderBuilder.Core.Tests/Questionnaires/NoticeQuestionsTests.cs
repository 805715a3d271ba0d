using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Questionnaires;

/// <summary>
/// The EU notice's questions are asked only when the package holds the notice: worked out as the
/// derived answer notice.produced from the same decision the package is built on, never written in
/// the questions files as law of their own.
/// </summary>
public sealed class NoticeQuestionsTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;

    private static IEnumerable<string> NoticeQuestions =>
        s_catalogue.Questionnaire.Sections.Single(s => s.Id == "notice").Questions.Select(q => q.Id).Except(["notice.wanted", "notice.produced"]);

    [Theory]
    [InlineData("utrecht-like-concession.yaml", true)]
    [InlineData("stockholm-like-low-capacity.yaml", true)]
    [InlineData("regional-framework-lots.yaml", true)]
    [InlineData("two-lots-with-sites.yaml", true)]
    [InlineData("small-town-ten-ac-points.yaml", true)]
    [InlineData("permit-scarce-kerb-space.yaml", false)]
    public void The_notice_questions_are_asked_exactly_when_the_notice_is_produced(string example, bool produced)
    {
        var answers = RulesEngine.Evaluate(Inputs.Example(example), s_catalogue, s_today).Answers;

        answers.Flag("notice.produced").ShouldBe(produced);
        answers["notice.produced"].Origin.ShouldBe(AnswerOrigin.Derived);
        answers.Asked("notice.wanted").ShouldBeTrue("the officer may always ask for a notice or decline one");
        // The opening's time and place wait for its day, the validity and the number of candidates
        // for a procedure whose notice states them (below).
        foreach (var id in NoticeQuestions.Where(id => id is not ("notice.opening_time" or "notice.opening_place" or "notice.tender_validity_days" or "notice.minimum_candidates")))
        {
            answers.Asked(id).ShouldBe(produced, id);
        }
    }

    [Theory]
    [InlineData("small-town-ten-ac-points.yaml", true, true)]
    [InlineData("permit-scarce-kerb-space.yaml", true, true)]
    [InlineData("utrecht-like-concession.yaml", false, false)]
    [InlineData("stockholm-like-low-capacity.yaml", false, false)]
    public void The_officer_opts_in_below_the_threshold_or_for_a_permit_and_out_above_it(string example, bool wanted, bool produced)
    {
        var input = Inputs.Example(example);
        input = input with { Tender = input.Tender with { Notice = input.Tender.Notice with { Wanted = wanted } } };

        var answers = RulesEngine.Evaluate(input, s_catalogue, s_today).Answers;

        answers.Flag("notice.produced").ShouldBe(produced);
        answers.Asked("notice.contact_email").ShouldBe(produced);
    }

    [Fact]
    public void The_opening_time_and_place_are_asked_once_an_opening_day_is_given()
    {
        var withOpening = RulesEngine.Evaluate(Inputs.Example("two-lots-with-sites.yaml"), s_catalogue, s_today).Answers;
        var without = RulesEngine.Evaluate(Inputs.Example("stockholm-like-low-capacity.yaml"), s_catalogue, s_today).Answers;

        withOpening.Asked("notice.opening_time").ShouldBeTrue();
        withOpening.Asked("notice.opening_place").ShouldBeTrue();
        withOpening.Answer("notice.opening_time").ShouldBe(new AnswerValue.Time(new TimeOnly(14, 0)));
        without.Asked("notice.opening_date").ShouldBeTrue();
        without.Asked("notice.opening_time").ShouldBeFalse();
    }

    [Theory]
    [InlineData("stockholm-like-low-capacity.yaml", true)]
    [InlineData("utrecht-like-concession.yaml", true)]
    [InlineData("regional-framework-lots.yaml", false)]
    public void The_tender_validity_is_asked_where_the_notice_may_state_it_the_open_and_the_concession_procedure(string example, bool asked) =>
        RulesEngine.Evaluate(Inputs.Example(example), s_catalogue, s_today).Answers.Asked("notice.tender_validity_days").ShouldBe(asked);

    [Theory]
    [InlineData("regional-framework-lots.yaml", true)]
    [InlineData("stockholm-like-low-capacity.yaml", false)]
    [InlineData("utrecht-like-concession.yaml", false)]
    public void The_least_number_of_candidates_is_asked_in_a_procedure_with_a_first_stage(string example, bool asked) =>
        RulesEngine.Evaluate(Inputs.Example(example), s_catalogue, s_today).Answers.Asked("notice.minimum_candidates").ShouldBe(asked);

    [Fact]
    public void The_place_of_the_opening_is_asked_only_in_the_open_procedure()
    {
        var open = Inputs.Example("two-lots-with-sites.yaml");
        var restricted = open with { Tender = open.Tender with { Procedure = "restricted" } };

        RulesEngine.Evaluate(open, s_catalogue, s_today).Answers.Asked("notice.opening_place").ShouldBeTrue();
        RulesEngine.Evaluate(restricted, s_catalogue, s_today).Answers.Asked("notice.opening_place").ShouldBeFalse();
        RulesEngine.Evaluate(restricted, s_catalogue, s_today).Answers.Asked("notice.opening_time").ShouldBeTrue();
    }

    [Fact]
    public void The_thresholds_of_the_day_decide_and_without_a_day_the_notice_counts_as_required()
    {
        var smallTown = SmallTownNotAsking();

        AnswerSet.Resolve(s_catalogue.Questionnaire, smallTown, s_today).Flag("notice.produced").ShouldBe(false);
        AnswerSet.Resolve(s_catalogue.Questionnaire, smallTown).Flag("notice.produced").ShouldBe(true);
    }

    [Fact]
    public void An_answer_given_to_the_derived_question_is_refused_and_ignored()
    {
        var input = Inputs.Changing(SmallTownNotAsking(), ("notice.produced", true));

        var package = RulesEngine.Evaluate(input, s_catalogue, s_today);

        package.Findings.ShouldContain(f => f.Code == "input.derived-answer" && f.Path == "/answers/notice.produced" && f.Message.Contains("tender.notice.wanted", StringComparison.Ordinal));
        package.Answers.Flag("notice.produced").ShouldBe(false);
    }

    // The small town below the threshold, before it chose to publish a notice all the same.
    private static TenderInput SmallTownNotAsking()
    {
        var input = Inputs.Example("small-town-ten-ac-points.yaml");
        return input with { Tender = input.Tender with { Notice = input.Tender.Notice with { Wanted = null } } };
    }

    [Fact]
    public void Every_notice_question_fills_a_field_of_the_tender_block_and_changes_nothing_bidders_read()
    {
        foreach (var id in NoticeQuestions.Append("notice.wanted"))
        {
            var question = s_catalogue.Questionnaire.Find(id)!;
            question.Field.ShouldNotBeNull(id);
            TenderFields.All[question.Field].ShouldBe(question.Type, id);
            question.Informational.ShouldNotBeNullOrWhiteSpace(id);
        }
    }
}
