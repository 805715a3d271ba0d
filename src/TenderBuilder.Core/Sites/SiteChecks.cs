using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;

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
        var language = DocumentLanguages.Of(input.Tender);
        var say = new Say(language);
        if (!string.IsNullOrEmpty(input.Tender.Language) && !DocumentLanguages.IsKnown(input.Tender.Language))
        {
            // A tag the engine does not write reads the messages in English (WordTables.Load).
            yield return Error("input.unknown-language", "/tender/language",
                say.Message(say.Words.InputUnknownLanguage, input.Tender.Language, string.Join(", ", DocumentLanguages.All)));
        }

        foreach (var finding in CheckLots(input.Tender.Lots, say))
        {
            yield return finding;
        }

        if (input.Sites.Count > MaxSites)
        {
            yield return Error("sites.too-many", "/sites",
                say.Message(say.Words.SitesTooMany, say.Number(input.Sites.Count, "N0"), say.Number(MaxSites, "N0")));
            yield break;
        }

        var lotIds = input.Tender.Lots.Items.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var divided = input.Tender.Lots.IsDivided();
        var options = SiteOptions.From(id => answers.Has(id) ? answers.Question(id) : null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Sites.Count; i++)
        {
            foreach (var finding in CheckSite(input.Sites[i], $"/sites/{i}", seen, lotIds, divided, options, say))
            {
                yield return finding;
            }

            if (CheckCommissioning(input.Sites[i], $"/sites/{i}", input.Tender.Dates.ContractStart, say) is { } early)
            {
                yield return early;
            }
        }
    }

    // A site due in service before the contract starts cannot be met: bidders price the risk or
    // ask, and a reviewing lawyer reads it as a defect of the documents.
    private static Finding? CheckCommissioning(Site site, string path, DateOnly? contractStart, Say say) =>
        site.Commissioning is { } due && contractStart is { } start && due < start
            ? Warning("sites.commissioning-before-start", path + "/commissioning",
                say.Message(say.Words.SitesCommissioningBeforeStart, Name(site, say), say.Date(due), say.Date(start)))
            : null;

    private static IEnumerable<Finding> CheckLots(LotsInfo lots, Say say)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lots.Items.Count; i++)
        {
            var lot = lots.Items[i];
            var path = $"/tender/lots/items/{i}";
            if (string.IsNullOrWhiteSpace(lot.Id) || !seen.Add(lot.Id.Trim()))
            {
                yield return Error("lots.invalid-id", path + "/id", string.IsNullOrWhiteSpace(lot.Id)
                    ? say.Message(say.Words.LotsInvalidIdMissing, say.Number(i + 1, "0"))
                    : say.Message(say.Words.LotsInvalidIdTwice, lot.Id));
            }

            if (string.IsNullOrWhiteSpace(lot.Title))
            {
                yield return Error("lots.missing-title", path + "/title", say.Message(say.Words.LotsMissingTitle, lot.Id));
            }

            if (lot.EstimatedValue is < 0)
            {
                yield return Error("lots.invalid-value", path + "/estimatedValue", say.Message(say.Words.LotsInvalidValue, lot.Id));
            }
        }
    }

    private static IEnumerable<Finding> CheckSite(
        Site site, string path, HashSet<string> seen, HashSet<string> lotIds, bool divided, SiteOptions options, Say say)
    {
        var name = Name(site, say);
        if (string.IsNullOrWhiteSpace(site.Id))
        {
            yield return Error("sites.invalid-id", path + "/id", say.Message(say.Words.SitesInvalidIdMissing, site.Name));
        }
        else if (!seen.Add(site.Id))
        {
            yield return Error("sites.invalid-id", path + "/id", say.Message(say.Words.SitesInvalidIdTwice, site.Id));
        }

        if (string.IsNullOrWhiteSpace(site.Name))
        {
            yield return Error("sites.missing-name", path + "/name", say.Message(say.Words.SitesMissingName, site.Id));
        }

        if (string.IsNullOrWhiteSpace(site.Address) && string.IsNullOrWhiteSpace(site.Area))
        {
            yield return Warning("sites.missing-location", path + "/address", say.Message(say.Words.SitesMissingLocation, name));
        }

        if (site.SiteCount < 1)
        {
            yield return Error("sites.invalid-count", path + "/siteCount", say.Message(say.Words.SitesInvalidCount, name));
        }

        if ((site.Latitude is null) != (site.Longitude is null))
        {
            yield return Error("sites.invalid-coordinates", path + (site.Latitude is null ? "/latitude" : "/longitude"), say.Message(say.Words.SitesInvalidCoordinatesHalf, name));
        }
        else if (site.Latitude is < -90 or > 90 || site.Longitude is < -180 or > 180)
        {
            yield return Error("sites.invalid-coordinates", path + "/latitude", say.Message(say.Words.SitesInvalidCoordinatesRange, name));
        }

        if (site.Type is { } type && options.TypeProblem(type) is not null)
        {
            yield return Error("sites.invalid-type", path + "/type", say.Message(say.Words.SitesInvalidType, name, type, string.Join(", ", options.Types)));
        }

        if (site.Access is { } who && options.AccessProblem(who) is not null)
        {
            yield return Error("sites.invalid-access", path + "/access", say.Message(say.Words.SitesInvalidAccess, name, who, string.Join(", ", options.Access)));
        }

        if (site.GridCapacityKva is < 0)
        {
            yield return Error("sites.invalid-grid-capacity", path + "/gridCapacityKva", say.Message(say.Words.SitesInvalidGridCapacity, name));
        }

        if (site.Lot is { } lot && !lotIds.Contains(lot))
        {
            yield return Error("sites.unknown-lot", path + "/lot", lotIds.Count == 0
                ? say.Message(say.Words.SitesUnknownLotNoLots, name, lot)
                : say.Message(say.Words.SitesUnknownLot, name, lot, string.Join(", ", lotIds)));
        }
        else if (site.Lot is null && divided)
        {
            yield return Error("sites.missing-lot", path + "/lot", say.Message(say.Words.SitesMissingLot, name));
        }

        if (site.PointGroups.Count == 0)
        {
            yield return Warning("sites.site-without-points", path + "/pointGroups", say.Message(say.Words.SitesSiteWithoutPoints, name));
        }

        for (var j = 0; j < site.PointGroups.Count; j++)
        {
            foreach (var finding in CheckGroup(site.PointGroups[j], $"{path}/pointGroups/{j}", name, say))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> CheckGroup(PointGroup group, string path, string name, Say say)
    {
        if (group.Count < 1)
        {
            yield return Error("sites.invalid-points", path + "/count", say.Message(say.Words.SitesInvalidPoints, name));
        }

        if (SiteOptions.CurrentProblem(group.Current) is not null)
        {
            yield return Error("sites.invalid-current", path + "/current", say.Message(say.Words.SitesInvalidCurrent, name));
        }

        if (group.RatedKw is not { } kw || kw <= 0 || kw > MaxRatedKw)
        {
            yield return Error("sites.invalid-power", path + "/ratedKw", say.Message(say.Words.SitesInvalidPower, name, say.Number(MaxRatedKw, "0")));
        }
        else if (group.Current == "ac" && kw >= UnusualAcKw)
        {
            yield return Warning("sites.unusual-power", path + "/ratedKw", say.Message(say.Words.SitesUnusualPower, name, say.Number(kw, "0.#")));
        }

        foreach (var code in group.Connectors)
        {
            if (Connectors.Of(code) is not { } connector)
            {
                yield return Error("sites.invalid-connector", path + "/connectors", say.Message(say.Words.SitesInvalidConnector, name, code, string.Join(", ", Connectors.Codes)));
            }
            else if (group.Current == "dc" && connector is Connector.Type2Socket or Connector.Type2Cable
                     || group.Current == "ac" && connector is Connector.Ccs2 or Connector.Chademo)
            {
                yield return Warning("sites.connector-current", path + "/connectors", say.Message(say.Words.SitesConnectorCurrent, name, code, group.Current?.ToUpperInvariant()));
            }
        }
    }

    private static string Name(Site site, Say say) => string.IsNullOrWhiteSpace(site.Name)
        ? say.Message(say.Words.SiteName, site.Id)
        : say.Message(say.Words.SiteNameNamed, site.Id, site.Name);

    private static Finding Error(string code, string path, string message) => new(code, FindingSeverity.Error, message, [], path);

    private static Finding Warning(string code, string path, string message) => new(code, FindingSeverity.Warning, message, [], path);
}
