using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Catalogues;

/// <summary>
/// Whole-sentence alternatives in a clause text: the one the answers choose is printed, and a
/// group that could say two things, or holds an alternative no answers reach, does not load.
/// </summary>
public sealed class TextAlternativesTests
{
    // The mini catalogue's "Always there" clause, given a sentence that depends on the model.
    private const string Always = "    text: Each point shall be connected.\n";

    private static string WithAlternatives(string alternatives) => MiniCatalogue.Clauses.Replace(
        Always,
        "    text: Each point shall be connected. {by_model} It is checked at acceptance.\n" + alternatives,
        StringComparison.Ordinal);

    private const string TwoExclusive =
        "    alternatives:\n" +
        "      by_model:\n" +
        "        - key: concession\n" +
        "          when: { equals: { question: model.type, value: concession } }\n" +
        "          text: The concessionaire pays for the connection.\n" +
        "        - key: purchase\n" +
        "          when: { equals: { question: model.type, value: purchase_own } }\n" +
        "          text: The authority pays for the connection.\n";

    [Fact]
    public void Only_the_alternative_the_answers_choose_is_printed()
    {
        var catalogue = MiniCatalogue.Load(clauses: WithAlternatives(TwoExclusive));

        var concession = Text(catalogue, "concession");
        var purchase = Text(catalogue, "purchase_own");

        concession.ShouldBe("Each point shall be connected. The concessionaire pays for the connection. It is checked at acceptance.");
        purchase.ShouldBe("Each point shall be connected. The authority pays for the connection. It is checked at acceptance.");
    }

    [Fact]
    public void A_group_no_answer_chooses_is_an_error_naming_the_question_to_answer()
    {
        var catalogue = MiniCatalogue.Load(clauses: WithAlternatives(TwoExclusive));

        var package = RulesEngine.Evaluate(new TenderInput(), catalogue, new DateOnly(2026, 12, 6));

        var finding = package.Findings.Single(f => f.Code == "clause.alternative-unset");
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Message.ShouldContain("“Which model?”");
        finding.Questions.ShouldBe(["model.type"]);
        package.Clauses.Single(c => c.Id == "demo.always").Text.ShouldBe("Each point shall be connected. It is checked at acceptance.");
    }

    [Fact]
    public void Two_alternatives_that_can_both_hold_do_not_load_and_the_error_names_file_and_line()
    {
        var overlapping = TwoExclusive.Replace(
            "when: { equals: { question: model.type, value: purchase_own } }",
            "when: { answered: { question: model.type } }",
            StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: WithAlternatives(overlapping)));

        failure.Errors.ShouldContain(e => e.Contains("clauses/demo.yaml:", StringComparison.Ordinal)
            && e.Contains("\"concession\" and \"purchase\" of {by_model} can both hold", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alternative_no_answer_can_reach_does_not_load()
    {
        var unreachable = TwoExclusive.Replace(
            "when: { equals: { question: model.type, value: purchase_own } }",
            "when: { all: [ { equals: { question: model.type, value: purchase_own } }, { equals: { question: model.type, value: concession } } ] }",
            StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: WithAlternatives(unreachable)));

        failure.Errors.ShouldContain(e => e.Contains("the alternative \"purchase\" of {by_model} can never be chosen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_must_stand_in_the_text_or_in_the_verification_text()
    {
        var missing = MiniCatalogue.Clauses.Replace(Always, Always + TwoExclusive, StringComparison.Ordinal);

        var failure = Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(clauses: missing));

        failure.Errors.ShouldContain(e => e.Contains("the alternatives {by_model} must be placed once in the text, once in the verification text, or once in each; not 0 and 0 times", StringComparison.Ordinal));
    }

    [Fact]
    public void In_the_shipped_catalogue_each_example_prints_only_the_end_of_term_regime_it_chose()
    {
        foreach (var (file, regime, notPrinted) in new[]
        {
            ("utrecht-like-concession.yaml", "At the end of the term the charging points pass to the authority", "removes all equipment"),
            ("stockholm-like-low-capacity.yaml", "At the end of the term the contractor removes the charging points", "transfers ownership"),
        })
        {
            var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;
            var text = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29)).Clauses.Single(c => c.Id == "exit.end-of-term").Text;

            text.ShouldContain(regime, Case.Sensitive, file);
            text.ShouldNotContain(notPrinted, Case.Sensitive, file);
            text.ShouldNotContain("Under transfer", Case.Sensitive, file);
        }
    }

    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Repository.Examples, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_clause_with_alternatives_prints_exactly_the_one_the_answers_chose(string file)
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;
        var catalogue = CatalogueLoader.Default;
        var package = RulesEngine.Evaluate(input, catalogue, new DateOnly(2026, 11, 29));

        foreach (var included in package.Clauses.Where(c => !c.IsCustom))
        {
            var clause = catalogue.FindClause(included.Id)!;
            foreach (var group in clause.Alternatives)
            {
                // A group may stand in the text, in how the clause is checked, or in both.
                var printed = (clause.DisplayText.Contains("{" + group.Name + "}", StringComparison.Ordinal) ? included.Text : "") +
                              (clause.Verification.Text.Contains("{" + group.Name + "}", StringComparison.Ordinal) ? "\n" + included.Verification.Text : "");
                var chosen = group.Choose(package.Answers);
                chosen.ShouldNotBeNull($"{file}: {included.Id} chooses nothing for {{{group.Name}}}");
                foreach (var option in group.Options.Where(o => o.Text.Length > 0))
                {
                    // The longest stretch of an alternative without a placeholder identifies it in the printed text.
                    var mark = System.Text.RegularExpressions.Regex.Split(option.Text, @"\{[a-z_]+\}").MaxBy(part => part.Length)!.Trim();
                    printed.Contains(mark, StringComparison.Ordinal).ShouldBe(option == chosen, $"{file}: {included.Id}, alternative {option.Key}: \"{mark}\"");
                }
            }
        }
    }

