using System.Globalization;
using System.Text;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Text;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// Writes sites in the layout <see cref="SiteCsvReader"/> reads: the blank template an officer fills
/// in, and a draft's sites to edit in a spreadsheet and import again. Semicolons and decimal commas,
/// because that is what a spreadsheet in most EU countries opens without asking; text a spreadsheet
/// would take for a formula is neutralised (<see cref="SpreadsheetFormulas"/>).
/// </summary>
public static class SiteCsvWriter
{
    /// <summary>The separator written.</summary>
    public const char Separator = ';';

    /// <summary>The media type of the files.</summary>
    public const string MediaType = "text/csv; charset=utf-8";

    /// <summary>The two rows the template shows: a hub with fast DC points and a group of alike on-street sites.</summary>
    public static IReadOnlyList<Site> TemplateSites { get; } =
    [
        new Site
        {
            Id = "S001", Name = "Marktplein hub", Address = "Marktplein 1, 3511 AB Utrecht", Latitude = 52.0907m, Longitude = 5.1214m,
            Type = "hub", Access = "public", SiteCount = 1, GridCapacityKva = 630m, Commissioning = new DateOnly(2027, 3, 1),
            PointGroups = [new PointGroup { Count = 4, Current = "dc", RatedKw = 150m, Connectors = ["ccs2"] }],
        },
        new Site
        {
            Id = "S002", Name = "On-street north", Area = "Utrecht, Noordoost", Type = "on_street", Access = "public", SiteCount = 20,
            GridCapacityKva = 17.3m, Commissioning = new DateOnly(2027, 6, 1),
            PointGroups = [new PointGroup { Count = 2, Current = "ac", RatedKw = 11.5m, Connectors = ["type2_socket"] }],
        },
    ];

    /// <summary>The template: the header and two illustrative rows.</summary>
    public static string Template() => Write(TemplateSites);

    /// <summary>
    /// The sites, one row per point group (a site without points has one row with its group columns
    /// empty); a site's further rows leave its site columns empty.
    /// </summary>
    public static string Write(IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var csv = new StringBuilder();
        Line(csv, SiteCsvLayout.Columns);
        foreach (var site in sites)
        {
            var groups = site.PointGroups.Count == 0 ? [null] : site.PointGroups.Cast<PointGroup?>().ToList();
            for (var i = 0; i < groups.Count; i++)
            {
                Line(csv, Cells(site, groups[i], first: i == 0));
            }
        }

        return csv.ToString();
    }

    /// <summary>The text as file bytes: UTF-8 with a byte-order mark, so Excel reads accented names right.</summary>
    public static byte[] Bytes(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
    }

    private static string[] Cells(Site site, PointGroup? group, bool first)
    {
        var siteCells = first
            ? new[]
            {
                Text(site.Name), Text(site.Address), Text(site.Area), Number(site.Latitude), Number(site.Longitude), Text(site.Type),
                Text(site.Access), site.SiteCount.ToString(CultureInfo.InvariantCulture), Text(site.Lot), Number(site.GridCapacityKva),
                site.Commissioning?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            }
            : [.. SiteCsvLayout.SiteColumns.Select(_ => "")];
        var groupCells = group is null
            ? ["", "", "", ""]
            : new[]
            {
                group.Count.ToString(CultureInfo.InvariantCulture), Text(group.Current), Number(group.RatedKw),
                string.Join(SiteCsvLayout.ConnectorSeparator, group.Connectors),
            };
        return [Text(site.Id), .. siteCells, .. groupCells];
    }

    private static string Text(string? value) => SpreadsheetFormulas.Neutralise(value);

    // Numbers are TenderBuilder's own, never text typed by someone, so a negative longitude stays a number.
    private static string Number(decimal? value) => value is { } number ? LocalNumber.Format(number) : "";

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.AppendJoin(Separator, cells.Select(c => CsvRecords.Field(c, Separator))).Append("\r\n");
}
