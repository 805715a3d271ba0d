using System.Text.Json;
using NJsonSchema;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>
/// What the memo needs to say about the language of each clause: how far a catalogue clause's
/// translation is checked, and the language the officer declared for an own clause.
/// </summary>
public sealed class ClauseLanguageTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);

    private const string Input = """
        tender:
          title: "Charging"
          language: qps-ploc
        customClauses:
          - id: helpdesk
            title: "Local helpdesk"
            text: "The operator keeps a helpdesk in the city."
            kind: contractPerformance
            language: nl-NL
          - id: walk
            title: "Site walk"
            text: "The operator walks every site once a quarter."
            kind: contractPerformance
        """;

    [Fact]
    public void A_custom_clause_carries_the_language_its_author_declared_and_none_when_not_declared()
    {
        var input = TenderInputReader.Read(Input).Input;
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, s_today);

        package.Clauses.Single(c => c.Id == "custom.helpdesk").DeclaredLanguage.ShouldBe("nl-NL");
        package.Clauses.Single(c => c.Id == "custom.walk").DeclaredLanguage.ShouldBeNull();
    }

    [Fact]
    public void A_catalogue_clause_carries_its_translation_status_in_a_translated_package_and_none_in_english()
    {
        var input = TenderInputReader.Read(Input).Input;
        var pseudo = RulesEngine.Evaluate(input, CatalogueLoader.Default, s_today);
        var english = RulesEngine.Evaluate(input with { Tender = input.Tender with { Language = null } }, CatalogueLoader.Default, s_today);

        pseudo.Language.ShouldBe(PseudoText.Language);
        pseudo.Clauses.Where(c => !c.IsCustom).ShouldAllBe(c => c.Translation != null);
        pseudo.Clauses.Where(c => c.IsCustom).ShouldAllBe(c => c.Translation == null);
        english.Clauses.ShouldAllBe(c => c.Translation == null);
    }

    [Fact]
    public void The_pseudo_language_is_accepted_as_a_document_language_but_never_offered()
    {
        var input = TenderInputReader.Read(Input).Input;
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, s_today);

        package.Findings.ShouldNotContain(f => f.Code == "input.unknown-language");
        DocumentLanguages.All.ShouldNotContain(PseudoText.Language);
        TenderInputSchema.For(CatalogueLoader.Default).ToJsonString().ShouldNotContain(PseudoText.Language);
    }

    [Fact]
    public async Task The_schema_takes_a_document_language_for_a_custom_clause_and_refuses_another()
    {
        var text = TenderInputSchema.For(CatalogueLoader.Default).ToJsonString()
            .Replace("https://json-schema.org/draft/2020-12/schema", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        var schema = await JsonSchema.FromJsonAsync(text);
        string Clause(string language) => JsonSerializer.Serialize(new
        {
            schemaVersion = 2,
            customClauses = new[] { new { id = "x", title = "X", text = "Y", kind = "contractPerformance", language } },
        });

        schema.Validate(Clause("sv-SE")).ShouldBeEmpty();
        schema.Validate(Clause("fr-FR")).ShouldNotBeEmpty();
    }
}
