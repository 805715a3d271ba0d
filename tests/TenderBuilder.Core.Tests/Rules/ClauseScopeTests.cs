using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>
/// A clause's scope: which charging points it binds, checked when the catalogue loads, narrowed by
/// the answer it takes, said in words for the documents, and reported when it binds no point.
/// </summary>
public sealed class ClauseScopeTests
{
    private const string PeakLimit = "grid.peak-limitation";
    private const string PeakQuestion = "grid.peak_limit_applies_to";
    private static readonly DateOnly s_date = new(2026, 11, 29);

    // The mini catalogue's "Always there" clause, given a scope.
    private const string Always = "    text: Each point shall be connected.\n";

    // The mini catalogue's sites section, asking the site types under the id the sites model reads.
    private static readonly string s_sites = MiniCatalogue.Sites.Replace("id: sites.types", "id: sites.site_types", StringComparison.Ordinal);

    private static string Scoped(string scope, string? clauses = null) =>
        (clauses ?? MiniCatalogue.Clauses)
            .Replace("question: sites.types", "question: sites.site_types", StringComparison.Ordinal)
            .Replace(Always, Always + scope, StringComparison.Ordinal);

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void A_scope_of_known_values_loads_and_binds_the_points_it_names()
    {
        var catalogue = MiniCatalogue.Load(sites: s_sites, clauses: Scoped("    scope: { current: [ac], siteTypes: [on_street], lots: [\"2\"] }\n"));

        var scope = catalogue.Clauses.Single(c => c.Id == "demo.always").Scope!;

        scope.Currents.ShouldBe(["ac"]);
        scope.SiteTypes.ShouldBe(["on_street"]);
        scope.Lots.ShouldBe(["2"]);
        scope.Binds("ac", PowerClass.Ac7_4To22, "on_street", "2").ShouldBeTrue();
        scope.Binds("dc", PowerClass.Dc50To150, "on_street", "2").ShouldBeFalse();
        scope.Binds("ac", PowerClass.Ac7_4To22, "hub", "2").ShouldBeFalse();
        scope.Binds("ac", PowerClass.Ac7_4To22, "on_street", "1").ShouldBeFalse();
    }

    [Theory]
    [InlineData("    scope: { current: [hydrogen] }\n", "in the scope's current, \"hydrogen\" is not a current; use ac or dc")]
    [InlineData("    scope: { powerClasses: [dc_50_149] }\n", "in the scope's powerClasses, \"dc_50_149\" is not an AFIR power class; use one of: ac_under_7_4, ac_7_4_22")]
    [InlineData("    scope: { siteTypes: [on_street_residential] }\n", "in the scope's siteTypes, “on_street_residential” is not a site type; use one of: on_street, hub")]
    [InlineData("    scope: { current: [ac], powerClasses: [dc_50_150] }\n", "the scope's power classes are none of its currents (ac), so it binds no point")]
    [InlineData("    scope: { currents: [ac] }\n", "unknown key \"currents\"")]
    [InlineData("    scope: { fromAnswer: model.type }\n", "the scope's fromAnswer \"model.type\" must be a multipleChoice question")]
    [InlineData("    scope: { fromAnswer: grid.nothing }\n", "the scope's fromAnswer \"grid.nothing\" is not a question")]
    public void An_unknown_scope_value_is_a_load_error_naming_file_line_and_clause(string scope, string message)
    {
        var clauses = Scoped(scope);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(sites: s_sites, clauses: clauses));

