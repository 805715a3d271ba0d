using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Web.Features.Catalogue;

namespace TenderBuilder.Web.Tests.Features;

/// <summary>The clause catalogue page as an officer uses it: browse, search, filter, read a clause.</summary>
public sealed class CatalogueBrowserTests
{
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;
    private IRenderedComponent<MudPopoverProvider>? _popovers;

    [Fact]
    public async Task The_page_lists_every_clause_of_the_catalogue_under_one_heading()
    {
        await using var context = CreateContext();

        var page = Render(context);

        page.FindAll("h1").Select(h => h.TextContent).ShouldBe(["Clause catalogue"]);
        ShownIds(page).ShouldBe(s_catalogue.Clauses.Select(clause => clause.Id));
        Count(page).ShouldBe($"{s_catalogue.Clauses.Length} of {s_catalogue.Clauses.Length} clauses");
    }

    [Fact]
    public async Task Searching_15118_narrows_the_list_to_the_ISO_15118_clauses()
    {
        await using var context = CreateContext();
        var page = Render(context);

        page.Find("#tb-catalogue-search").Input("15118");

        var expected = s_catalogue.Clauses
            .Where(clause => clause.Id.Contains("15118", StringComparison.Ordinal) || clause.DisplayTitle.Contains("15118", StringComparison.Ordinal) || clause.DisplayText.Contains("15118", StringComparison.Ordinal))
            .Select(clause => clause.Id).ToList();
        page.WaitForAssertion(() => ShownIds(page).ShouldBe(expected));
        expected.ShouldContain("standards.iso-15118-20-from-start");
        expected.Count.ShouldBeLessThan(s_catalogue.Clauses.Length);
        Count(page).ShouldBe($"{expected.Count} of {s_catalogue.Clauses.Length} clauses");
    }

    [Fact]
    public async Task Filtering_by_strength_mandatory_shows_only_mandatory_clauses_and_the_count_says_so()
    {
        await using var context = CreateContext();
        var page = Render(context);

        await ChooseAsync(page, "Strength", "Mandatory");

        var mandatory = s_catalogue.Clauses.Where(clause => clause.Strength == Strength.Mandatory).Select(clause => clause.Id).ToList();
        mandatory.ShouldNotBeEmpty();
        ShownIds(page).ShouldBe(mandatory);
        page.FindAll(".tb-chip-strength").Select(chip => chip.TextContent.Trim()).Distinct().ShouldBe(["Mandatory"]);
        Count(page).ShouldBe($"{mandatory.Count} of {s_catalogue.Clauses.Length} clauses");
    }

    [Fact]
    public async Task A_clause_panel_shows_its_text_parameters_condition_and_references_with_their_status()
    {
        await using var context = CreateContext();
        var page = Render(context);

        var panel = page.Find("[data-clause='procedure.concession-duration-justification']");
        panel.QuerySelector(".mud-expand-panel-header")!.Click();

        panel = page.Find("[data-clause='procedure.concession-duration-justification']");
        panel.QuerySelector(".tb-condition")!.TextContent.ShouldBe(
            "Applies when the tender is a concession under Directive 2014/23/EU and the contract runs for more than 5 years");
        panel.QuerySelectorAll(".tb-clause-text .tb-placeholder").ShouldNotBeEmpty();
        panel.QuerySelector(".tb-parameters")!.TextContent.ShouldContain("from the answer to “How many years should the contract run?”");
        panel.QuerySelector(".tb-parameters")!.TextContent.ShouldContain("set by the authority");
        var reference = panel.QuerySelectorAll(".tb-references li").Single();
        reference.TextContent.ShouldContain("Art. 18");
        reference.QuerySelector(".tb-chip-status")!.TextContent.Trim().ShouldBe("verified (verified facts §3.11)");

        var toVerify = page.Find("[data-clause='standards.plug-and-charge-pki']");
        toVerify.QuerySelector(".mud-expand-panel-header")!.Click();
        toVerify = page.Find("[data-clause='standards.plug-and-charge-pki']");
        toVerify.QuerySelectorAll(".tb-chip-status").Select(chip => chip.TextContent.Trim()).ShouldContain("to verify");
        var link = toVerify.QuerySelectorAll("a.tb-source-link").First();
        link.GetAttribute("target").ShouldBe("_blank");
        link.GetAttribute("rel").ShouldBe("noopener");
    }

    [Fact]
    public async Task Clearing_the_filters_restores_every_clause()
    {
        await using var context = CreateContext();
        var page = Render(context);
        page.Find("#tb-catalogue-search").Input("15118");
        await ChooseAsync(page, "Strength", "Mandatory");
        ShownIds(page).Count.ShouldBeLessThan(s_catalogue.Clauses.Length);

        page.Find("#tb-clear-filters").Click();

        ShownIds(page).Count.ShouldBe(s_catalogue.Clauses.Length);
        Count(page).ShouldBe($"{s_catalogue.Clauses.Length} of {s_catalogue.Clauses.Length} clauses");
        page.Find("#tb-clear-filters").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task In_German_the_page_speaks_German_around_the_catalogue_s_own_words()
    {
        await using var context = CreateContext();
        var (before, beforeUi) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var page = Render(context);

            page.FindAll("h1").Select(h => h.TextContent).ShouldBe(["Klauselkatalog"]);
            Count(page).ShouldBe($"{s_catalogue.Clauses.Length} von {s_catalogue.Clauses.Length} Klauseln");
            page.FindComponents<MudSelect<string>>().Select(s => s.Instance.Label).ShouldContain("Verbindlichkeitsgrad");
            page.Find("#tb-clear-filters").TextContent.Trim().ShouldBe("Filter zurücksetzen");
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    private static BunitContext CreateContext() => MudTestContext.Create(services => services.AddSingleton(s_catalogue));

    private IRenderedComponent<ClauseCatalogue> Render(BunitContext context)
    {
        _popovers = context.Render<MudPopoverProvider>();
        return context.Render<ClauseCatalogue>();
    }

    private static List<string> ShownIds(IRenderedComponent<ClauseCatalogue> page) =>
        page.FindAll("[data-clause]").Select(panel => panel.GetAttribute("data-clause")!).ToList();

    private static string Count(IRenderedComponent<ClauseCatalogue> page) => page.Find("#tb-clause-count").TextContent.Trim();

    private async Task ChooseAsync(IRenderedComponent<ClauseCatalogue> page, string label, string option)
    {
        // As the officer does it: open the select, then pick the option by its text in the popover.
        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == label);
        await select.InvokeAsync(() => select.Instance.OpenMenu());
        var item = _popovers!.WaitForElements(".mud-popover-open .mud-list-item")
            .Single(element => element.TextContent.Trim() == option);
        await item.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
    }
}
