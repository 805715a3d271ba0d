using System.Text.Json.Nodes;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.OpenData;

namespace TenderBuilder.Documents.Tests.Writers.OpenData;

public sealed class OcdsReleasePackageWriterTests
{
    private static readonly PackageFile[] s_files =
    [
        new("technical-specifications.pdf", "application/pdf", "Technical specifications and requirements", "bidders"),
        new("selection-and-award-criteria.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Selection and award criteria", "bidders"),
        new("explanatory-memo.pdf", "application/pdf", "Explanatory memo for the authority", "authority"),
    ];

    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Every_example_is_a_valid_OCDS_release_package_with_the_lots_extension(string file)
    {
        var json = OcdsReleasePackageWriter.Write(Examples.Package(file), s_files, new OcdsOptions("ocds-abc123"));

        var errors = (await OcdsSchema.PackageAsync()).Validate(json);

        errors.Select(e => e.ToString()).ShouldBeEmpty();
        var package = JsonNode.Parse(json)!;
        package["extensions"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe([OcdsReleasePackageWriter.LotsExtension]);
        package["releases"]![0]!["ocid"]!.GetValue<string>().ShouldStartWith("ocds-abc123-");
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Closed_codelist_values_come_from_the_official_codelists(string file)
    {
        var release = JsonNode.Parse(OcdsReleasePackageWriter.Write(Examples.Package(file), s_files))!["releases"]![0]!;
        var tender = release["tender"]!;

        release["tag"]!.AsArray().ShouldAllBe(t => OcdsSchema.Codes("releaseTag").Contains(t!.GetValue<string>()));
        OcdsSchema.Codes("initiationType").ShouldContain(release["initiationType"]!.GetValue<string>());
        release["parties"]![0]!["roles"]!.AsArray().ShouldAllBe(r => OcdsSchema.Codes("partyRole").Contains(r!.GetValue<string>()));
        OcdsSchema.Codes("tenderStatus").ShouldContain(tender["status"]!.GetValue<string>());
        // A permit is not procured: no procurement method, award criteria or value to publish.
        string?[] optional = [tender["procurementMethod"]?.GetValue<string>(), tender["awardCriteria"]?.GetValue<string>(), tender["value"]?["currency"]?.GetValue<string>()];
        if (Examples.Package(file).Framing.Regime != Core.Framing.LegalRegime.Permit)
        {
            optional.ShouldAllBe(value => value != null);
        }

        optional[0]?.ShouldBeOneOf([.. OcdsSchema.Codes("method")]);
        optional[1]?.ShouldBeOneOf([.. OcdsSchema.Codes("awardCriteria")]);
        optional[2]?.ShouldBeOneOf([.. OcdsSchema.Codes("currency")]);
        OcdsSchema.Codes("procurementCategory").ShouldContain(tender["mainProcurementCategory"]!.GetValue<string>());
        OcdsSchema.Codes("itemClassificationScheme").ShouldContain(tender["items"]![0]!["classification"]!["scheme"]!.GetValue<string>());
        tender["submissionMethod"]!.AsArray().ShouldAllBe(m => OcdsSchema.Codes("submissionMethod").Contains(m!.GetValue<string>()));
        tender["documents"]!.AsArray().ShouldAllBe(d => OcdsSchema.Codes("documentType").Contains(d!["documentType"]!.GetValue<string>()));
    }

    [Fact]
    public void The_tender_carries_its_CPV_classification_value_periods_with_the_contract_end_award_criteria_and_only_bidder_documents()
    {
        var tender = JsonNode.Parse(OcdsReleasePackageWriter.Write(Examples.Package("utrecht-like-concession.yaml"), s_files))!["releases"]![0]!["tender"]!;

        tender["items"]![0]!["classification"]!["id"]!.GetValue<string>().ShouldBe("31681500");
        tender["value"]!["amount"]!.GetValue<decimal>().ShouldBe(42_000_000m);
        tender["tenderPeriod"]!["endDate"]!.GetValue<string>().ShouldBe("2026-03-16T00:00:00Z");
        // Ten years from 1 July 2026: the last day is 30 June 2036.
        tender["contractPeriod"]!["startDate"]!.GetValue<string>().ShouldBe("2026-07-01T00:00:00Z");
        tender["contractPeriod"]!["endDate"]!.GetValue<string>().ShouldBe("2036-06-30T00:00:00Z");
        tender["contractPeriod"]!["durationInDays"]!.GetValue<int>().ShouldBe(3653);
        tender["awardCriteria"]!.GetValue<string>().ShouldBe("ratedCriteria");
        tender["awardCriteriaDetails"]!.GetValue<string>().ShouldContain("Concession fee: 10 %");
        tender["documents"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ShouldBe(["technical-specifications.pdf", "selection-and-award-criteria.docx"]);
    }

    [Fact]
    public void Lots_are_published_through_the_lots_extension()
    {
        var package = Examples.Package("regional-framework-lots.yaml");

        var lots = JsonNode.Parse(OcdsReleasePackageWriter.Write(package, s_files))!["releases"]![0]!["tender"]!["lots"]!.AsArray();

        lots.Select(l => l!["id"]!.GetValue<string>()).ShouldBe(package.Tender.Lots.Items.Select(l => l.Id));
    }

    [Fact]
    public async Task A_release_without_its_ocid_is_rejected()
    {
        var package = JsonNode.Parse(OcdsReleasePackageWriter.Write(Examples.Package("regional-framework-lots.yaml"), s_files))!;
        package["releases"]![0]!.AsObject().Remove("ocid");

        var errors = (await OcdsSchema.PackageAsync()).Validate(package.ToJsonString()).Select(e => e.ToString()).ToList();

        string.Join("\n", errors).ShouldContain("ocid");
    }

    [Fact]
    public async Task A_lot_whose_value_is_not_an_amount_is_rejected_because_the_extension_is_merged()
    {
        var package = JsonNode.Parse(OcdsReleasePackageWriter.Write(Examples.Package("regional-framework-lots.yaml"), s_files))!;
        package["releases"]![0]!["tender"]!["lots"]![0]!["value"] = "a lot of money";

        var errors = (await OcdsSchema.PackageAsync()).Validate(package.ToJsonString()).Select(e => e.ToString()).ToList();

        errors.ShouldNotBeEmpty();
        string.Join("\n", errors).ShouldContain("lots");
    }

    [Fact]
    public async Task A_tender_with_sites_publishes_one_item_per_power_class_and_lot_with_its_quantity_and_lot()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "two-lots-with-sites.yaml"))).Input;
        var json = OcdsReleasePackageWriter.Write(Examples.Package("two-lots-with-sites.yaml"), s_files);

