using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Consistency;

/// <summary>
/// What the EU notice needs, checked beside the questions: a warning when the officer declines a
/// notice the law calls for, and one per answer the notice cannot do without, each naming and
/// linking its question, in the language the findings are written in.
/// </summary>
public sealed class NoticeChecksTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;

    [Theory]
    [InlineData("utrecht-like-concession.yaml")]
    [InlineData("stockholm-like-low-capacity.yaml")]
    [InlineData("regional-framework-lots.yaml")]
    [InlineData("two-lots-with-sites.yaml")]
    [InlineData("small-town-ten-ac-points.yaml")]
    [InlineData("permit-scarce-kerb-space.yaml")]
    public void The_examples_give_the_notice_everything_it_needs(string example) =>
        Evaluate(Inputs.Example(example)).Findings.Where(f => f.Code.StartsWith("notice.", StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void Declining_a_notice_the_law_calls_for_is_a_warning_beside_the_choice_and_the_value()
    {
        var package = Evaluate(Wanted(Inputs.Example("utrecht-like-concession.yaml"), false));

        var finding = package.Findings.Where(f => f.Code == "notice.declined-though-required").ShouldHaveSingleItem();
        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.Questions.ShouldBe(["notice.wanted", "tender.estimated_value"]);
        finding.Message.ShouldContain("“" + s_catalogue.Questionnaire.Find("notice.wanted")!.Label + "”");
        finding.Message.ShouldContain("a service concession");
        finding.Sources.ShouldNotBeEmpty();
        package.Findings.ShouldNotContain(f => f.Code == "notice.answer-missing", "no notice, nothing missing from it");
    }

    [Theory]
    [InlineData("small-town-ten-ac-points.yaml")]
    [InlineData("permit-scarce-kerb-space.yaml")]
    public void Declining_a_notice_the_law_does_not_call_for_is_not_a_finding(string example) =>
        Evaluate(Wanted(Inputs.Example(example), false)).Findings.ShouldNotContain(f => f.Code.StartsWith("notice.", StringComparison.Ordinal));

    [Fact]
    public void Each_answer_the_notice_needs_is_a_warning_naming_and_linking_its_question()
    {
        var package = Evaluate(WithoutNoticeData(Inputs.Example("utrecht-like-concession.yaml")));

        var missing = package.Findings.Where(f => f.Code == "notice.answer-missing").ToList();
        missing.ShouldAllBe(f => f.Severity == FindingSeverity.Warning);
        missing.Select(f => f.Questions[0]).ShouldBe(Q.NoticeRequired.Select(r => r.Question).Where(id => id != Q.SubmissionDeadline), ignoreOrder: true);
        foreach (var finding in missing)
        {
            var question = s_catalogue.Questionnaire.Find(finding.Questions[0])!;
            finding.Message.ShouldBe($"The EU notice needs an answer to “{question.Label}”; without it the notice is incomplete.");
            finding.Sources.ShouldHaveSingleItem().SourceId.ShouldBe("eforms");
        }
    }

    [Fact]
    public void The_deadline_day_is_needed_too_and_the_validity_only_in_the_open_procedure()
    {
        var stockholm = Inputs.Example("stockholm-like-low-capacity.yaml");
        var withoutDay = stockholm with { Tender = stockholm.Tender with { Dates = stockholm.Tender.Dates with { SubmissionDeadline = null } } };
        var withoutValidity = stockholm with { Tender = stockholm.Tender with { Notice = stockholm.Tender.Notice with { TenderValidityDays = null } } };
        var utrecht = Inputs.Example("utrecht-like-concession.yaml");
        var concessionWithoutValidity = utrecht with { Tender = utrecht.Tender with { Notice = utrecht.Tender.Notice with { TenderValidityDays = null } } };

        Evaluate(withoutDay).Findings.ShouldContain(f => f.Code == "notice.answer-missing" && f.Questions[0] == "tender.submission_deadline");
        var validity = Evaluate(withoutValidity).Findings.Where(f => f.Code == "notice.answer-missing").ShouldHaveSingleItem();
        validity.Questions.ShouldBe(["notice.tender_validity_days", "tender.procedure"]);
        validity.Message.ShouldContain("“Open procedure”");
        Evaluate(concessionWithoutValidity).Findings.ShouldNotContain(f => f.Code == "notice.answer-missing");
    }

    [Fact]
    public void An_opening_day_needs_its_time()
    {
        var input = Inputs.Example("two-lots-with-sites.yaml");
        input = input with { Tender = input.Tender with { Notice = input.Tender.Notice with { Opening = input.Tender.Notice.Opening with { Time = null } } } };

        var finding = Evaluate(input).Findings.Where(f => f.Code == "notice.answer-missing").ShouldHaveSingleItem();

        finding.Questions.ShouldBe(["notice.opening_time"]);
        finding.Message.ShouldContain("“" + s_catalogue.Questionnaire.Find("notice.opening_time")!.Label + "”");
    }

    [Fact]
    public void No_notice_needs_no_notice_data()
    {
        var smallTown = WithoutNoticeData(Inputs.Example("small-town-ten-ac-points.yaml"));

        Evaluate(smallTown).Findings.ShouldNotContain(f => f.Code.StartsWith("notice.", StringComparison.Ordinal));
        // A voluntary notice needs the same answers: all but the deadline day, which is given, and the validity, as the procedure is open.
        Evaluate(Wanted(smallTown, true)).Findings.Count(f => f.Code == "notice.answer-missing").ShouldBe(Q.NoticeRequired.Length - 1 + 1);
    }

    [Fact]
    public void A_malformed_answer_is_an_error_beside_its_question_and_not_also_reported_missing()
    {
        var utrecht = Inputs.Example("utrecht-like-concession.yaml");
        var input = utrecht with
        {
            Tender = utrecht.Tender with { Authority = utrecht.Tender.Authority with { Contact = utrecht.Tender.Authority.Contact with { Email = "tenders(at)example.org" } } },
        };

        var findings = Evaluate(input).Findings;

        findings.ShouldContain(f => f.Code == "input.invalid-answer" && f.Path == "/tender/authority/contact/email");
        findings.ShouldNotContain(f => f.Code == "notice.answer-missing");
    }

    [Fact]
    public void The_findings_are_in_the_language_they_are_written_in()
    {
        var input = WithoutNoticeData(Inputs.Example("utrecht-like-concession.yaml"));
        input = input with { Tender = input.Tender with { Language = "nl-NL" } };
        var dutch = s_catalogue.In("nl-NL").Questionnaire.Find("notice.contact_email")!.Label;

        var finding = Evaluate(input).Findings.Single(f => f.Code == "notice.answer-missing" && f.Questions[0] == "notice.contact_email");

        finding.Message.ShouldBe($"De EU-aankondiging heeft een antwoord nodig op ‘{dutch}’; zonder dat antwoord is de aankondiging onvolledig.");
    }

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, s_catalogue, s_today);

    private static TenderInput Wanted(TenderInput input, bool wanted) =>
        input with { Tender = input.Tender with { Notice = input.Tender.Notice with { Wanted = wanted } } };

    private static TenderInput WithoutNoticeData(TenderInput input) =>
        input with
        {
            Tender = input.Tender with
            {
                Authority = input.Tender.Authority with { RegistrationId = null, Address = new(), Contact = new() },
                Dates = input.Tender.Dates with { SubmissionDeadlineTime = null, TimeZone = null },
                Notice = new(),
            },
        };
}
