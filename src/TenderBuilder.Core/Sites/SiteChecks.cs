using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// Checks the sites and lots lists and the document language: what a bidder could not price or
/// would read two ways is an error naming the site and its field; what is merely unusual is a warning.
/// </summary>
public static class SiteChecks
{
    /// <summary>The most site entries a draft may list (a group of alike sites counts once).</summary>
    public const int MaxSites = 5_000;

    /// <summary>The highest rated power accepted for one point, in kW.</summary>
    public const decimal MaxRatedKw = 1_000m;

    // AC charging on three-phase 63 A stops at about 43 kW; more is almost always a typing error.
    private const decimal UnusualAcKw = 44m;

    /// <summary>The findings of an input's sites, lots and language.</summary>
    public static IEnumerable<Finding> Check(TenderInput input, AnswerSet answers)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(answers);
        if (!string.IsNullOrEmpty(input.Tender.Language) && !DocumentLanguages.IsWritable(input.Tender.Language))
        {
            yield return Error("input.unknown-language", "/tender/language",
                $"\"{input.Tender.Language}\" is not a document language TenderBuilder writes; use one of: {string.Join(", ", DocumentLanguages.All)}.");
        }

        foreach (var finding in CheckLots(input.Tender.Lots))
        {
            yield return finding;
        }

        if (input.Sites.Count > MaxSites)
        {
            yield return Error("sites.too-many", "/sites",
                $"The draft lists {input.Sites.Count:N0} sites; TenderBuilder takes at most {MaxSites:N0}. Group alike sites in one entry with a number of sites.");
            yield break;
        }

