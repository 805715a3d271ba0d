using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Catalogues;

public sealed class CatalogueLoaderTests
{
    [Fact]
    public void A_well_formed_catalogue_loads_with_its_questions_clauses_and_conditions()
    {
        var catalogue = MiniCatalogue.Load();

        catalogue.Version.ShouldBe("2026.11.0");
        catalogue.Questionnaire.Questions.Select(q => q.Id).ShouldContain("model.duration_years");
        catalogue.Clauses.Select(c => c.Id).ShouldBe(["demo.always", "demo.concession-duration", "demo.availability", "demo.hub-only"]);
        catalogue.FindClause("demo.concession-duration")!.When.ShouldNotBeNull();
    }

    [Fact]
    public void A_condition_naming_an_unknown_question_is_an_error_naming_file_line_and_question()
    {
        var clauses = MiniCatalogue.Clauses.Replace("question: model.duration_years, value: 5", "question: model.durration, value: 5", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: clauses));

        failure.Errors.ShouldHaveSingleItem().ShouldBe(
            "clauses/demo.yaml:26: greaterThan names the question \"model.durration\", which does not exist (or comes later in the questionnaire)");
    }

    [Fact]
    public void A_condition_value_that_is_not_an_option_is_an_error()
    {
        var clauses = MiniCatalogue.Clauses.Replace("values: [concession, purchase_own]", "values: [concession, lease]", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: clauses));

        failure.Errors.ShouldHaveSingleItem().ShouldContain("\"lease\" is not an option; choose one of: concession, purchase_own");
        failure.Errors.Single().ShouldStartWith("clauses/demo.yaml:");
    }

    [Fact]
    public void A_test_that_does_not_fit_the_question_type_is_an_error()
    {
        var clauses = MiniCatalogue.Clauses.Replace("contains: { question: sites.types, value: hub }", "greaterThan: { question: sites.types, value: 1 }", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: clauses));

        failure.Errors.ShouldHaveSingleItem().ShouldContain("greaterThan needs a number, percentage, money or date question; sites.types is MultipleChoice");
    }

    [Fact]
    public void A_mandatory_clause_without_a_verified_legal_source_is_refused()
    {
        var clauses = MiniCatalogue.Clauses.Replace("sources: [{ source: afir, locator: Art. 5(1), verified: \"§1.6\" }]", "sources: [{ source: afir, locator: Art. 5(1) }]", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: clauses));

        failure.Errors.ShouldHaveSingleItem().ShouldContain("demo.concession-duration is mandatory but cites no verified legal source");
    }

    [Fact]
    public void A_placeholder_without_a_parameter_and_a_parameter_missing_from_the_text_are_both_reported()
    {
        var clauses = MiniCatalogue.Clauses.Replace("The concession runs {years}.", "The concession runs {duration}.", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: clauses));

        failure.Errors.Count.ShouldBe(2);
        failure.Errors.ShouldContain(e => e.Contains("{duration} has no parameter", StringComparison.Ordinal));
        failure.Errors.ShouldContain(e => e.Contains("parameter years does not appear in the text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_framing_token_may_ask_for_a_grammatical_form_and_nothing_else_may()
    {
        var forms = MiniCatalogue.Clauses.Replace("The concession runs {years}.", "The concession runs {years} for {party:dat}, with {tender:acc} of {tenderers:gen}.", StringComparison.Ordinal);
        Should.NotThrow(() => MiniCatalogue.Load(clauses: forms));

        var parameter = MiniCatalogue.Clauses.Replace("The concession runs {years}.", "The concession runs {years:dat} for {party:abl}.", StringComparison.Ordinal);
        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: parameter));

        failure.Errors.ShouldContain(e => e.Contains("{years:dat} is no placeholder", StringComparison.Ordinal));
        failure.Errors.ShouldContain(e => e.Contains("{party:abl} is no placeholder", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_may_write_a_form_of_a_token_where_the_english_writes_the_token()
    {
        TenderBuilder.Core.Catalogues.Translations.Placeholders.Same(["{party} pays {0}."], ["{0} zahlt {party:dat}."]).ShouldBeTrue();
        TenderBuilder.Core.Catalogues.Translations.Placeholders.Same(["{party} pays."], ["{tender:dat} zahlt."]).ShouldBeFalse();
    }

    [Fact]
    public void The_offer_tokens_need_no_parameter_and_cannot_be_one()
    {
        var tokens = MiniCatalogue.Clauses.Replace("The concession runs {years}.", "The concession runs {years}; a {tenderer} states it in its {tender} as the {tender_documents} ask.", StringComparison.Ordinal);
        Should.NotThrow(() => MiniCatalogue.Load(clauses: tokens));

        var named = MiniCatalogue.Clauses
            .Replace("The concession runs {years}.", "The concession runs {tenderer}.", StringComparison.Ordinal)
            .Replace("{ name: years,", "{ name: tenderer,", StringComparison.Ordinal);
        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: named));

        failure.Errors.ShouldContain(e => e.Contains("a parameter cannot be called tenderer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_key_is_reported_rather_than_ignored()
    {
        var model = MiniCatalogue.Model.Replace("visibleWhen:", "visiblewhen:", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(model: model));

        failure.Errors.ShouldHaveSingleItem().ShouldStartWith("questions/model.yaml:");
        failure.Errors.Single().ShouldContain("unknown key \"visiblewhen\"");
    }

    [Fact]
    public void A_default_without_a_source_is_refused()
    {
        var sites = MiniCatalogue.Sites.Replace("    defaultSource: { source: afir, locator: Art. 2(45), verified: \"§1.4\" }\n", "", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(sites: sites));

        failure.Errors.ShouldHaveSingleItem().ShouldContain("sites.public: a default needs a defaultSource");
    }

    [Fact]
    public void An_informational_question_carries_its_reason_and_an_empty_reason_is_refused()
    {
        var marked = MiniCatalogue.Sites.Replace("    label: Publicly accessible?\n", "    label: Publicly accessible?\n    informational: It only decides which other questions are asked.\n", StringComparison.Ordinal);
        var empty = MiniCatalogue.Sites.Replace("    label: Publicly accessible?\n", "    label: Publicly accessible?\n    informational: \"  \"\n", StringComparison.Ordinal);

        MiniCatalogue.Load(sites: marked).Questionnaire.Find("sites.public")!.Informational.ShouldBe("It only decides which other questions are asked.");
        MiniCatalogue.Load().Questionnaire.Find("sites.public")!.Informational.ShouldBeNull();
        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(sites: empty));
        failure.Errors.ShouldHaveSingleItem().ShouldContain("sites.public: informational needs the reason");
    }

    [Fact]
    public void A_visibility_condition_on_a_later_question_is_refused()
    {
        var model = MiniCatalogue.Model.Replace("equals: { question: model.type, value: concession }", "answered: { question: sites.rollout_end }", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(model: model));

        failure.Errors.ShouldHaveSingleItem().ShouldContain("\"sites.rollout_end\", which does not exist (or comes later in the questionnaire)");
    }

    [Fact]
    public void An_award_criterion_in_the_specification_is_refused()
    {
        var clauses = MiniCatalogue.Clauses.Replace("""
                kind: technicalSpecification
                deliverable: specification
                strength: optional
            """, """
                kind: awardCriterion
                deliverable: specification
                strength: optional
            """, StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: clauses));

        failure.Errors.ShouldContain(e => e.Contains("a awardCriterion does not belong in the specification deliverable", StringComparison.Ordinal));
        failure.Errors.ShouldContain(e => e.Contains("award criterion demo.hub-only needs a \"weight\" parameter", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_YAML_is_reported_with_its_line()
    {
        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: "topic: demo\nclauses:\n  - id: [unclosed\n"));

        failure.Errors.ShouldHaveSingleItem().ShouldStartWith("clauses/demo.yaml:");
        failure.Errors.Single().ShouldContain("not valid YAML");
    }

    [Fact]
    public void An_alias_in_a_catalogue_file_is_refused_before_it_is_expanded()
    {
        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: "topic: demo\nx: &x [a, a]\ny: [*x, *x]\nclauses: []\n"));

        failure.Errors.ShouldContain(e => e.StartsWith("clauses/demo.yaml:2", StringComparison.Ordinal) && e.Contains("aliases", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_source_is_refused()
    {
        var clauses = MiniCatalogue.Clauses.Replace("sources: [{ source: stf, locator: checklist }]\n  - id: demo.concession-duration", "sources: [{ source: stf-2099, locator: checklist }]\n  - id: demo.concession-duration", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: clauses));

        failure.Errors.ShouldHaveSingleItem().ShouldContain("the source \"stf-2099\" is not in sources.yaml");
    }

    [Fact]
    public void Sections_come_in_the_order_catalogue_yaml_lists_not_the_order_of_their_file_names()
    {
        MiniCatalogue.Load().Questionnaire.Sections.Select(s => s.Id).ShouldBe(["tender", "model", "sites"]);
    }

    [Fact]
    public void A_questions_file_that_catalogue_yaml_does_not_list_is_an_error_and_so_is_a_listed_section_without_a_file()
    {
        var version = MiniCatalogue.Version.Replace("sections: [tender, model, sites]", "sections: [tender, model, payment]", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(version: version));

        failure.Errors.ShouldBe(
        [
            "catalogue.yaml:2: section \"sites\" is not listed under sections",
            "catalogue.yaml:2: sections lists \"payment\", which has no questions file",
        ]);
    }

    [Fact]
    public void A_section_must_be_named_as_its_file()
    {
        var sites = MiniCatalogue.Sites.Replace("section: sites", "section: places", StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(sites: sites));

        failure.Errors.ShouldContain("questions/sites.yaml:1: section \"places\" must equal the file name \"sites\"");
    }
}
