namespace TenderBuilder.Core.Input;

/// <summary>
/// One site, or a group of alike sites (<see cref="SiteCount"/> above 1, e.g. "20 on-street sites in
/// the north district"), with its charging points. Bidders price from this list, so every field says
/// something a bidder needs: where, what kind, for whom, how many points of which power, how much
/// grid, by when and in which lot.
/// </summary>
public sealed record Site
{
    /// <summary>Stable id, unique in the input (e.g. <c>S001</c>); bidders quote it.</summary>
    public required string Id { get; init; }

    /// <summary>A name an officer and a bidder recognise (e.g. "Marktplein").</summary>
    public required string Name { get; init; }

    /// <summary>The street address, for a single site.</summary>
    public string? Address { get; init; }

    /// <summary>The area, for a group of sites or a site without an address yet (e.g. "Utrecht, Noordoost").</summary>
    public string? Area { get; init; }

    /// <summary>WGS 84 latitude, optional.</summary>
    public decimal? Latitude { get; init; }

    /// <summary>WGS 84 longitude, optional.</summary>
    public decimal? Longitude { get; init; }

    /// <summary>An option of the <c>sites.site_types</c> question (on_street, hub, car_park, …).</summary>
    public string? Type { get; init; }

    /// <summary>An option of the <c>sites.access</c> question (public, semi_public, private).</summary>
    public string? Access { get; init; }

    /// <summary>How many alike sites this entry stands for; 1 for a single site.</summary>
    public int SiteCount { get; init; } = 1;

    /// <summary>The charging points at each of these sites, grouped by current and power.</summary>
    public IReadOnlyList<PointGroup> PointGroups { get; init; } = [];

    /// <summary>The grid connection capacity known at each site, in kVA.</summary>
    public decimal? GridCapacityKva { get; init; }

    /// <summary>The planned commissioning date of the site's points.</summary>
    public DateOnly? Commissioning { get; init; }

    /// <summary>The id of the lot the site belongs to; required when the contract has two lots or more.</summary>
    public string? Lot { get; init; }
}

/// <summary>Charging points of one kind at a site: how many, which current, which power, which connectors.</summary>
public sealed record PointGroup
{
    /// <summary>Charging points (one per vehicle that can charge at the same time).</summary>
    public int Count { get; init; }

    /// <summary><c>ac</c> or <c>dc</c>.</summary>
    public string? Current { get; init; }

    /// <summary>The rated power of each point, in kW.</summary>
    public decimal? RatedKw { get; init; }

    /// <summary>Connector codes (<see cref="Sites.Connectors"/>), e.g. <c>type2_socket</c>, <c>ccs2</c>.</summary>
    public IReadOnlyList<string> Connectors { get; init; } = [];
}