        (await OcdsSchema.PackageAsync()).Validate(json).Select(e => e.ToString()).ShouldBeEmpty();
        var tender = JsonNode.Parse(json)!["releases"]![0]!["tender"]!;
        var lots = tender["lots"]!.AsArray();
        lots.Select(l => (l!["id"]!.GetValue<string>(), l["title"]!.GetValue<string>(), l["value"]!["amount"]!.GetValue<decimal>()))
            .ShouldBe(input.Tender.Lots.Items.Select(l => (l.Id, l.Title, l.EstimatedValue!.Value)));
        lots.ShouldAllBe(l => l!["description"] != null && l["value"]!["currency"]!.GetValue<string>() == "EUR");

        var items = tender["items"]!.AsArray().Select(i => i!).ToList();
        var byId = items.ToDictionary(i => i["id"]!.GetValue<string>(), i => (Lot: i["relatedLot"]!.GetValue<string>(), Quantity: i["quantity"]!.GetValue<int>()));
        // Counted here from the example: lot 1 has 2 x 11 kW AC at 130 street sites, 12 x 22 kW and 6 x 11 kW AC in two car parks;
        // lot 2 has DC points of 50 and 100 kW (6) and of 150 and 300 kW (10).
        int Points(string lot, Func<PointGroup, bool> match) =>
            input.Sites.Where(s => s.Lot == lot).Sum(s => s.SiteCount * s.PointGroups.Where(match).Sum(g => g.Count));
        byId.ShouldBe(new Dictionary<string, (string, int)>
        {
            ["lot-1-ac_7_4_22"] = ("1", Points("1", g => g.Current == "ac" && g.RatedKw is >= 7.4m and <= 22m)),
            ["lot-2-dc_50_150"] = ("2", Points("2", g => g.Current == "dc" && g.RatedKw is >= 50m and < 150m)),
            ["lot-2-dc_150_350"] = ("2", Points("2", g => g.Current == "dc" && g.RatedKw is >= 150m and < 350m)),
        }, ignoreOrder: true);
        byId.Values.Sum(v => v.Quantity).ShouldBe(input.Sites.Sum(s => s.SiteCount * s.PointGroups.Sum(g => g.Count)));
        items.ShouldAllBe(i => i["unit"]!["name"]!.GetValue<string>() == "charging point"
            && i["classification"]!["scheme"]!.GetValue<string>() == "CPV"
            && i["classification"]!["id"]!.GetValue<string>() == "31681500");
    }

    [Fact]
    public void A_tender_with_totals_only_publishes_one_item_per_power_class_it_counts()
    {
        var tender = JsonNode.Parse(OcdsReleasePackageWriter.Write(Examples.Package("utrecht-like-concession.yaml"), s_files))!["releases"]![0]!["tender"]!;

        var items = tender["items"]!.AsArray().ToDictionary(i => i!["id"]!.GetValue<string>(), i => i!["quantity"]!.GetValue<int>());
        // The example answers 1,800 AC points of 7.4-22 kW and 24 DC points of 50-150 kW, among others.
        items["ac_7_4_22"].ShouldBe(1800);
        items["dc_50_150"].ShouldBe(24);
        items.Values.ShouldAllBe(q => q > 0);
        tender["items"]!.AsArray().ShouldAllBe(i => i!["relatedLot"] == null);
    }
}
