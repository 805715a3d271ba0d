using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;

namespace TenderBuilder.Core.Tests.Conditions;

/// <summary>
/// Conditions read in the reasons the catalogue authors on its questions, as the catalogue browser
/// shows them before anything is answered: the same words the memo gives once answers exist.
/// </summary>
public sealed class ConditionTextTests
{
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;

    private static string DescribeClause(string id) =>
        ConditionText.Describe(s_catalogue.FindClause(id).ShouldNotBeNull().When, s_catalogue.Questionnaire);

    [Fact]
    public void A_clause_without_a_condition_applies_to_every_tender()
    {
        ConditionText.Describe(null, s_catalogue.Questionnaire).ShouldBe("Applies to every tender");
        var unconditional = s_catalogue.Clauses.First(clause => clause.When is null);
        DescribeClause(unconditional.Id).ShouldBe("Applies to every tender");
    }

    [Fact]
    public void An_all_condition_reads_as_its_reasons_joined_by_and_with_the_bound_in_the_number_phrase()
    {
        DescribeClause("procedure.concession-duration-justification").ShouldBe(
            "Applies when the tender is a concession under Directive 2014/23/EU and the contract runs for more than 5 years");
    }

    [Fact]
    public void A_negated_yes_no_reads_as_the_answers_it_lets_through()
    {
        DescribeClause("model.exclusivity-scope").ShouldBe(
            "Applies when you chose a service concession and " +
            "(the concessionaire gets an exclusive right to place public charging points in the area or “Should the concessionaire have an exclusive right to place public charging points in the area?” is not answered)");
    }

    [Fact]
    public void Nested_any_and_all_are_bracketed_and_dates_read_year_month_day()
    {
        DescribeClause("afir-connectivity.smart-recharging-capable").ShouldBe(
            "Applies when (the points are publicly accessible or the points are semi-public (open to visitors at set times)) and " +
            "(the last charging points are installed after 2024-04-13 or " +
            "(existing charging points are renovated under this contract and the renovation of existing points starts after 2024-10-14))");
    }

    [Fact]
    public void A_multiple_choice_reads_as_the_options_reason_and_a_single_test_stands_alone()
    {
        DescribeClause("model.demand-driven-placement").ShouldContain("the sites include on-street charging");
        var none = new SourceLocation("test.yaml", 1);
        var single = new LessThanCondition("sites.rollout_start", new AnswerValue.Date(new DateOnly(2027, 1, 1)), none);
        ConditionText.Describe(single, s_catalogue.Questionnaire).ShouldBe(
            "Applies when the first charging points are installed before 2027-01-01");
        var either = new AnyCondition([new AnsweredCondition("sites.rollout_start", none), single], none);
        ConditionText.Describe(either, s_catalogue.Questionnaire).ShouldBe(
            "Applies when “When will the first charging points be installed?” is answered or the first charging points are installed before 2027-01-01");
    }

    [Fact]
    public void Every_condition_in_the_catalogue_reads_in_authored_reasons_without_ids_raw_values_or_the_rules_tests()
    {
        foreach (var clause in s_catalogue.Clauses.Where(clause => clause.When is not null))
        {
            var text = ConditionText.Describe(clause.When, s_catalogue.Questionnaire);
            text.ShouldStartWith("Applies when ", customMessage: clause.Id);
            // A test with no authored reason would fall back to the question's label in quotes.
            text.ShouldNotContain("” is “", customMessage: clause.Id);
            text.ShouldNotContain("the rule needs", customMessage: clause.Id);
            foreach (var id in clause.When!.QuestionIds().ToImmutableHashSet())
            {
                text.ShouldNotContain(id, customMessage: clause.Id);
            }
        }
    }
}
