using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>What the officer typed reaches the documents as they wrote it.</summary>
public sealed class OfficersWordsTests
{
    [Fact]
    public void A_name_the_officer_typed_keeps_its_capital_in_the_middle_of_a_sentence()
    {
        // The Utrecht-like example names its grid operator "Stedin"; several clauses place it mid-sentence.
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));

        var texts = package.Clauses.Select(c => c.Text).Where(t => t.Contains("tedin", StringComparison.Ordinal)).ToList();

        texts.ShouldNotBeEmpty();
        texts.ShouldAllBe(t => !t.Contains("stedin", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_label_placed_mid_sentence_still_reads_in_lower_case()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        var questions = CatalogueLoader.Default.Questionnaire;
        var withReport = input.WithAnswer(questions.Find("data.reporting")!, JsonSerializer.SerializeToElement(true));

        var package = RulesEngine.Evaluate(withReport, CatalogueLoader.Default, new DateOnly(2026, 11, 29));

        // A choice's label such as "Monthly" reads "monthly" inside a sentence.
        package.Clauses.Where(c => c.Parameters.Any(p => p.Value is Core.Answers.AnswerValue.Choice))
            .SelectMany(c => c.Parameters.Where(p => p.Value is Core.Answers.AnswerValue.Choice).Select(p => (c.Text, p.Rendered)))
            .Where(x => x.Rendered.Length > 1 && char.IsUpper(x.Rendered[0]) && char.IsLower(x.Rendered[1]))
            .ShouldAllBe(x => !x.Text.Contains(" " + x.Rendered + " ", StringComparison.Ordinal));
    }
}
