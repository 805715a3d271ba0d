using System.Globalization;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// The sites annex of the technical specifications: one table row per site entry, with everything
/// a bidder prices a site from. A draft without sites gets no annex; its scope section says the
/// quantities are totals, so nobody looks for a missing list.
/// </summary>
internal static class SitesAnnex
{
    private const string SiteTypesQuestion = "sites.site_types";
    private const string AccessQuestion = "sites.access";

    public static void Write(BlockBuilder blocks, TenderPackage package, ScopeWords words)
    {
        if (package.Sites.IsEmpty)
        {
            return;
        }

        var culture = DocumentTerms.Culture(package.Language);
        blocks.Heading(1, words.AnnexHeading);
        blocks.Paragraph(string.Format(
            culture, FramedText.Render(words.AnnexIntro, package.Framing.Regime, package.Language), package.Sites.Length, package.Sites.Sum(s => Math.Max(s.SiteCount, 0))));

        // Access goes in the type column only when the sites differ in it; otherwise one sentence
        // says it, and the column keeps its room for the type.
        var accesses = package.Sites.Select(s => s.Access).Distinct(StringComparer.Ordinal).ToList();
        var sameAccess = accesses.Count == 1 ? accesses[0] : null;
        if (sameAccess is not null)
        {
            blocks.Paragraph(string.Format(CultureInfo.InvariantCulture, words.AllSitesAccess, Label(package.Answers, AccessQuestion, sameAccess)));
        }

        if (!package.Tender.Lots.IsDivided())
        {
            Table(blocks, words.AnnexCaption, package.Sites.ToList(), package.Answers, words, sameAccess is null, package.Language);
            return;
        }

        // One table per lot: a bidder for one lot reads only its own, and the table needs no lot column.
        var ids = package.Tender.Lots.Items.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var lot in package.Tender.Lots.Items)
        {
            var sites = package.Sites.Where(s => s.Lot == lot.Id).ToList();
            if (sites.Count == 0)
            {
                continue;
            }

            var title = string.Format(CultureInfo.InvariantCulture, words.LotLine, lot.Id, lot.Title);
            blocks.Heading(2, title);
            Table(blocks, string.Format(CultureInfo.InvariantCulture, words.AnnexLotCaption, lot.Id), sites, package.Answers, words, sameAccess is null, package.Language);
        }

        var unassigned = package.Sites.Where(s => s.Lot is null || !ids.Contains(s.Lot)).ToList();
        if (unassigned.Count > 0)
        {
            blocks.Heading(2, words.NoLotColumn);
            Table(blocks, $"{words.AnnexCaption}: {words.NoLotColumn}", unassigned, package.Answers, words, sameAccess is null, package.Language);
        }
    }

    private static void Table(BlockBuilder blocks, string caption, IReadOnlyCollection<Site> sites, AnswerSet answers, ScopeWords words, bool withAccess, string? language)
    {
        // A type shared by every site of the table is said once above it rather than in every
        // row: the name and place get its room, and a row takes fewer lines.
        var types = sites.Select(s => s.Type).Distinct(StringComparer.Ordinal).ToList();
        var withType = withAccess || types.Count > 1;
        if (!withType && types[0] is { } type)
        {
            blocks.Paragraph(string.Format(CultureInfo.InvariantCulture, words.AllSitesType, Label(answers, SiteTypesQuestion, type)));
        }

        var headers = words.AnnexColumns;
        // Shares in points of an A4 text width: ids, counts and dates keep to one line in Word's
        // wider cell margins too; the name and place wrap.
        var columns = new List<Column> { new(70), new(withType ? 84 : 146) };
        var header = new List<string> { headers[0], headers[1] };
        if (withType)
        {
            columns.Add(new(62));
            header.Add(headers[2]);
        }

        columns.AddRange([new(44, Alignment.Right), new(84), new(46, Alignment.Right), new(84)]);
        header.AddRange(headers.Skip(3));
        var rows = sites.Select(site =>
        {
            var place = Place(site);
            var row = new List<string> { site.Id, string.IsNullOrWhiteSpace(place) ? site.Name : $"{site.Name}\n{place}" };
            if (withType)
            {
                row.Add(Kind(site, answers, withAccess));
            }

            row.Add(ScopeSection.Count(Math.Max(site.SiteCount, 0)));
            row.Add(Points(site, language));
            row.Add(site.GridCapacityKva is { } kva ? kva.ToString("0.##", DocumentTerms.Culture(language)) : "");
            row.Add(site.Commissioning is { } date ? Core.Words.ValueText.Date(date, language) : "");
            return row.ToArray();
        });

        blocks.TableWithLines(caption, [.. columns], [.. header], rows);
    }

    /// <summary>The address, else the area, else nothing.</summary>
    public static string Place(Site site) =>
        !string.IsNullOrWhiteSpace(site.Address) ? site.Address.Trim() : site.Area?.Trim() ?? "";

    /// <summary>"On-street charging, …; Publicly accessible": the type and access as the questionnaire words them.</summary>
    public static string Kind(Site site, AnswerSet answers, bool withAccess = true)
    {
        var parts = new List<string>();
        if (site.Type is { } type)
        {
            parts.Add(Label(answers, SiteTypesQuestion, type));
        }

        if (withAccess && site.Access is { } access)
        {
            parts.Add(Label(answers, AccessQuestion, access));
        }

        return string.Join("; ", parts);
    }

    /// <summary>One line per point group: "2 × AC 11 kW, Type 2 socket" (the power class is in the scope's table).</summary>
    public static string Points(Site site, string? language = null) => string.Join("\n", site.PointGroups.Select(group => PointGroup(group, language)));

    /// <summary>One point group in words, its power in the document language's culture.</summary>
    public static string PointGroup(PointGroup group, string? language = null)
    {
        var connectors = group.Connectors
            .Select(code => Connectors.Of(code) is { } connector ? DocumentTerms.Of(language).Label(connector) : code)
            .ToList();
        var kw = group.RatedKw?.ToString("0.##", DocumentTerms.Culture(language)) ?? "?";
        var text = $"{ScopeSection.Count(group.Count)} × {group.Current?.ToUpperInvariant() ?? "?"} {kw} kW";
        return connectors.Count == 0 ? text : $"{text}, {string.Join(", ", connectors)}";
    }

    // The questionnaire's short wording of an option: a table cell has no room for the help the
    // wizard shows beside it.
    internal static string Label(AnswerSet answers, string question, string value)
    {
        if (!answers.Has(question))
        {
            return value;
        }

        return ScopeSection.ShortLabel(answers.Question(question).OptionLabel(value))!;
    }
}