        var lotIds = input.Tender.Lots.Items.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var divided = input.Tender.Lots.IsDivided();
        var options = SiteOptions.From(id => answers.Has(id) ? answers.Question(id) : null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Sites.Count; i++)
        {
            foreach (var finding in CheckSite(input.Sites[i], $"/sites/{i}", seen, lotIds, divided, options))
            {
                yield return finding;
            }

            if (CheckCommissioning(input.Sites[i], $"/sites/{i}", input.Tender.Dates.ContractStart) is { } early)
            {
                yield return early;
            }
        }
    }

    // A site due in service before the contract starts cannot be met: bidders price the risk or
    // ask, and a reviewing lawyer reads it as a defect of the documents.
    private static Finding? CheckCommissioning(Site site, string path, DateOnly? contractStart) =>
        site.Commissioning is { } due && contractStart is { } start && due < start
            ? Warning("sites.commissioning-before-start", path + "/commissioning",
                $"{Name(site)} is due in service on {due:yyyy-MM-dd}, before the contract starts on {start:yyyy-MM-dd}; move the date or the start of the contract.")
            : null;

    private static IEnumerable<Finding> CheckLots(LotsInfo lots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lots.Items.Count; i++)
        {
            var lot = lots.Items[i];
            var path = $"/tender/lots/items/{i}";
            if (string.IsNullOrWhiteSpace(lot.Id) || !seen.Add(lot.Id.Trim()))
            {
                yield return Error("lots.invalid-id", path + "/id", string.IsNullOrWhiteSpace(lot.Id)
                    ? $"Lot {i + 1} has no number; give each lot its own (1, 2, 3 …)."
                    : $"Lot number “{lot.Id}” is given twice; give each lot its own.");
            }

            if (string.IsNullOrWhiteSpace(lot.Title))
            {
                yield return Error("lots.missing-title", path + "/title", $"Lot {lot.Id} has no title; bidders choose lots by their titles.");
            }

            if (lot.EstimatedValue is < 0)
            {
                yield return Error("lots.invalid-value", path + "/estimatedValue", $"Lot {lot.Id}: the estimated value cannot be negative.");
            }
        }
    }

    private static IEnumerable<Finding> CheckSite(
        Site site, string path, HashSet<string> seen, HashSet<string> lotIds, bool divided, SiteOptions options)
    {
        var name = Name(site);
        if (string.IsNullOrWhiteSpace(site.Id))
        {
            yield return Error("sites.invalid-id", path + "/id", $"Site “{site.Name}” has no id; give each site its own (e.g. S001), which bidders quote.");
        }
        else if (!seen.Add(site.Id))
        {
            yield return Error("sites.invalid-id", path + "/id", $"Site id “{site.Id}” is used twice; give each site its own.");
        }

        if (string.IsNullOrWhiteSpace(site.Name))
        {
            yield return Error("sites.missing-name", path + "/name", $"Site {site.Id} has no name.");
        }

        if (string.IsNullOrWhiteSpace(site.Address) && string.IsNullOrWhiteSpace(site.Area))
        {
            yield return Warning("sites.missing-location", path + "/address", $"{name} has neither an address nor an area; bidders cannot price a site they cannot find.");
        }

        if (site.SiteCount < 1)
        {
            yield return Error("sites.invalid-count", path + "/siteCount", $"{name}: the number of sites must be 1 or more.");
        }

        if ((site.Latitude is null) != (site.Longitude is null))
        {
            yield return Error("sites.invalid-coordinates", path + (site.Latitude is null ? "/latitude" : "/longitude"), $"{name}: give both latitude and longitude, or neither.");
        }
        else if (site.Latitude is < -90 or > 90 || site.Longitude is < -180 or > 180)
        {
            yield return Error("sites.invalid-coordinates", path + "/latitude", $"{name}: latitude runs from -90 to 90 and longitude from -180 to 180 (WGS 84 degrees).");
        }

        if (site.Type is { } type && options.TypeProblem(type) is { } wrongType)
        {
            yield return Error("sites.invalid-type", path + "/type", $"{name}: {wrongType}");
        }

        if (site.Access is { } who && options.AccessProblem(who) is { } wrongAccess)
        {
            yield return Error("sites.invalid-access", path + "/access", $"{name}: {wrongAccess}");
        }

        if (site.GridCapacityKva is < 0)
        {
            yield return Error("sites.invalid-grid-capacity", path + "/gridCapacityKva", $"{name}: the grid connection capacity cannot be negative.");
        }

        if (site.Lot is { } lot && !lotIds.Contains(lot))
        {
            yield return Error("sites.unknown-lot", path + "/lot", lotIds.Count == 0
                ? $"{name} is in lot “{lot}”, but the contract has no lots; add the lot or leave the site's lot empty."
                : $"{name} is in lot “{lot}”, which is not one of the lots ({string.Join(", ", lotIds)}).");
        }
        else if (site.Lot is null && divided)
        {
            yield return Error("sites.missing-lot", path + "/lot", $"{name} is in no lot; the contract is divided, so say which lot each site belongs to.");
        }

        if (site.PointGroups.Count == 0)
        {
            yield return Warning("sites.site-without-points", path + "/pointGroups", $"{name} has no charging points.");
        }

        for (var j = 0; j < site.PointGroups.Count; j++)
        {
            foreach (var finding in CheckGroup(site.PointGroups[j], $"{path}/pointGroups/{j}", name))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> CheckGroup(PointGroup group, string path, string name)
    {
        if (group.Count < 1)
        {
            yield return Error("sites.invalid-points", path + "/count", $"{name}: a group of charging points holds 1 point or more.");
        }

        if (SiteOptions.CurrentProblem(group.Current) is { } wrongCurrent)
        {
            yield return Error("sites.invalid-current", path + "/current", $"{name}: {wrongCurrent}");
        }

        if (group.RatedKw is not { } kw || kw <= 0 || kw > MaxRatedKw)
        {
            yield return Error("sites.invalid-power", path + "/ratedKw", $"{name}: give each point's rated power in kW, above 0 and at most {MaxRatedKw:0}.");
        }
        else if (group.Current == "ac" && kw >= UnusualAcKw)
        {
            yield return Warning("sites.unusual-power", path + "/ratedKw", $"{name}: AC points of {kw:0.#} kW are unusual (AC charging stops at about 43 kW); check the power and the current.");
        }

        foreach (var code in group.Connectors)
        {
            if (Connectors.Of(code) is not { } connector)
            {
                yield return Error("sites.invalid-connector", path + "/connectors", $"{name}: {SiteOptions.ConnectorProblem(code)}");
            }
            else if (group.Current == "dc" && connector is Connector.Type2Socket or Connector.Type2Cable
                     || group.Current == "ac" && connector is Connector.Ccs2 or Connector.Chademo)
            {
                yield return Warning("sites.connector-current", path + "/connectors", $"{name}: a {code} connector does not fit {group.Current?.ToUpperInvariant()} points; check the connectors and the current.");
            }
        }
    }

    private static string Name(Site site) => string.IsNullOrWhiteSpace(site.Name) ? $"Site {site.Id}" : $"Site {site.Id} “{site.Name}”";

    private static Finding Error(string code, string path, string message) => new(code, FindingSeverity.Error, message, [], path);

    private static Finding Warning(string code, string path, string message) => new(code, FindingSeverity.Warning, message, [], path);
}
