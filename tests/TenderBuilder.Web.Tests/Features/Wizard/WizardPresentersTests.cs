using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Review;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Rules;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>The wizard's presenters: the words its components show, worked out outside their markup.</summary>
public sealed class WizardPresentersTests
{
    private static readonly IStringLocalizer<ExportCheck> s_exportWords = WizardWords.For<ExportCheck>();

    [Fact]
    public void The_export_check_counts_requirements_and_documents_in_words_or_says_how_many_errors_block_it()
    {
        var package = Evaluate(Utrecht);
        var check = new ExportCheck(package, s_exportWords);
        var errors = package.Findings.Count(f => f.Severity == FindingSeverity.Error);

        check.IsBlocked.ShouldBe(errors > 0);
        check.Summary.ShouldBe(errors > 0
            ? $"The package cannot be exported yet: {errors} error{(errors == 1 ? "" : "s")} must be fixed first. Each links to where you fix it."
            : $"Nothing blocks the export: {package.Clauses.Length} requirements in {ExportCheck.Documents(s_exportWords).Count} documents.");
        check.Findings.Select(f => f.Severity).ShouldBe(check.Findings.Select(f => f.Severity).OrderByDescending(s => s == FindingSeverity.Error));
    }

    [Fact]
    public void A_blocked_export_counts_values_to_set_and_errors_in_the_to_do_count_s_words()
    {
        var package = Evaluate(Utrecht);
        Finding Error(string code) => new(code, FindingSeverity.Error, "Fix it.", []);

        new ExportCheck(package with { Findings = [Error(DraftToDo.UnsetParameter), Error(DraftToDo.UnsetParameter), Error("award.weights-not-100")] }, s_exportWords).Summary
            .ShouldBe("The package cannot be exported yet: 2 values must be set and 1 error fixed first. Each links to where you fix it.");
        new ExportCheck(package with { Findings = [Error(DraftToDo.UnsetParameter)] }, s_exportWords).Summary
            .ShouldBe("The package cannot be exported yet: 1 value must be set first. Each links to where you fix it.");
        var mixed = new ExportCheck(package with { Findings = [Error("a"), Error("b"), new("c", FindingSeverity.Warning, "Check it.", [])] }, s_exportWords);
        mixed.Summary.ShouldBe("The package cannot be exported yet: 2 errors must be fixed first. Each links to where you fix it.");
        mixed.ToCheck.ShouldBe("Look at the 1 point to check below before you publish.");
    }

    [Fact]
    public void The_export_check_speaks_the_interface_language_with_the_verb_agreeing_with_the_counts()
    {
        var package = Evaluate(Utrecht);
        Finding Error(string code) => new(code, FindingSeverity.Error, "Fix it.", []);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");

            new ExportCheck(package with { Findings = [Error(DraftToDo.UnsetParameter), Error("award.weights-not-100")] }, s_exportWords).Summary
                .ShouldBe("Das Paket kann noch nicht exportiert werden: zuerst müssen 1 Wert festgelegt und 1 Fehler behoben werden. Jeder Punkt verweist auf die Stelle, an der Sie ihn beheben.");
            new ExportCheck(package with { Findings = [] }, s_exportWords).Summary
                .ShouldBe($"Dem Export steht nichts im Weg: {package.Clauses.Length} Anforderungen in {ExportCheck.Documents(s_exportWords).Count} Dokumenten.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void The_authority_s_own_documents_say_so_in_the_preview_list()
    {
        ExportCheck.Documents(s_exportWords).ShouldContain(d => d.Title.EndsWith(" (for your authority only)", StringComparison.Ordinal));
        ExportCheck.Documents(s_exportWords).ShouldAllBe(d => d.File.EndsWith(".html", StringComparison.Ordinal));
        ExportCheck.Documents(s_exportWords)[0].File.ShouldBe(ExportCheck.FirstFile);
    }

    [Fact]
    public void A_parameter_s_help_names_its_origin_in_the_memo_s_words_and_its_allowed_range()
    {
        var package = Evaluate(Utrecht);
        var (definition, resolved) = package.Clauses
            .SelectMany(c => ShippedCatalogue.FindClause(c.Id)?.Parameters.Select(p => (p, c.Parameters.FirstOrDefault(r => r.Name == p.Name))) ?? [])
            .Where(pair => pair.Item2 is not null)
            .Select(pair => (pair.p, pair.Item2!))
            .First(pair => pair.Item2.Origin == ParameterOrigin.Default);

        var help = new ParameterHelp(WizardWords.For<ParameterHelp>()).For(definition with { Min = 1, Max = 48 }, resolved);

        help.ShouldStartWith($"Standard value from the catalogue: {resolved.Rendered}");
        help.ShouldEndWith(" Allowed: 1 to 48.");
    }

    [Fact]
    public void A_review_step_says_who_did_what_and_ends_with_a_colon_when_a_comment_follows()
    {
        var words = WizardWords.For<ReviewStepText>();

        ReviewStepText.Of(new ReviewStepTaken(DateTime.UtcNow, "Anna", DraftStatus.InReview, null), words).ShouldBe("submitted for review by Anna");
        ReviewStepText.Of(new ReviewStepTaken(DateTime.UtcNow, "Bo", DraftStatus.Returned, "Check the dates"), words).ShouldBe("returned by Bo:");
    }

    [Theory]
    [InlineData(1, "An invisible control character was removed from what you entered: a tender cannot contain it.")]
    [InlineData(3, "3 invisible control characters were removed from what you entered: a tender cannot contain them.")]
    public void The_control_character_notice_speaks_of_one_or_of_several(int count, string expected) =>
        new DraftEditorText(WizardWords.For<DraftEditorText>()).ControlCharactersRemoved(count).ShouldBe(expected);

    [Theory]
    [InlineData("en-GB", "2 entries: 1,021 sites, 1 charging point")]
    [InlineData("nl-NL", "2 vermeldingen: 1.021 locaties, 1 laadpunt")]
    [InlineData("sv-SE", "2 poster: 1 021 platser, 1 laddningspunkt")]
    [InlineData("de-DE", "2 Einträge: 1.021 Standorte, 1 Ladepunkt")]
    public void The_site_totals_speak_the_interface_language_of_one_and_of_several_and_group_the_numbers_as_its_culture_does(string culture, string expected)
    {
        Site[] sites = [new Site { Id = "S001", Name = "Hubs", SiteCount = 1020 }, new Site { Id = "S002", Name = "Market", PointGroups = [new PointGroup { Count = 1 }] }];
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            new SiteEditorText(WizardWords.For<SiteEditorText>()).Totals(sites).Replace('\u00A0', ' ').Replace('\u202F', ' ').ShouldBe(expected);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void A_custom_clause_offers_every_kind_and_method_by_the_value_the_input_stores_and_its_words()
    {
        CustomClauseChoices.Kinds.ShouldContain(new Choice("contractPerformance", "Contract performance condition"));
        CustomClauseChoices.Methods.ShouldContain(new Choice("siteAcceptanceTest", "Site acceptance test"));
        CustomClauseChoices.DefaultKind.ShouldBe("technicalSpecification");
    }

    [Fact]
    public void The_mandatory_clauses_state_the_law_that_requires_them()
    {
        var mandatory = Evaluate(Utrecht).Clauses.First(c => !c.IsRemovable);

        ReviewClauses.RequiredBy(mandatory).ShouldBe(string.Join("; ", mandatory.RequiredBy.Select(s => s.Label)));
        ReviewClauses.RequiredBy(mandatory).ShouldNotBeEmpty();
    }
}