    [Fact]
    public void Existing_points_are_named_only_where_the_contract_takes_some_over()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        var questions = CatalogueLoader.Default.Questionnaire;
        string AdHoc(bool renovation) => RulesEngine.Evaluate(
                input.WithAnswer(questions.Find("sites.renovation")!, JsonSerializer.SerializeToElement(renovation))
                    .WithAnswer(questions.Find("sites.renovation_start")!, JsonSerializer.SerializeToElement("2027-03-01")),
                CatalogueLoader.Default, new DateOnly(2026, 11, 29))
            .Clauses.Single(c => c.Id == "afir-access-payment.ad-hoc-access").Text;

        AdHoc(renovation: false).ShouldNotContain("taken over");
        AdHoc(renovation: false).ShouldEndWith("covered by the contract.");
        AdHoc(renovation: true).ShouldContain("It applies equally to the existing points taken over under the contract.");
    }

    [Fact]
    public void A_no_to_signed_meter_values_asks_for_a_certified_meter_but_no_signing()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        var questions = CatalogueLoader.Default.Questionnaire;
        string Metering(bool signed) => RulesEngine.Evaluate(
                input.WithAnswer(questions.Find("metering.signed_meter_values")!, JsonSerializer.SerializeToElement(signed)), CatalogueLoader.Default, new DateOnly(2026, 11, 29))
            .Clauses.Single(c => c.Id == "metering.mid-meter-and-signed-values").Text;

        Metering(signed: false).ShouldContain("Digitally signed meter values are not required.");
        Metering(signed: false).ShouldNotContain("passed on as digitally signed meter values");
        Metering(signed: true).ShouldContain("passed on as digitally signed meter values");
    }

    private static string Text(Catalogue catalogue, string model)
    {
        var input = new TenderInput { Answers = new Dictionary<string, JsonElement> { ["model.type"] = JsonSerializer.SerializeToElement(model) } };
        return RulesEngine.Evaluate(input, catalogue, new DateOnly(2026, 12, 6)).Clauses.Single(c => c.Id == "demo.always").Text;
    }

    [Fact]
    public void How_a_clause_is_checked_describes_only_what_the_answers_chose()
    {
        var utrecht = Inputs.Example("utrecht-like-concession.yaml");
        string Check(bool signedValues) => RulesEngine.Evaluate(Inputs.Changing(utrecht, ("metering.signed_meter_values", signedValues)), CatalogueLoader.Default, new DateOnly(2026, 12, 7))
            .Clauses.Single(c => c.Id == "metering.mid-meter-and-signed-values").Verification.Text;

        Check(true).ShouldContain("signed meter values of a test session", Case.Sensitive);
        Check(false).ShouldNotContain("signed", Case.Insensitive);
        Check(false).ShouldEndWith("or equivalent proof.", Case.Sensitive);
    }

    [Fact]
    public void A_value_set_for_a_parameter_the_chosen_text_does_not_print_is_a_warning_naming_it()
    {
        // Utrecht's pilot step asks for OCPP 2.1 from commissioning, so the upgrade period is not printed.
        var utrecht = Inputs.Example("utrecht-like-concession.yaml");
        var input = utrecht with { ParameterOverrides = [.. utrecht.ParameterOverrides, new ParameterOverride { Clause = "interoperability.ocpp-2-1-v2x", Parameter = "upgrade_months", Value = Inputs.Json(6) }] };

        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 12, 7));

        var finding = package.Findings.Where(f => f.Code == "clause.parameter-not-printed").ShouldHaveSingleItem();
        finding.ParameterName.ShouldBe("upgrade_months");
        finding.Message.ShouldContain("is not used");
        package.Clauses.Single(c => c.Id == "interoperability.ocpp-2-1-v2x").Text.ShouldContain("from commissioning");
    }
}
