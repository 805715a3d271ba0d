using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Conditions;

/// <summary>
/// Why a clause is in or out, in the reasons the catalogue authors on its questions: the answer
/// given in the officer's words, never the rule's test, so a negated condition reads right.
/// </summary>
public sealed class ReasonsTests
{
    private static readonly DateOnly s_today = new(2026, 12, 7);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;
    private static readonly TenderInput s_utrecht = Read("utrecht-like-concession.yaml");

    public static TheoryData<string> Examples => [.. Directory.GetFiles(Repository.Examples, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_reason_of_every_example_is_authored_words_not_a_question_label_or_a_test(string example)
    {
        var package = RulesEngine.Evaluate(Read(example), s_catalogue, s_today);

        foreach (var (id, reason) in package.Clauses.Where(c => !c.IsCustom).Select(c => (c.Id, c.Explanation))
                     .Concat(package.Excluded.Select(e => (e.Id, e.Reason))))
        {
            reason.ShouldNotContain("the rule needs", customMessage: id);
            reason.ShouldNotContain("the answer to “", customMessage: id);
            reason.ShouldNotContain("Met:", Case.Sensitive, customMessage: id);
            reason.ShouldNotContain("all of:", customMessage: id);
            reason.ShouldMatch(@"^(Included|Left out|Removed)\b", customMessage: id);
        }
    }

    [Fact]
    public void A_negated_condition_reads_as_the_answer_given_both_ways()
    {
        // grid.dso-coordination is in when the officer says yes, or the grid is congested unless
        // the officer says no: each outcome reads as what was answered.
        var no = Evaluate(("grid.congestion", true), ("grid.dso_coordination", false));
        no.Excluded.Single(e => e.Id == "grid.dso-coordination").Reason
            .ShouldBe("Left out because you will not plan the sites together with the grid operator.");

        var congested = Evaluate(("grid.congestion", true), ("grid.dso_coordination", null));
        congested.Clauses.Single(c => c.Id == "grid.dso-coordination").Explanation
            .ShouldStartWith("Included because the grid is congested where the points will be installed and there is no answer to “Will you plan the sites together with the grid operator?”.");
    }

    [Fact]
    public void A_clause_left_out_names_only_the_answers_that_kept_it_out()
    {
        var package = Evaluate(("v2g.readiness", "none"), ("v2g.driver_protection", true));

        package.Excluded.Single(e => e.Id == "v2g.driver-protection").Reason
            .ShouldBe("Left out because you chose no bidirectional requirement beyond the law.");
    }

    [Fact]
    public void A_clause_gives_its_own_reason_first_where_the_answer_alone_does_not_say_why()
    {
        RulesEngine.Evaluate(s_utrecht, s_catalogue, s_today).Clauses.Single(c => c.Id == "operations.performance-security").Explanation
            .ShouldStartWith("Included because the authority pays the other party nothing it could set penalties or unpaid sums off against, so a security is how it collects them (the tender is a concession under Directive 2014/23/EU).");

        RulesEngine.Evaluate(Read("small-town-ten-ac-points.yaml"), s_catalogue, s_today).Excluded.Single(e => e.Id == "operations.performance-security").Reason
            .ShouldBe("Left out because the authority pays the contractor and can set penalties off against those payments (the tender is a public contract under Directive 2014/24/EU).");
    }

    [Fact]
    public void A_hidden_question_does_not_apply_and_an_open_one_can_say_what_leaving_it_open_means()
    {
        // The small town buys and owns its points: what happens to them at the end is not asked.
        RulesEngine.Evaluate(Read("small-town-ten-ac-points.yaml"), s_catalogue, s_today).Excluded.Single(e => e.Id == "exit.end-of-term").Reason
            .ShouldContain("“What should happen to the charging points when the contract ends?” does not apply to this tender");

        // Utrecht leaves the number of V2G-ready AC points open: every AC point.
        Evaluate(("v2g.ready_points_ac", null)).Clauses.Single(c => c.Id == "v2g.v2g-ready-ac").Explanation
            .ShouldContain("you set no smaller number, so every AC point must be ready for bidirectional charging");
    }

    [Fact]
    public void A_date_compared_with_a_legal_date_reads_with_it()
    {
        RulesEngine.Evaluate(s_utrecht, s_catalogue, s_today).Clauses.Single(c => c.Id == "afir-connectivity.smart-recharging-capable").Explanation
            .ShouldContain("the last charging points are installed on 2029-12-31, after 2024-04-");
    }

    [Fact]
    public void A_question_that_decides_a_clause_without_reasons_stops_the_catalogue_loading_naming_file_and_line()
    {
        var model = MiniCatalogue.Model.Replace(", reason: you chose a service concession", "", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(model: model));

        failure.Errors.ShouldHaveSingleItem().ShouldStartWith("questions/model.yaml:4: question model.type decides clause demo.concession-duration");
        failure.Errors.Single().ShouldContain("option(s) concession");
    }

    [Fact]
    public void A_yes_no_reason_without_both_answers_or_a_number_reason_without_the_answer_is_a_load_error()
    {
        var model = MiniCatalogue.Model.Replace("reason: the contract runs for {answer}", "reason: the contract is long", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(model: model));

        failure.Errors.ShouldContain(e => e.StartsWith("questions/model.yaml:", StringComparison.Ordinal) && e.Contains("{answer}", StringComparison.Ordinal));
    }

    private static TenderBuilder.Core.Rules.TenderPackage Evaluate(params (string Question, object? Value)[] answers) =>
        RulesEngine.Evaluate(Inputs.Changing(s_utrecht, answers), s_catalogue, s_today);

    private static TenderInput Read(string file) => Inputs.Example(file);
}
