using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// The edits of the sites and lots lists an editor offers, each returning a new input: add,
/// duplicate, change, remove and move a site; its point groups; the lots. The wizard asks here
/// rather than splicing lists itself, so a new site's id and a copy's name are decided once.
/// </summary>
public static class SiteListEdits
{
    /// <summary>Adds an empty site at the end, with the next free id (S001, S002, …).</summary>
    public static TenderInput WithNewSite(this TenderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.WithSites([.. input.Sites, new Site { Id = NextSiteId(input), Name = "" }]);
    }

    /// <summary>Adds a copy of a site just below it, with the next free id and its points, to change what differs.</summary>
    public static TenderInput WithSiteDuplicated(this TenderInput input, int index)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sites = input.Sites.ToList();
        sites.Insert(index + 1, sites[index] with { Id = NextSiteId(input) });
        return input.WithSites(sites);
    }

    /// <summary>Replaces the site at an index.</summary>
    public static TenderInput WithSite(this TenderInput input, int index, Site site)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sites = input.Sites.ToList();
        sites[index] = site;
        return input.WithSites(sites);
    }

    /// <summary>Removes the site at an index.</summary>
    public static TenderInput WithoutSite(this TenderInput input, int index)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sites = input.Sites.ToList();
        sites.RemoveAt(index);
        return input.WithSites(sites);
    }

    /// <summary>Moves a site up (-1) or down (+1); a move past either end leaves the list as it is.</summary>
    public static TenderInput WithSiteMoved(this TenderInput input, int index, int by)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.WithSites(Moved(input.Sites, index, by));
    }

    /// <summary>Adds a group of points to a site (one AC point, to be changed).</summary>
    public static Site WithNewGroup(this Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site with { PointGroups = [.. site.PointGroups, new PointGroup { Count = 1, Current = "ac" }] };
    }

    /// <summary>Replaces a group of points of a site.</summary>
    public static Site WithGroup(this Site site, int index, PointGroup group)
    {
        ArgumentNullException.ThrowIfNull(site);
        var groups = site.PointGroups.ToList();
        groups[index] = group;
        return site with { PointGroups = groups };
    }

    /// <summary>Removes a group of points from a site.</summary>
    public static Site WithoutGroup(this Site site, int index)
    {
        ArgumentNullException.ThrowIfNull(site);
        var groups = site.PointGroups.ToList();
        groups.RemoveAt(index);
        return site with { PointGroups = groups };
    }

    /// <summary>A group with a connector added or taken away.</summary>
    public static PointGroup WithConnector(this PointGroup group, string code, bool offered)
    {
        ArgumentNullException.ThrowIfNull(group);
        var codes = group.Connectors.Where(c => c != code);
        return group with { Connectors = offered ? [.. Connectors.Codes.Where(c => c == code || group.Connectors.Contains(c))] : [.. codes] };
    }

    /// <summary>Adds a lot at the end, numbered one past the highest number used.</summary>
    public static TenderInput WithNewLot(this TenderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lots = input.Tender.Lots.Items;
        var next = lots.Select(l => int.TryParse(l.Id, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return input.WithLots([.. lots, new Lot { Id = next.ToString(System.Globalization.CultureInfo.InvariantCulture), Title = "" }]);
    }

    /// <summary>Replaces the lot at an index; sites in the lot follow a change of its id.</summary>
    public static TenderInput WithLot(this TenderInput input, int index, Lot lot)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lot);
        var lots = input.Tender.Lots.Items.ToList();
        var was = lots[index].Id;
        lots[index] = lot;
        var result = input.WithLots(lots);
        return was == lot.Id || string.IsNullOrEmpty(was) ? result
            : result.WithSites(input.Sites.Select(s => s.Lot == was ? s with { Lot = lot.Id } : s));
    }

    /// <summary>Removes the lot at an index; its sites are then in no lot, which the site checks point out.</summary>
    public static TenderInput WithoutLot(this TenderInput input, int index)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lots = input.Tender.Lots.Items.ToList();
        var id = lots[index].Id;
        lots.RemoveAt(index);
        return input.WithLots(lots).WithSites(input.Sites.Select(s => s.Lot == id ? s with { Lot = null } : s));
    }

    /// <summary>The first id of the form S001 that no site uses.</summary>
    public static string NextSiteId(TenderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var used = input.Sites.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(1, used.Count + 1).Select(n => $"S{n:000}").First(id => !used.Contains(id));
    }

    private static List<T> Moved<T>(IReadOnlyList<T> items, int index, int by)
    {
        var list = items.ToList();
        var to = index + by;
        if (index < 0 || index >= list.Count || to < 0 || to >= list.Count)
        {
            return list;
        }

        (list[index], list[to]) = (list[to], list[index]);
        return list;
    }
}