        var line = LineOf(clauses, "scope:");
        failure.Errors.ShouldContain(e => e.StartsWith($"clauses/demo.yaml:{line}:", StringComparison.Ordinal)
            && e.Contains(message, StringComparison.Ordinal), string.Join("\n", failure.Errors));
    }

    [Fact]
    public void An_answer_whose_options_are_not_scope_values_cannot_give_a_scope()
    {
        // The site types question offers on_street and hub; "depot" is neither a current, a class nor one of them.
        var sites = s_sites + """

              - id: sites.limited_to
                type: multipleChoice
                label: Which points?
                options:
                  - { value: ac, label: AC points }
                  - { value: dc_350_plus, label: The most powerful DC points }
                  - { value: depot, label: Depots }
            """;
        var clauses = Scoped("    scope: { fromAnswer: sites.limited_to }\n");

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(sites: sites, clauses: clauses));

        failure.Errors.ShouldHaveSingleItem().ShouldContain($"clauses/demo.yaml:{LineOf(clauses, "scope:")}: clause demo.always: the option \"depot\" of sites.limited_to is not a current");
    }

    [Fact]
    public void The_peak_limit_takes_its_scope_from_the_answer_and_says_it_in_words()
    {
        // The Utrecht-like example limits the peak reduction to residents' AC points on the street.
        var package = Evaluate(Example("utrecht-like-concession.yaml"));

        var clause = package.Clauses.Single(c => c.Id == PeakLimit);

        clause.Scope!.Currents.ShouldBe(["ac"]);
        clause.Scope.SiteTypes.ShouldBe(["on_street"]);
        clause.AppliesTo.ShouldBe("Applies to AC charging points at sites of the type “On-street charging, mainly for residents without off-street parking”.");
        package.Findings.ShouldNotContain(f => f.Code == "clause.scope-matches-no-point");
    }

    [Fact]
    public void Unanswered_the_peak_limit_binds_every_point_and_says_nothing_about_scope()
    {
        var input = With(Example("utrecht-like-concession.yaml"), PeakQuestion, null);

        var clause = Evaluate(input).Clauses.Single(c => c.Id == PeakLimit);

        clause.Scope.ShouldBeNull();
        clause.AppliesTo.ShouldBeNull();
        ClauseScopes.DescribeOrAll(clause.AppliesTo).ShouldBe("All charging points");
    }

    [Fact]
    public void The_scope_question_is_asked_only_once_the_peak_limit_is_chosen_and_after_it()
    {
        var questions = CatalogueLoader.Default.Questionnaire.Questions.ToList();
        var question = questions.Single(q => q.Id == PeakQuestion);

        question.VisibleWhen!.QuestionIds().ShouldBe(["grid.traffic_light"]);
        questions.IndexOf(question).ShouldBeGreaterThan(questions.FindIndex(q => q.Id == "grid.traffic_light"));
        CatalogueLoader.Default.Clauses.Single(c => c.Id == PeakLimit).Scope!.FromAnswer.ShouldBe(PeakQuestion);
    }

    [Fact]
    public void A_DC_peak_limit_in_a_tender_of_AC_points_only_is_a_warning_naming_the_clause()
    {
        // Ten AC points, no DC: a reduction for DC points binds nobody.
        var input = With(With(With(Example("small-town-ten-ac-points.yaml"), "grid.traffic_light", true), "grid.traffic_light_signal", "fixed_schedule"), PeakQuestion, new[] { "dc" });

        var package = Evaluate(input);

        var finding = package.Findings.Single(f => f.Code == "clause.scope-matches-no-point");
        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.ClauseId.ShouldBe(PeakLimit);
        finding.Questions.ShouldBe([PeakQuestion]);
        finding.Message.ShouldStartWith("“Reduced charging power at grid peak times, with a guaranteed minimum” binds no charging point of this tender. Applies to DC charging points.");
    }

    [Theory]
    [InlineData(new[] { "dc", "hub" }, false)]
    [InlineData(new[] { "ac", "on_street" }, false)]
    [InlineData(new[] { "dc", "on_street" }, true)]
    [InlineData(new[] { "ac", "hub" }, true)]
    public void With_sites_a_scope_must_find_a_point_of_that_current_at_a_site_of_that_type(string[] choice, bool warned)
    {
        // The two-lots example has AC points on the street and DC points at hubs, and no other mix.
        var input = With(With(With(Example("two-lots-with-sites.yaml"), "grid.traffic_light", true), "grid.traffic_light_signal", "fixed_schedule"), PeakQuestion, choice);

        var package = Evaluate(input);

        package.Clauses.ShouldContain(c => c.Id == PeakLimit);
        package.Findings.Any(f => f.Code == "clause.scope-matches-no-point").ShouldBe(warned, string.Join(", ", choice));
    }

    [Fact]
    public void A_scope_limited_to_a_lot_says_the_lot_and_warns_when_the_tender_has_no_such_lot()
    {
        var scoped = Scoped("    scope: { lots: [\"2\"] }\n");
        var catalogue = MiniCatalogue.Load(sites: s_sites, clauses: scoped);
        var input = Inputs.With(new { }) with
        {
            Tender = new TenderMetadata { Title = "Lots", Lots = new LotsInfo { Items = [new Lot { Id = "1", Title = "North" }, new Lot { Id = "2", Title = "South" }] } },
        };

        var divided = RulesEngine.Evaluate(input, catalogue, s_date);
        var single = RulesEngine.Evaluate(Inputs.With(new { }), catalogue, s_date);

        divided.Clauses.Single(c => c.Id == "demo.always").AppliesTo.ShouldBe("Applies to lot 2.");
        divided.Findings.ShouldNotContain(f => f.Code == "clause.scope-matches-no-point");
        single.Findings.Single(f => f.Code == "clause.scope-matches-no-point").ClauseId.ShouldBe("demo.always");
    }

    [Fact]
    public void Power_classes_and_site_types_are_said_with_their_words()
    {
        var answers = Evaluate(Example("utrecht-like-concession.yaml")).Answers;
        var scope = new ClauseScope { PowerClasses = [PowerClass.Dc50To150, PowerClass.Dc150To350], SiteTypes = ["hub", "ten_t"] };

        ClauseScopes.Describe(scope, answers).ShouldBe(
            "Applies to charging points of the AFIR power classes “DC, 50 kW or more and less than 150 kW” and “DC, 150 kW or more and less than 350 kW” " +
            "at sites of the types “Charging hub (a cluster of points at one site)” and “On the TEN-T road network or in a safe and secure parking area”.");
        ClauseScopes.Describe(new ClauseScope { Currents = ["ac"], Lots = ["1", "3"] }, answers).ShouldBe("Applies to AC charging points in lots 1 and 3.");
        ClauseScopes.Describe(new ClauseScope { Currents = ["ac"] }.Narrow(new ClauseScope { Currents = ["dc"] }), answers)!.ShouldStartWith("Applies to no charging point");
    }

    private static TenderInput Example(string file) => Inputs.Example(file);

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, CatalogueLoader.Default, s_date);

    private static TenderInput With(TenderInput input, string question, object? value) => Inputs.Changing(input, (question, value));
}
