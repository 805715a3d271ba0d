using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;

namespace TenderBuilder.Core.Tests.Conditions;

/// <summary>Conditions read in plain words with the officer's question and option labels, as the catalogue browser shows them.</summary>
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
    public void An_all_condition_reads_as_its_tests_joined_by_and_with_option_labels_and_units()
    {
        DescribeClause("procedure.concession-duration-justification").ShouldBe(
            "Applies when “Under which law is the tender written?” is “A concession (Directive 2014/23/EU)” and “How many years should the contract run?” is more than 5 years");
    }

    [Fact]
    public void A_not_reads_as_not_around_the_test_it_negates()
    {
        DescribeClause("model.exclusivity-scope").ShouldBe(
            "Applies when “Which procurement model will you use?” is “Service concession” and " +
            "not (“Should the concessionaire have an exclusive right to place public charging points in the area?” is “no”)");
    }

    [Fact]
    public void Nested_any_and_all_read_as_any_of_and_all_of_with_dates_written_year_month_day()
    {
        DescribeClause("afir-connectivity.smart-recharging-capable").ShouldBe(
            "Applies when “Who will be able to use the charging points?” is one of “Publicly accessible”, “Semi-public (e.g. a car park open to visitors at set times)” and " +
            "any of (“When will the last charging points be installed?” is after 2024-04-13; " +
            "all of (“Will existing charging points be renovated under this contract?” is “yes”; “When will the renovation of existing points start?” is after 2024-10-14))");
    }

    [Fact]
    public void Multiple_choice_tests_read_as_includes_and_a_single_test_stands_alone()
    {
        DescribeClause("model.demand-driven-placement").ShouldStartWith(
            "Applies when “What kinds of sites are included?” includes “");
        var none = new SourceLocation("test.yaml", 1);
        var single = new LessThanCondition("sites.rollout_start", new AnswerValue.Date(new DateOnly(2027, 1, 1)), none);
        ConditionText.Describe(single, s_catalogue.Questionnaire).ShouldBe(
            "Applies when “When will the first charging points be installed?” is before 2027-01-01");
        var either = new AnyCondition([new AnsweredCondition("sites.rollout_start", none), single], none);
        ConditionText.Describe(either, s_catalogue.Questionnaire).ShouldBe(
            "Applies when “When will the first charging points be installed?” is answered or “When will the first charging points be installed?” is before 2027-01-01");
    }

    [Fact]
    public void Every_condition_in_the_catalogue_reads_without_ids_or_raw_option_values()
    {
        foreach (var clause in s_catalogue.Clauses.Where(clause => clause.When is not null))
        {
            var text = ConditionText.Describe(clause.When, s_catalogue.Questionnaire);
            text.ShouldStartWith("Applies when ", customMessage: clause.Id);
            text.ShouldContain("?”", customMessage: clause.Id);
            foreach (var id in clause.When!.QuestionIds().ToImmutableHashSet())
            {
                text.ShouldNotContain(id, customMessage: clause.Id);
            }
        }
    }
}
