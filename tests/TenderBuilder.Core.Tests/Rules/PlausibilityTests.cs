using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>Answers that are accepted but hard to believe get a warning naming the question, the value and why.</summary>
public sealed class PlausibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static TenderInput Utrecht(params (string Question, object? Value)[] answers) =>
        Inputs.Changing(Inputs.Example("utrecht-like-concession.yaml"), answers);

    private static Finding[] Implausible(TenderInput input) =>
        [.. RulesEngine.Evaluate(input, CatalogueLoader.Default, Today).Findings.Where(f => f.Code == "answer.implausible")];

    [Fact]
    public void The_example_tenders_raise_no_plausibility_warning()
    {
        foreach (var file in Directory.GetFiles(Repository.Examples, "*.yaml"))
        {
            Implausible(TenderInputReader.Read(File.ReadAllText(file)).Input).ShouldBeEmpty(Path.GetFileName(file));
        }
    }

    [Fact]
    public void A_kwh_price_cap_of_45_euros_is_a_warning_naming_the_question_the_value_and_the_reason()
    {
        var input = Utrecht(("model.price_policy", "cap"), ("payment.price_cap_per_kwh", 45));

        var warning = Implausible(input).ShouldHaveSingleItem();

        warning.Severity.ShouldBe(FindingSeverity.Warning);
        warning.Path.ShouldBe("/answers/payment.price_cap_per_kwh");
        warning.Questions.ShouldBe(["payment.price_cap_per_kwh"]);
        warning.Message.ShouldContain("maximum ad hoc price per kWh");
        warning.Message.ShouldContain("is 45,");
        warning.Message.ShouldContain("Expected between 0.05 and 2.");
        warning.Message.ShouldContain("cents typed as euros");
    }

    [Fact]
    public void A_believable_price_cap_raises_nothing()
    {
        Implausible(Utrecht(("model.price_policy", "cap"), ("payment.price_cap_per_kwh", 0.45))).ShouldBeEmpty();
    }

    [Fact]
    public void Money_ranges_are_in_euros_and_not_applied_to_tenders_in_other_currencies()
    {
        var input = Utrecht(("model.price_policy", "cap"), ("payment.price_cap_per_kwh", 4.5));
        Implausible(input).ShouldHaveSingleItem();

        var inKronor = input with { Tender = input.Tender with { EstimatedValue = input.Tender.EstimatedValue with { Currency = "SEK" } } };
        Implausible(inKronor).ShouldBeEmpty();
    }

    [Fact]
    public void A_deadline_more_than_two_years_ahead_is_a_warning()
    {
        var input = Inputs.Example("utrecht-like-concession.yaml");
        var far = input with { Tender = input.Tender with { Dates = input.Tender.Dates with { SubmissionDeadline = Today.AddYears(2).AddDays(1) } } };
        var near = input with { Tender = input.Tender with { Dates = input.Tender.Dates with { SubmissionDeadline = Today.AddYears(2) } } };

        var warning = Implausible(far).ShouldHaveSingleItem();
        warning.Path.ShouldBe("/tender/dates/submissionDeadline");
        warning.Message.ShouldContain("Expected no later than 2028-11-29 (2 years ahead).");
        Implausible(near).ShouldBeEmpty();
    }

    [Fact]
    public void An_award_weight_above_80_percent_is_a_warning()
    {
        var input = Utrecht(("award.weight_service_quality", 95));

        Implausible(input).ShouldContain(f => f.Path == "/answers/award.weight_service_quality" && f.Message.Contains("95 %", StringComparison.Ordinal));
    }
}
