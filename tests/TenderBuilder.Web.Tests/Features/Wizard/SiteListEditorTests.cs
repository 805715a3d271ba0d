using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// The site list as the officer works it: every control labelled, buttons named after their site,
/// each button's edit applied to the input, the AFIR class of each group and the findings beside
/// the site they concern.
/// </summary>
public sealed class SiteListEditorTests
{
    private static readonly TenderInput s_input = Utrecht.WithLots([new Lot { Id = "1", Title = "Hubs" }, new Lot { Id = "2", Title = "Streets" }]).WithSites(
    [
        new Site { Id = "S001", Name = "Hub", Address = "Street 1", Lot = "1", PointGroups = [new PointGroup { Count = 4, Current = "dc", RatedKw = 150, Connectors = ["ccs2"] }] },
        new Site { Id = "S002", Name = "North", Area = "Noord", Lot = "9", SiteCount = 20, PointGroups = [new PointGroup { Count = 2, Current = "ac", RatedKw = 11 }] },
    ]);

    private TenderInput _input = s_input;

    [Fact]
    public async Task Each_site_shows_its_fields_labelled_its_groups_power_class_and_its_findings()
    {
        await using var context = MudTestContext.Create(services => services.AddSingleton(ShippedCatalogue));
        var editor = Render(context);

        var sites = editor.FindAll("li.tb-site");
        sites.Select(s => s.GetAttribute("data-site")).ShouldBe(["S001", "S002"]);
        sites[0].QuerySelector(".tb-power-class")!.TextContent.ShouldBe("AFIR class: DC, 150 kW or more and less than 350 kW");
        sites[1].QuerySelector(".tb-power-class")!.TextContent.ShouldBe("AFIR class: AC, 7.4 kW or more and 22 kW or less");
        // Every input and list box has a label that names it.
        foreach (var control in editor.FindAll("li.tb-site input:not([type=checkbox]), li.tb-site select"))
        {
            editor.FindAll($"label[for='{control.Id}']").ShouldNotBeEmpty($"#{control.Id} has no label");
        }

        // Lot 9 is not a lot of the draft: the error shows beside that site only.
        sites[1].QuerySelector("[data-finding='sites.unknown-lot']").ShouldNotBeNull();
        sites[0].QuerySelector("[data-finding]").ShouldBeNull();
        editor.Find("[data-testid=site-totals]").TextContent.ShouldBe("2 entries: 21 sites, 44 charging points");
    }

    [Fact]
    public async Task The_buttons_name_their_site_and_move_copy_remove_and_add_as_they_say()
    {
        await using var context = MudTestContext.Create(services => services.AddSingleton(ShippedCatalogue));
        var editor = Render(context);

        editor.Find("button[aria-label='Move site S001 up']").HasAttribute("disabled").ShouldBeTrue();
        editor.Find("button[aria-label='Move site S002 up']").Click();
        _input.Sites.Select(s => s.Id).ShouldBe(["S002", "S001"]);

        _input = s_input;
        editor.Find("button[aria-label='Duplicate site S001']").Click();
        _input.Sites.Select(s => (s.Id, s.Name)).ShouldBe([("S001", "Hub"), ("S003", "Hub"), ("S002", "North")]);

        _input = s_input;
        editor.Find("button[aria-label='Remove site S001']").Click();
        _input.Sites.ShouldHaveSingleItem().Id.ShouldBe("S002");

        _input = s_input;
        editor.Find("button[aria-label='Add charging points to site S002']").Click();
        _input.Sites[1].PointGroups.Count.ShouldBe(2);

        _input = s_input;
        editor.Find("#tb-add-site").Click();
        _input.Sites[^1].Id.ShouldBe("S003");
        _input.Sites[^1].PointGroups.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Choosing_a_lot_and_ticking_a_connector_change_that_site_only()
    {
        await using var context = MudTestContext.Create(services => services.AddSingleton(ShippedCatalogue));
        var editor = Render(context);

        editor.Find("#tb-site-1-lot").Change("2");
        _input.Sites.Select(s => s.Lot).ShouldBe(["1", "2"]);

        _input = s_input;
        editor.Find("li.tb-site[data-site='S002'] input[data-connector='type2_socket']").Change(true);
        _input.Sites[1].PointGroups[0].Connectors.ShouldBe(["type2_socket"]);
        _input.Sites[0].PointGroups[0].Connectors.ShouldBe(["ccs2"]);
    }

    private IRenderedComponent<SiteListEditor> Render(BunitContext context) =>
        context.Render<SiteListEditor>(parameters => parameters
            .Add(p => p.Sites, s_input.Sites)
            .Add(p => p.Lots, s_input.Tender.Lots.Items)
            .Add(p => p.Placement, new FindingPlacement(Evaluate(s_input)))
            .Add(p => p.OnEdit, (Func<TenderInput, TenderInput> edit) => _input = edit(_input)));
}
