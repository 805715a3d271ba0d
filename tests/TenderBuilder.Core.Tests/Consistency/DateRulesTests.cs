using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Consistency;

/// <summary>
/// The date checks fire on the day the dates stop making sense and stay silent a day before. The
/// starting point is the Utrecht-like concession: notice 19 January 2026, deadline 16 March 2026
/// (56 days), contract start 1 July 2026, roll-out from 1 October 2026, V2G live by 31 December 2028.
/// </summary>
public sealed class DateRulesTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly DateOnly s_published = new(2026, 1, 19);
    private static readonly TenderInput s_base = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;

    [Fact]
    public void The_starting_example_has_no_date_finding() =>
        Evaluate(s_base).Findings.ShouldNotContain(f => f.Code.StartsWith("dates.", StringComparison.Ordinal));

    [Theory]
    [InlineData(0, true)]
    [InlineData(-3, true)]
    [InlineData(1, false)]
    public void A_deadline_on_or_before_the_publication_is_an_error(int daysAfter, bool fires)
    {
        var input = Deadline(s_base, s_published.AddDays(daysAfter));

        Fires(input, "dates.deadline-not-after-publication").ShouldBe(fires);
        if (fires)
        {
            Finding(input, "dates.deadline-not-after-publication").Severity.ShouldBe(FindingSeverity.Error);
            Fires(input, "dates.submission-period-below-minimum").ShouldBeFalse("one finding says the dates are in the wrong order");
        }
    }

    [Theory]
    [InlineData(24, "dates.submission-period-below-minimum", true)]
    [InlineData(25, "dates.submission-period-below-minimum", false)]
    [InlineData(25, "dates.submission-period-short", true)]
    [InlineData(29, "dates.submission-period-short", true)]
    [InlineData(30, "dates.submission-period-short", false)]
    public void A_concession_gives_30_days_and_never_fewer_than_25(int days, string code, bool fires) =>
        Fires(Deadline(s_base, s_published.AddDays(days)), code).ShouldBe(fires);

    [Theory]
    [InlineData(14, "dates.submission-period-below-minimum", true)]
    [InlineData(15, "dates.submission-period-below-minimum", false)]
    [InlineData(15, "dates.submission-period-short", true)]
    [InlineData(29, "dates.submission-period-short", true)]
    [InlineData(30, "dates.submission-period-short", false)]
    public void An_open_procedure_gives_30_days_with_electronic_submission_and_never_fewer_than_15(int days, string code, bool fires) =>
        Fires(Deadline(Contract("open"), s_published.AddDays(days)), code).ShouldBe(fires);

    [Theory]
    [InlineData("restricted", 59, true)]
    [InlineData("restricted", 60, false)]
    [InlineData("competitive_negotiation", 59, true)]
    [InlineData("competitive_dialogue", 29, true)]
    [InlineData("competitive_dialogue", 30, false)]
    public void Procedures_in_stages_warn_below_their_usual_periods(string procedure, int days, bool fires)
    {
        var input = Deadline(Contract(procedure), s_published.AddDays(days));

        Fires(input, "dates.submission-period-short").ShouldBe(fires);
        Fires(input, "dates.submission-period-below-minimum").ShouldBeFalse("the tender period may be shortened on grounds TenderBuilder does not ask about");
    }

    [Fact]
    public void The_period_finding_names_both_dates_in_words_the_date_to_move_to_and_a_to_verify_source()
    {
        var finding = Finding(Deadline(s_base, new DateOnly(2026, 2, 12)), "dates.submission-period-below-minimum");

        finding.Message.ShouldContain("(12 February 2026) is only 24 days after the planned publication of the notice (19 January 2026)");
        finding.Message.ShouldContain("Move the deadline to 13 February 2026 or later.");
        finding.Questions.ShouldBe(["tender.submission_deadline", "tender.publication_date"]);
        var source = finding.Sources.ShouldHaveSingleItem();
        source.SourceId.ShouldBe("dir-2014-23");
        source.Locator.ShouldBe("Art. 39(3)–(5)");
        source.Status.ShouldBe(VerificationStatus.ToVerify, "the time limits are not in the verified facts yet");
    }

    [Fact]
    public void An_open_procedure_cites_Article_27_of_the_public_procurement_directive()
    {
        var finding = Finding(Deadline(Contract("open"), s_published.AddDays(20)), "dates.submission-period-short");

        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.Message.ShouldContain("tenders are submitted electronically");
        finding.Sources.ShouldHaveSingleItem().Locator.ShouldBe("Art. 27(1)–(4)");
    }

    [Fact]
    public void Directive_periods_do_not_bind_below_the_threshold_or_for_permits()
    {
        var small = Contract("open") with { Tender = Contract("open").Tender with { EstimatedValue = new MoneyAmount { Amount = 100_000, Currency = "EUR" } } };
        var smallConcession = s_base with { Tender = s_base.Tender with { EstimatedValue = new MoneyAmount { Amount = 5_000_000, Currency = "EUR" } } };
        var permit = With(s_base, ("model.type", "permit"));
        permit = permit with { Tender = permit.Tender with { Procedure = "permit_not_procurement" } };

        foreach (var input in new[] { small, smallConcession, permit })
        {
            var codes = Evaluate(Deadline(input, s_published.AddDays(5))).Findings.Select(f => f.Code).ToList();
            codes.ShouldNotContain("dates.submission-period-below-minimum");
            codes.ShouldNotContain("dates.submission-period-short");
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_contract_that_starts_on_or_before_the_deadline_is_an_error(int daysAfterDeadline, bool fires)
    {
        var deadline = s_base.Tender.Dates.SubmissionDeadline!.Value;
        var input = s_base with { Tender = s_base.Tender with { Dates = s_base.Tender.Dates with { ContractStart = deadline.AddDays(daysAfterDeadline) } } };

        Fires(input, "dates.contract-starts-before-tenders-are-in").ShouldBe(fires);
        if (fires)
        {
            Finding(input, "dates.contract-starts-before-tenders-are-in").Message
                .ShouldStartWith("The contract starts on 16 March 2026, but tenders are received only until 16 March 2026");
        }
    }

    [Theory]
    [InlineData("2026-09-30", true)]
    [InlineData("2026-10-01", false)]
    public void A_roll_out_that_ends_before_it_starts_is_an_error(string end, bool fires) =>
        Fires(With(s_base, ("sites.rollout_end", end)), "dates.rollout-ends-before-it-starts").ShouldBe(fires);

    [Theory]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void Installing_before_the_contract_starts_is_a_warning(string rolloutStart, bool fires) =>
        Fires(With(s_base, ("sites.rollout_start", rolloutStart)), "dates.rollout-before-contract-start").ShouldBe(fires);

    [Theory]
    [InlineData(true, "2026-06-30", true)]
    [InlineData(true, "2026-07-01", false)]
    [InlineData(false, "2026-06-30", false)]
    public void Renovating_before_the_contract_starts_is_a_warning(bool renovation, string renovationStart, bool fires) =>
        Fires(With(s_base, ("sites.renovation", renovation), ("sites.renovation_start", renovationStart)), "dates.renovation-before-contract-start").ShouldBe(fires);

    [Theory]
    [InlineData("2026-07-01", "dates.v2g-live-before-contract-start", true)]
    [InlineData("2026-07-02", "dates.v2g-live-before-contract-start", false)]
    [InlineData("2026-09-30", "dates.v2g-live-before-rollout-start", true)]
    [InlineData("2026-10-01", "dates.v2g-live-before-rollout-start", false)]
    public void V2G_points_cannot_be_live_before_the_contract_or_the_roll_out_starts(string liveBy, string code, bool fires) =>
        Fires(With(s_base, ("v2g.live_by", liveBy)), code).ShouldBe(fires);

    private static TenderInput Contract(string procedure)
    {
        var services = With(s_base, ("model.type", "services"));
        return services with { Tender = services.Tender with { Procedure = procedure } };
    }

    private static TenderInput Deadline(TenderInput input, DateOnly deadline) =>
        input with { Tender = input.Tender with { Dates = input.Tender.Dates with { SubmissionDeadline = deadline, ContractStart = deadline.AddDays(90) } } };

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, CatalogueLoader.Default, s_today);

    private static bool Fires(TenderInput input, string code) => Evaluate(input).Findings.Any(f => f.Code == code);

    private static Finding Finding(TenderInput input, string code) => Evaluate(input).Findings.Single(f => f.Code == code);

    private static TenderInput With(TenderInput input, params (string Question, object Value)[] answers)
    {
        var merged = new Dictionary<string, JsonElement>(input.Answers, StringComparer.Ordinal);
        foreach (var (question, value) in answers)
        {
            merged[question] = JsonSerializer.SerializeToElement(value);
        }

        return input with { Answers = merged };
    }
}
