using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>What the site list editor's buttons do to the input.</summary>
public sealed class SiteListEditsTests
{
    private static readonly TenderInput s_two = new TenderInput().WithSites(
    [
        new Site { Id = "S001", Name = "Hub", Lot = "1", PointGroups = [new PointGroup { Count = 4, Current = "dc", RatedKw = 150 }] },
        new Site { Id = "S002", Name = "North", Lot = "2" },
    ]).WithLots([new Lot { Id = "1", Title = "Hubs" }, new Lot { Id = "2", Title = "Streets" }]);

    [Fact]
    public void A_new_site_takes_the_first_free_id_and_a_copy_sits_below_its_original()
    {
        s_two.WithNewSite().Sites[^1].Id.ShouldBe("S003");
        var copied = s_two.WithSiteDuplicated(0);
        copied.Sites.Select(s => (s.Id, s.Name)).ShouldBe([("S001", "Hub"), ("S003", "Hub"), ("S002", "North")]);
        copied.Sites[1].PointGroups.ShouldBe(s_two.Sites[0].PointGroups);
    }

    [Fact]
    public void Moving_swaps_with_the_neighbour_and_never_past_an_end()
    {
        s_two.WithSiteMoved(1, -1).Sites.Select(s => s.Id).ShouldBe(["S002", "S001"]);
        s_two.WithSiteMoved(0, -1).Sites.Select(s => s.Id).ShouldBe(["S001", "S002"]);
        s_two.WithSiteMoved(1, 1).Sites.Select(s => s.Id).ShouldBe(["S001", "S002"]);
    }

    [Fact]
    public void Removing_a_lot_takes_its_sites_out_of_it_and_renumbering_a_lot_takes_them_along()
    {
        s_two.WithoutLot(0).Sites.Select(s => s.Lot).ShouldBe([null, "2"]);
        s_two.WithLot(1, new Lot { Id = "B", Title = "Streets" }).Sites.Select(s => s.Lot).ShouldBe(["1", "B"]);
        s_two.WithNewLot().Tender.Lots.Items[^1].Id.ShouldBe("3");
    }

    [Fact]
    public void Connectors_keep_the_catalogue_order_whatever_order_they_are_ticked_in()
    {
        var group = new PointGroup { Count = 1, Current = "dc" }.WithConnector("chademo", true).WithConnector("ccs2", true);

        group.Connectors.ShouldBe(["ccs2", "chademo"]);
        group.WithConnector("ccs2", false).Connectors.ShouldBe(["chademo"]);
    }
}
