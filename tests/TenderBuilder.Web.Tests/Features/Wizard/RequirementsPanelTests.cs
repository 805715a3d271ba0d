using System.Globalization;
using System.Text.Json;
using Bunit;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Web.Features.Catalogue;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// The live panel beside the questions: how many requirements of each kind go into each document,
/// and what the officer's last answer added or dropped, on screen and for screen readers.
/// </summary>
public sealed class RequirementsPanelTests
{
    private static readonly TenderPackage s_withTrafficLight = Evaluate(Utrecht);
    private static readonly TenderPackage s_withoutTrafficLight =
        Evaluate(Utrecht.WithAnswer(Question("grid.traffic_light"), JsonSerializer.SerializeToElement(false)));

    [Fact]
    public async Task The_counts_per_document_and_kind_match_the_package()
    {
        await using var context = MudTestContext.Create();

        var panel = context.Render<RequirementsPanel>(p => p.Add(x => x.Package, s_withTrafficLight));

        panel.Find(".tb-panel-total").GetAttribute("data-total").ShouldBe(s_withTrafficLight.Clauses.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rows = panel.FindAll(".tb-counts tbody tr")
            .Select(row => (Document: row.Children[0].TextContent, Kind: row.Children[1].TextContent, Count: int.Parse(row.Children[2].TextContent, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var expected = s_withTrafficLight.Clauses
            .GroupBy(c => (c.Deliverable, c.Kind))
            .OrderBy(g => g.Key.Deliverable).ThenBy(g => g.Key.Kind)
            .Select(g => (Vocabulary.English.Label(g.Key.Deliverable), Vocabulary.English.Label(g.Key.Kind), g.Count()))
            .ToList();
        rows.ShouldBe(expected);
        rows.Sum(r => r.Count).ShouldBe(s_withTrafficLight.Clauses.Length);
        rows.Select(r => r.Document).Distinct().Count().ShouldBeGreaterThan(1, "the example fills several documents");
    }

    [Fact]
    public async Task Every_included_clause_is_listed_with_its_title()
    {
        await using var context = MudTestContext.Create();

        var panel = context.Render<RequirementsPanel>(p => p.Add(x => x.Package, s_withTrafficLight));

        panel.FindAll(".tb-panel-clause").Select(c => c.GetAttribute("data-clause")).ShouldBe(s_withTrafficLight.Clauses.Select(c => c.Id));
        panel.FindAll(".tb-panel-clause-title").Select(t => t.TextContent).ShouldBe(s_withTrafficLight.Clauses.Select(c => c.Title));
    }

    [Fact]
    public async Task Clauses_the_last_change_added_are_marked_just_added_and_announced()
    {
        await using var context = MudTestContext.Create();
        var change = PackageChange.Between(s_withoutTrafficLight, s_withTrafficLight);
        change.Added.Select(c => c.Id).ShouldContain("grid.peak-limitation");
        change.Dropped.ShouldBeEmpty();

        var panel = context.Render<RequirementsPanel>(p => p.Add(x => x.Package, s_withTrafficLight).Add(x => x.Change, change));

        var marked = panel.FindAll("[data-added='true']");
        marked.Select(c => c.GetAttribute("data-clause")).ShouldBe(change.Added.Select(c => c.Id));
        marked.ShouldAllBe(c => c.TextContent.Contains("just added"));
        panel.FindAll(".tb-added-label").Count.ShouldBe(change.Added.Length, "only added clauses say so");
        panel.FindAll("[data-testid='dropped']").ShouldBeEmpty();

        var status = panel.Find("#tb-panel-change");
        (status.GetAttribute("role"), status.GetAttribute("aria-live")).ShouldBe(("status", "polite"));
        var count = change.Added.Length == 1 ? "1 requirement" : $"{change.Added.Length} requirements";
        status.TextContent.ShouldBe($"{count} added: {string.Join("; ", change.Added.Select(c => c.Title))}.");
    }

    [Fact]
    public async Task Clauses_the_last_change_dropped_are_listed_as_just_dropped_and_announced()
    {
        await using var context = MudTestContext.Create();
        var change = PackageChange.Between(s_withTrafficLight, s_withoutTrafficLight);

        var panel = context.Render<RequirementsPanel>(p => p.Add(x => x.Package, s_withoutTrafficLight).Add(x => x.Change, change));

        var dropped = panel.Find("[data-testid='dropped']");
        dropped.TextContent.ShouldContain("Just dropped:");
        dropped.QuerySelectorAll("li").Select(li => (li.GetAttribute("data-clause"), li.TextContent)).ShouldBe(change.Dropped.Select(c => ((string?)c.Id, c.Title)));
        dropped.QuerySelector("li[data-clause='grid.peak-limitation'] del").ShouldNotBeNull();
        panel.FindAll(".tb-panel-clause[data-clause='grid.peak-limitation']").ShouldBeEmpty();
        panel.FindAll("[data-added='true']").ShouldBeEmpty();
        panel.Find("#tb-panel-change").TextContent.ShouldStartWith(change.Dropped.Length == 1 ? "1 requirement dropped: " : $"{change.Dropped.Length} requirements dropped: ");
        panel.Find("#tb-panel-change").TextContent.ShouldContain(s_withTrafficLight.Clauses.Single(c => c.Id == "grid.peak-limitation").Title);
    }

    [Fact]
    public async Task The_panel_and_its_announcement_speak_the_interface_language()
    {
        await using var context = MudTestContext.Create();
        var change = PackageChange.Between(s_withoutTrafficLight, s_withTrafficLight);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");

            var panel = context.Render<RequirementsPanel>(p => p.Add(x => x.Package, s_withTrafficLight).Add(x => x.Change, change));

            panel.Find("#tb-panel-heading").TextContent.ShouldStartWith("Anforderungen (");
            panel.FindAll(".tb-counts th").Select(th => th.TextContent).ShouldBe(["Dokument", "Art", "Klauseln"]);
            panel.FindAll("[data-added='true']").ShouldAllBe(c => c.TextContent.Contains("soeben hinzugefügt"));
            panel.Find("#tb-panel-change").TextContent.ShouldStartWith(change.Added.Length == 1 ? "1 Anforderung hinzugefügt: " : $"{change.Added.Length} Anforderungen hinzugefügt: ");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_change_that_adds_and_drops_says_both_and_no_change_says_nothing()
    {
        await using var context = MudTestContext.Create();
        var before = Evaluate(Utrecht);
        var after = Evaluate(Utrecht
            .WithAnswer(Question("grid.traffic_light"), JsonSerializer.SerializeToElement(false))
            .WithCustomClause(new CustomClause { Id = "clause-1", Title = "Snow clearing", Text = "The contractor clears snow.", Kind = "contractPerformance" }));
        var change = PackageChange.Between(before, after);

        var panel = context.Render<RequirementsPanel>(p => p.Add(x => x.Package, after).Add(x => x.Change, change));
        var unchanged = context.Render<RequirementsPanel>(p => p.Add(x => x.Package, after).Add(x => x.Change, PackageChange.Between(after, after)));

        panel.Find("#tb-panel-change").TextContent.ShouldStartWith("1 requirement added: Snow clearing. ");
        panel.Find("#tb-panel-change").TextContent.ShouldContain("dropped: ");
        panel.Find("[data-clause='custom.clause-1']").GetAttribute("data-added").ShouldBe("true");
        unchanged.Find("#tb-panel-change").TextContent.ShouldBeEmpty();
        unchanged.FindAll("[data-added='true']").ShouldBeEmpty();
    }
}
