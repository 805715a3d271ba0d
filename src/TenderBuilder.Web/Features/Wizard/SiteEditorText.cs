using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// What the site and lot list editors and the CSV import say: the buttons' accessible names (each
/// names its site, so a screen reader user hears which one), the power class of a group, and the
/// outcome of an import.
/// </summary>
internal static class SiteEditorText
{
    /// <summary>How a site is named in its heading: "S001 · Marktplein", or its id alone before it has a name.</summary>
    public static string Heading(Site site) => string.IsNullOrWhiteSpace(site.Name) ? $"Site {site.Id}" : $"{site.Id} · {site.Name}";

    /// <summary>The site as buttons name it: "site S001".</summary>
    public static string Site(Site site) => string.IsNullOrWhiteSpace(site.Id) ? "this site" : $"site {site.Id}";

    /// <summary>"Move site S002 up".</summary>
    public static string MoveUp(Site site) => $"Move {Site(site)} up";

    /// <summary>"Move site S002 down".</summary>
    public static string MoveDown(Site site) => $"Move {Site(site)} down";

    /// <summary>"Duplicate site S002".</summary>
    public static string Duplicate(Site site) => $"Duplicate {Site(site)}";

    /// <summary>"Remove site S002".</summary>
    public static string Remove(Site site) => $"Remove {Site(site)}";

    /// <summary>"Add charging points to site S002".</summary>
    public static string AddGroup(Site site) => $"Add charging points to {Site(site)}";

    /// <summary>"Remove points group 2 of site S002".</summary>
    public static string RemoveGroup(Site site, int index) => $"Remove points group {index + 1} of {Site(site)}";

    /// <summary>"Remove lot 2".</summary>
    public static string RemoveLot(Lot lot, int index) => string.IsNullOrWhiteSpace(lot.Id) ? $"Remove lot {index + 1}" : $"Remove lot {lot.Id}";

    /// <summary>The AFIR power class of a group in the vocabulary's words, or what is missing for one.</summary>
    public static string PowerClass(PointGroup group) =>
        PowerClasses.Of(group.Current, group.RatedKw) is { } powerClass
            ? "AFIR class: " + Vocabulary.English.Label(powerClass)
            : "AFIR class: give AC or DC and the power";

    /// <summary>"Sites 21–40 of 500".</summary>
    public static string Showing(int from, int to, int total) => $"Sites {from}–{to} of {total}";

    /// <summary>What the list holds: "3 entries: 22 sites, 48 charging points".</summary>
    public static string Totals(IReadOnlyList<Site> sites)
    {
        var totals = SiteTotals.Of(sites);
        return $"{Count(sites.Count, "entry", "entries")}: {Count(totals.Sites, "site", "sites")}, {Count(totals.AllPoints, "charging point", "charging points")}";
    }

    /// <summary>"Imported 21 sites (44 points) from “sites.csv”."</summary>
    public static string Imported(SiteCsvResult result, string fileName) =>
        $"Imported {Count(result.SiteCount, "site", "sites")} ({Count(result.PointCount, "point", "points")}) from “{fileName}”. The list below replaces the one you had.";

    /// <summary>The heading of a refusal: which file, how many problems, and that nothing changed.</summary>
    public static string Refused(SiteCsvResult result, string fileName) =>
        $"“{fileName}” was not imported: {Count(result.Problems.Length, "problem", "problems")} to fix. Your site list is unchanged.";

    /// <summary>What the lots list means for the contract.</summary>
    public static string Division(LotsInfo lots) => lots.IsDivided()
        ? $"The contract is divided into {lots.Items.Count} lots. Say for each site which lot it is in."
        : "With fewer than two lots the contract is not divided into lots; give your reasons below.";

    /// <summary>The note under a count worked out from the site list.</summary>
    public const string Derived = "Worked out from the site list. Change the sites to change it.";

    private static string Count(int n, string one, string many) => $"{n:N0} {(n == 1 ? one : many)}";
}
