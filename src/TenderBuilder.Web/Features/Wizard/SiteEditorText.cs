using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// What the site and lot list editors and the CSV import say: the buttons' accessible names (each
/// names its site, so a screen reader user hears which one), the power class of a group, and the
/// outcome of an import. A site without an id is "this site": each such name is a text of its own,
/// as languages word "this site" differently by its place in the sentence.
/// </summary>
/// <param name="words">The interface's words for it, in the officer's language.</param>
internal sealed class SiteEditorText(IStringLocalizer<SiteEditorText> words)
{
    /// <summary>How a site is named in its heading: "S001 · Marktplein", or its id alone before it has a name.</summary>
    public string Heading(Site site) => string.IsNullOrWhiteSpace(site.Name) ? words["Heading", site.Id] : $"{site.Id} · {site.Name}";

    /// <summary>"Move site S002 up".</summary>
    public string MoveUp(Site site) => HasId(site) ? words["MoveUpSite", site.Id] : words["MoveUpThisSite"];

    /// <summary>"Move site S002 down".</summary>
    public string MoveDown(Site site) => HasId(site) ? words["MoveDownSite", site.Id] : words["MoveDownThisSite"];

    /// <summary>"Duplicate site S002".</summary>
    public string Duplicate(Site site) => HasId(site) ? words["DuplicateSite", site.Id] : words["DuplicateThisSite"];

    /// <summary>"Remove site S002".</summary>
    public string Remove(Site site) => HasId(site) ? words["RemoveSite", site.Id] : words["RemoveThisSite"];

    /// <summary>"Add charging points to site S002".</summary>
    public string AddGroup(Site site) => HasId(site) ? words["AddGroupSite", site.Id] : words["AddGroupThisSite"];

    /// <summary>"Points group 2 of site S002": how the fields of one group of points are named as a group.</summary>
    public string Group(Site site, int index) => HasId(site) ? words["GroupSite", index + 1, site.Id] : words["GroupThisSite", index + 1];

    /// <summary>"Remove points group 2 of site S002".</summary>
    public string RemoveGroup(Site site, int index) => HasId(site) ? words["RemoveGroupSite", index + 1, site.Id] : words["RemoveGroupThisSite", index + 1];

    /// <summary>"Remove lot 2".</summary>
    public string RemoveLot(Lot lot, int index) => words["RemoveLot", string.IsNullOrWhiteSpace(lot.Id) ? index + 1 : (object)lot.Id];

    /// <summary>The AFIR power class of a group in the vocabulary's words, or what is missing for one.</summary>
    public string PowerClass(PointGroup group) =>
        PowerClasses.Of(group.Current, group.RatedKw) is { } powerClass
            ? words["PowerClass", TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(powerClass)]
            : words["PowerClassMissing"];

    /// <summary>"Sites 21–40 of 500".</summary>
    public string Showing(int from, int to, int total) => words["Showing", from, to, total];

    /// <summary>What the list holds: "3 entries: 22 sites, 48 charging points".</summary>
    public string Totals(IReadOnlyList<Site> sites)
    {
        var totals = SiteTotals.Of(sites);
        return words["Totals", Entries(sites.Count), Sites(totals.Sites), ChargingPoints(totals.AllPoints)];
    }

    /// <summary>"Imported 21 sites (44 points) from “sites.csv”."</summary>
    public string Imported(SiteCsvResult result, string fileName) =>
        words["Imported", Sites(result.SiteCount), Points(result.PointCount), fileName];

    /// <summary>The heading of a refusal: which file, how many problems, and that nothing changed.</summary>
    public string Refused(SiteCsvResult result, string fileName) =>
        words["Refused", fileName, Problems(result.Problems.Length)];

    /// <summary>What the lots list means for the contract.</summary>
    public string Division(LotsInfo lots) => lots.IsDivided()
        ? words["Divided", lots.Items.Count]
        : words["NotDivided"];

    // A site without an id yet is "this site", which each language words in the sentence its own way.
    private static bool HasId(Site site) => !string.IsNullOrWhiteSpace(site.Id);

    // Counts: a text for one and a text for any other number, the number grouped as the culture groups it ("1 site", "1,200 sites").
    private string Entries(int n) => n == 1 ? words["EntryOne", n] : words["EntryMany", n];

    private string Sites(int n) => n == 1 ? words["SiteOne", n] : words["SiteMany", n];

    private string ChargingPoints(int n) => n == 1 ? words["ChargingPointOne", n] : words["ChargingPointMany", n];

    private string Points(int n) => n == 1 ? words["PointOne", n] : words["PointMany", n];

    private string Problems(int n) => n == 1 ? words["ProblemOne", n] : words["ProblemMany", n];
}
