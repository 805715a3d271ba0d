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

/// <summary>Nothing the officer wrote is cut without them hearing of it.</summary>
public sealed class CellLimitTests
{
    [Fact]
    public void A_clause_text_longer_than_a_spreadsheet_cell_is_a_warning_naming_the_clause()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "small-town-ten-ac-points.yaml"))).Input;
        CustomClause[] long_ = [new() { Id = "history", Title = "Site history", Text = new string('x', RulesEngine.CellLimit + 1), Kind = "technicalSpecification" }];
        CustomClause[] short_ = [new() { Id = "history", Title = "Site history", Text = new string('x', RulesEngine.CellLimit), Kind = "technicalSpecification" }];

        var finding = RulesEngine.Evaluate(input with { CustomClauses = long_ }, CatalogueLoader.Default, new DateOnly(2026, 11, 29))
            .Findings.Single(f => f.Code == "clause.text-too-long-for-a-cell");

        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.ClauseId.ShouldBe("custom.history");
        finding.Message.ShouldContain("“Site history” has 32,768 characters");
        RulesEngine.Evaluate(input with { CustomClauses = short_ }, CatalogueLoader.Default, new DateOnly(2026, 11, 29))
            .Findings.ShouldNotContain(f => f.Code == "clause.text-too-long-for-a-cell");
    }

    [Fact]
    public void An_answer_typed_with_its_own_full_stop_does_not_double_the_clauses_full_stop()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        var questions = CatalogueLoader.Default.Questionnaire;
        var typed = input.WithAnswer(questions.Find("grid.dso_name")!, JsonSerializer.SerializeToElement("Stedin Netbeheer B.V."));

        var package = RulesEngine.Evaluate(typed, CatalogueLoader.Default, new DateOnly(2026, 11, 29));

        var texts = package.Clauses.Select(c => c.Text).Where(t => t.Contains("Stedin Netbeheer B.V", StringComparison.Ordinal)).ToList();
        texts.ShouldNotBeEmpty();
        texts.ShouldAllBe(t => !t.Contains("B.V..", StringComparison.Ordinal));
        package.Clauses.ShouldAllBe(c => !c.Text.Contains("..", StringComparison.Ordinal) || c.Text.Contains("...", StringComparison.Ordinal));
    }
}
