using System.Text;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>The template and a draft's sites as CSV: what Excel opens right, and what the reader reads back unchanged.</summary>
public sealed class SiteCsvWriterTests
{
    private static readonly SiteOptions s_options = SiteOptions.From(CatalogueLoader.Default.Questionnaire);

    [Fact]
    public void The_template_is_the_header_and_two_rows_with_semicolons_and_a_byte_order_mark()
    {
        var bytes = SiteCsvWriter.Bytes(SiteCsvWriter.Template());
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());

        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldBe("site_id;name;address;area;latitude;longitude;site_type;access;site_count;lot;grid_capacity_kva;commissioning;points;current;rated_kw;connectors");
        lines[2].ShouldContain(";11,5;");
    }

    [Fact]
    public void The_template_reads_back_as_its_two_sites()
    {
        var result = SiteCsvReader.Read(SiteCsvWriter.Bytes(SiteCsvWriter.Template()), s_options);

        result.Problems.ShouldBeEmpty();
        result.Sites.ShouldBe(SiteCsvWriter.TemplateSites, new SiteComparer());
    }

    [Fact]
    public void A_draft_s_sites_round_trip_through_the_writer_and_the_reader()
    {
        Site[] sites =
        [
            new()
            {
                Id = "S001", Name = "Hub; \"north\"", Address = "Line one\nLine two", Latitude = 41.15m, Longitude = -8.61m, Type = "hub", Access = "public",
                SiteCount = 1, Lot = "1", GridCapacityKva = 2400.5m, Commissioning = new DateOnly(2027, 3, 1),
                PointGroups =
                [
                    new PointGroup { Count = 4, Current = "dc", RatedKw = 150m, Connectors = ["ccs2", "chademo"] },
                    new PointGroup { Count = 8, Current = "ac", RatedKw = 11.5m, Connectors = [] },
                ],
            },
            new() { Id = "S002", Name = "Empty yet", SiteCount = 3 },
        ];

        var result = SiteCsvReader.Read(SiteCsvWriter.Bytes(SiteCsvWriter.Write(sites)), s_options);

        result.Problems.ShouldBeEmpty();
        result.Sites.ShouldBe(sites, new SiteComparer());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+31 30 123")]
    [InlineData("-north")]
    [InlineData("@SUM(A1)")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_reads_back_as_typed(string name)
    {
        Site[] sites = [new() { Id = "S1", Name = name, Longitude = -8.61m, Latitude = 41.1m }];

        var csv = SiteCsvWriter.Write(sites);

        var cells = csv.Split("\r\n")[1];
        cells.ShouldContain("'" + name[0]);
        cells.ShouldContain(";-8,61;");
        SiteCsvReader.Read(csv, s_options).Sites.ShouldHaveSingleItem().Name.ShouldBe(name);
    }

    // Sites hold lists, which records compare by reference.
    private sealed class SiteComparer : IEqualityComparer<Site>
    {
        public bool Equals(Site? x, Site? y) => x is not null && y is not null
            && x with { PointGroups = [] } == y with { PointGroups = [] }
            && x.PointGroups.Count == y.PointGroups.Count
            && x.PointGroups.Zip(y.PointGroups).All(p => p.First with { Connectors = [] } == p.Second with { Connectors = [] }
                && p.First.Connectors.SequenceEqual(p.Second.Connectors));

        public int GetHashCode(Site obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
