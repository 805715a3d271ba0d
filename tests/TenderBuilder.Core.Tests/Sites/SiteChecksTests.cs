using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>
/// A site list a bidder could not price, or would read two ways, is an error naming the site and the
/// field; what is merely unusual is a warning. The path lets the wizard show it beside the field.
/// </summary>
public sealed class SiteChecksTests
{
    private static readonly DateOnly s_day = new(2026, 12, 6);

    private static readonly TenderInput s_twoLots = new()
    {
        Tender = new TenderMetadata { Lots = new LotsInfo { Items = [new Lot { Id = "1", Title = "AC" }, new Lot { Id = "2", Title = "DC" }] } },
    };

    private static readonly PointGroup s_ac = new() { Count = 2, Current = "ac", RatedKw = 11, Connectors = ["type2_socket"] };

    [Fact]
    public void A_well_formed_site_list_gives_no_finding()
    {
        var input = s_twoLots with { Sites = [Site("S1") with { Lot = "1" }, Site("S2") with { Lot = "2", PointGroups = [new PointGroup { Count = 1, Current = "dc", RatedKw = 150, Connectors = ["ccs2"] }] }] };

        Findings(input).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("duplicate id", "sites.invalid-id", "/sites/1/id", "Site id “S1” is used twice")]
    [InlineData("unknown lot", "sites.unknown-lot", "/sites/0/lot", "is in lot “9”, which is not one of the lots (1, 2)")]
    [InlineData("no lot", "sites.missing-lot", "/sites/0/lot", "is in no lot; the contract is divided")]
    [InlineData("zero power", "sites.invalid-power", "/sites/0/pointGroups/0/ratedKw", "give each point's rated power in kW")]
    [InlineData("no current", "sites.invalid-current", "/sites/0/pointGroups/0/current", "say whether the points are AC or DC")]
    [InlineData("unknown connector", "sites.invalid-connector", "/sites/0/pointGroups/0/connectors", "“schuko” is not a connector")]
    [InlineData("unknown type", "sites.invalid-type", "/sites/0/type", "“motorway” is not a site type")]
    [InlineData("half coordinates", "sites.invalid-coordinates", "/sites/0/longitude", "give both latitude and longitude")]
    [InlineData("no sites in group", "sites.invalid-count", "/sites/0/siteCount", "the number of sites must be 1 or more")]
    public void A_site_a_bidder_could_not_price_is_an_error_naming_the_site_and_its_field(string problem, string code, string path, string words)
    {
        var site = Site("S1") with { Lot = "1" };
        var sites = problem switch
        {
            "duplicate id" => [site, Site("S1") with { Lot = "2" }],
            "unknown lot" => [site with { Lot = "9" }],
            "no lot" => [site with { Lot = null }],
            "zero power" => [site with { PointGroups = [s_ac with { RatedKw = 0 }] }],
            "no current" => [site with { PointGroups = [s_ac with { Current = null }] }],
            "unknown connector" => [site with { PointGroups = [s_ac with { Connectors = ["schuko"] }] }],
            "unknown type" => [site with { Type = "motorway" }],
            "half coordinates" => [site with { Latitude = 52.09m }],
            "no sites in group" => [site with { SiteCount = 0 }],
            _ => new List<Site>(),
        };

        var finding = Findings(s_twoLots with { Sites = sites }).ShouldHaveSingleItem();

        (finding.Code, finding.Severity, finding.Path).ShouldBe((code, FindingSeverity.Error, path));
        finding.Message.ShouldContain(words);
        finding.Message.ShouldContain(problem == "duplicate id" ? "S1" : "Site S1 “Street S1”");
    }

    [Fact]
    public void Unusual_but_possible_sites_are_warnings_that_do_not_block_export()
    {
        var input = s_twoLots with
        {
            Sites =
            [
                Site("S1") with { Lot = "1", Address = null, Area = null },
                Site("S2") with { Lot = "1", PointGroups = [s_ac with { RatedKw = 60 }] },
                Site("S3") with { Lot = "2", PointGroups = [new PointGroup { Count = 1, Current = "dc", RatedKw = 50, Connectors = ["type2_socket"] }] },
                Site("S4") with { Lot = "2", PointGroups = [] },
            ],
        };

        Findings(input).Select(f => (f.Code, f.Severity)).ShouldBe(
        [
            ("sites.missing-location", FindingSeverity.Warning),
            ("sites.unusual-power", FindingSeverity.Warning),
            ("sites.connector-current", FindingSeverity.Warning),
            ("sites.site-without-points", FindingSeverity.Warning),
        ]);
    }

    [Fact]
    public void A_site_due_in_service_before_the_contract_starts_is_a_warning_naming_both_dates()
    {
        var input = s_twoLots with
        {
            Tender = s_twoLots.Tender with { Dates = new KeyDates { ContractStart = new DateOnly(2027, 6, 1) } },
            Sites =
            [
                Site("S1") with { Lot = "1", Commissioning = new DateOnly(2027, 4, 30) },
                Site("S2") with { Lot = "2", Commissioning = new DateOnly(2027, 6, 1) },
            ],
        };

        var finding = Findings(input).ShouldHaveSingleItem();
        (finding.Code, finding.Severity, finding.Path).ShouldBe(("sites.commissioning-before-start", FindingSeverity.Warning, "/sites/0/commissioning"));
        finding.Message.ShouldBe("Site S1 “Street S1” is due in service on 2027-04-30, before the contract starts on 2027-06-01; move the date or the start of the contract.");
    }

    [Fact]
    public void Lots_need_their_own_number_and_a_title_and_the_language_must_be_one_TenderBuilder_writes()
    {
        var input = new TenderInput
        {
            Tender = new TenderMetadata
            {
                Language = "fr-FR",
                Lots = new LotsInfo { Items = [new Lot { Id = "1", Title = "AC" }, new Lot { Id = "1", Title = " " }] },
            },
        };

        Findings(input).Select(f => (f.Code, f.Path)).ShouldBe(
        [
            ("input.unknown-language", "/tender/language"),
            ("lots.invalid-id", "/tender/lots/items/1/id"),
            ("lots.missing-title", "/tender/lots/items/1/title"),
        ]);
    }

    [Fact]
    public void Hostile_text_in_a_site_name_is_quoted_as_given_in_the_message()
    {
        var input = new TenderInput { Sites = [Site("S1") with { Name = "<script>alert(1)</script>", PointGroups = [s_ac with { RatedKw = null }] }] };

        Findings(input).ShouldHaveSingleItem().Message.ShouldContain("“<script>alert(1)</script>”");
    }

    private static List<Finding> Findings(TenderInput input) =>
        [.. RulesEngine.Evaluate(input, CatalogueLoader.Default, s_day).Findings.Where(f => f.Path is { } path
            && (path.StartsWith("/sites", StringComparison.Ordinal) || path.StartsWith("/tender/lots/items", StringComparison.Ordinal) || path == "/tender/language"))];

    private static Site Site(string id) => new()
    {
        Id = id,
        Name = "Street " + id,
        Address = "Street 1",
        Type = "on_street",
        Access = "public",
        PointGroups = [s_ac],
    };
}
