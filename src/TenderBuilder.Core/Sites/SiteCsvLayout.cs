using System.Collections.Immutable;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// The columns of a sites CSV file, in the order TenderBuilder writes them. One row per point
/// group: the site columns describe the site, the group columns one group of its charging points;
/// further rows with the same <c>site_id</c> add groups to the site (docs/sites-csv.md).
/// </summary>
public static class SiteCsvLayout
{
    /// <summary>The site's id, which bidders quote.</summary>
    public const string SiteId = "site_id";

    /// <summary>The site's name.</summary>
    public const string Name = "name";

    /// <summary>The street address.</summary>
    public const string Address = "address";

    /// <summary>The area, for a group of sites.</summary>
    public const string Area = "area";

    /// <summary>WGS 84 latitude.</summary>
    public const string Latitude = "latitude";

    /// <summary>WGS 84 longitude.</summary>
    public const string Longitude = "longitude";

    /// <summary>The site type (an option of <c>sites.site_types</c>).</summary>
    public const string SiteType = "site_type";

    /// <summary>Who may use the points (an option of <c>sites.access</c>).</summary>
    public const string Access = "access";

    /// <summary>How many alike sites the row stands for.</summary>
    public const string SiteCount = "site_count";

    /// <summary>The lot's id.</summary>
    public const string Lot = "lot";

    /// <summary>The grid connection capacity, kVA.</summary>
    public const string GridCapacityKva = "grid_capacity_kva";

    /// <summary>The planned commissioning date.</summary>
    public const string Commissioning = "commissioning";

    /// <summary>The number of points in the group.</summary>
    public const string Points = "points";

    /// <summary><c>ac</c> or <c>dc</c>.</summary>
    public const string Current = "current";

    /// <summary>Each point's rated power, kW.</summary>
    public const string RatedKw = "rated_kw";

    /// <summary>Connector codes separated by <c>|</c>.</summary>
    public const string Connectors = "connectors";

    /// <summary>What separates connector codes in a cell.</summary>
    public const char ConnectorSeparator = '|';

    /// <summary>Every column, in the order files are written.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        SiteId, Name, Address, Area, Latitude, Longitude, SiteType, Access, SiteCount, Lot, GridCapacityKva, Commissioning,
        Points, Current, RatedKw, Connectors,
    ];

    /// <summary>The columns a file must have; the others may be left out.</summary>
    public static ImmutableArray<string> Required { get; } = [SiteId, Name, Points, Current, RatedKw];

    /// <summary>The columns that describe the site: on a site's further rows, empty or as on its first.</summary>
    public static ImmutableArray<string> SiteColumns { get; } =
        [Name, Address, Area, Latitude, Longitude, SiteType, Access, SiteCount, Lot, GridCapacityKva, Commissioning];

    /// <summary>The columns that describe one group of points.</summary>
    public static ImmutableArray<string> GroupColumns { get; } = [Points, Current, RatedKw, Connectors];
}
