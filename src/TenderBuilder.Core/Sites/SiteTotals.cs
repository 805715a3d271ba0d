using System.Collections.Immutable;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// How many sites and charging points of each power class a list of sites holds: each point group
/// counts once per site of its entry (<see cref="Site.SiteCount"/>). Points whose current or power is
/// missing count in <see cref="Unclassified"/>; <see cref="SiteChecks"/> reports them.
/// </summary>
public sealed record SiteTotals
{
    /// <summary>The number of sites.</summary>
    public required int Sites { get; init; }

    /// <summary>Points per power class; every class has an entry.</summary>
    public required ImmutableDictionary<PowerClass, int> Points { get; init; }

    /// <summary>Points that fit no class.</summary>
    public required int Unclassified { get; init; }

    /// <summary>All points.</summary>
    public int AllPoints => Points.Values.Sum() + Unclassified;

    /// <summary>The totals of some sites.</summary>
    public static SiteTotals Of(IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var points = PowerClasses.All.ToDictionary(c => c, _ => 0);
        var count = 0;
        var unclassified = 0;
        foreach (var site in sites)
        {
            var alike = Math.Max(site.SiteCount, 0);
            count += alike;
            foreach (var group in site.PointGroups)
            {
                var number = alike * Math.Max(group.Count, 0);
                if (PowerClasses.Of(group.Current, group.RatedKw) is { } powerClass)
                {
                    points[powerClass] += number;
                }
                else
                {
                    unclassified += number;
                }
            }
        }

        return new SiteTotals { Sites = count, Points = points.ToImmutableDictionary(), Unclassified = unclassified };
    }

    /// <summary>The totals per lot id, in the order of the lots; sites without a lot are under the empty string when any exist.</summary>
    public static ImmutableArray<(string Lot, SiteTotals Totals)> ByLot(TenderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lots = input.Tender.Lots.Items.Select(l => l.Id).ToList();
        var result = lots.Select(id => (id, Of(input.Sites.Where(s => s.Lot == id)))).ToList();
        var unassigned = input.Sites.Where(s => s.Lot is null || !lots.Contains(s.Lot)).ToList();
        if (unassigned.Count > 0)
        {
            result.Add(("", Of(unassigned)));
        }

        return [.. result];
    }
}
