using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Web.Features.Help;
using TenderBuilder.Web.Features.Home;

namespace TenderBuilder.Web.Tests.Features;

public sealed class PagesTests
{
    [Fact]
    public async Task The_home_page_says_what_the_tool_does_for_whom_and_what_is_coming()
    {
        await using var context = MudTestContext.Create();

        var home = context.Render<Home>();

        home.Find("h1").TextContent.ShouldBe("TenderBuilder");
        home.FindAll("h2").Select(h => h.TextContent).ShouldBe(["Get started", "What it does", "Who it is for", "What is coming"]);
        home.Markup.ShouldContain("Regulation (EU) 2023/1804");
        home.FindAll("ol.tb-roadmap li").Select(li => li.TextContent).ShouldBe(
            ["Moving a draft to a newer version of its template, keeping your own answers.", "Changing your own password, and two-step sign-in."]);
    }

    [Fact]
    public async Task The_home_page_speaks_the_interface_language_and_keeps_its_emphasis()
    {
        await using var context = MudTestContext.Create();
        var (before, beforeUi) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var home = context.Render<Home>();

            home.FindAll("h2").Select(h => h.TextContent).ShouldBe(["Aan de slag", "Wat TenderBuilder doet", "Voor wie is TenderBuilder?", "Wat er komt"]);
            home.FindAll("strong").Select(s => s.TextContent).ShouldBe(["geverifieerd", "te verifiëren", "Inkopers", "Regionale overheden", "Adviseurs"]);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public async Task The_help_page_explains_the_verification_marks_and_the_keyboard()
    {
        await using var context = MudTestContext.Create(services => services.AddSingleton(CatalogueLoader.Default));

        var help = context.Render<Help>();

        help.Find("h1").TextContent.ShouldBe("Help");
        help.Markup.ShouldContain("There is no e-mail reset");
        help.Markup.ShouldContain("see only its drafts");
        help.Markup.ShouldContain("Download the template (CSV)");
        help.FindAll("h2").Select(h => h.TextContent).ShouldBe(
            ["How TenderBuilder works", "Sites, charging points and lots", "Your work is saved as you go", "Your organisation and your role", "Review before publication", "Templates", "Verified and to-verify sources", "Where the clauses come from", "Which countries are supported", "Using the keyboard", "When something goes wrong", "Glossary"]);
    }

    [Fact]
    public async Task The_help_page_lists_every_glossary_term_alphabetically_each_with_an_anchor_its_definition_and_source_status()
    {
        await using var context = MudTestContext.Create(services => services.AddSingleton(CatalogueLoader.Default));
        var glossary = CatalogueLoader.Default.Glossary;

        var help = context.Render<Help>();

        var terms = help.FindAll("dl.tb-glossary dt");
        terms.Select(dt => dt.QuerySelector("dfn")!.TextContent).ShouldBe(glossary.Terms.Select(t => t.Term));
        terms.Select(dt => dt.Id).ShouldBe(glossary.Terms.Select(t => t.Anchor));
        var dso = help.Find("dt#term-dso");
        dso.TextContent.ShouldContain("(distribution system operator, grid operator)");
        dso.NextElementSibling!.TextContent.ShouldContain("runs the local electricity grid");
        help.Find("dt#term-smart-charging").NextElementSibling!.TextContent.ShouldContain("Source: AFIR, Art. 2(65)");
        help.Find("dt#term-recharging-pool").NextElementSibling!.QuerySelector(".tb-chip-status")!.TextContent.Trim().ShouldBe("to verify");
    }

    [Theory]
    [InlineData("nl-NL", "Zo werkt TenderBuilder", "Locaties en laadpunten", "spatiebalk")]
    [InlineData("sv-SE", "Så fungerar TenderBuilder", "Platser och laddningspunkter", "Blanksteg")]
    [InlineData("de-DE", "So funktioniert TenderBuilder", "Standorte und Ladepunkte", "Leertaste")]
    public async Task The_help_page_reads_in_the_interface_language_with_the_same_bold_words_code_and_keys_and_the_glossary_translated(
        string culture, string howItWorks, string sitesStep, string space)
    {
        await using var context = MudTestContext.Create(services => services.AddSingleton(CatalogueLoader.Default));
        var english = context.Render<Help>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var help = context.Render<Help>();

            help.FindAll("h2")[0].TextContent.ShouldBe(howItWorks);
            help.FindAll("strong").Select(e => e.TextContent).ShouldContain(sitesStep);
            help.FindAll("kbd").Select(e => e.TextContent).ShouldContain(space);
            foreach (var tag in new[] { "strong", "code", "kbd" })
            {
                help.FindAll(tag).Count.ShouldBe(english.FindAll(tag).Count, $"<{tag}> in {culture}");
            }

            Regex.IsMatch(help.Markup, @"\{\d\}").ShouldBeFalse("every placeholder is filled");
            help.FindAll("dl.tb-glossary dt dfn").Select(dfn => dfn.TextContent).ShouldBe(CatalogueLoader.For(culture).Glossary.Terms.Select(t => t.Term));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
