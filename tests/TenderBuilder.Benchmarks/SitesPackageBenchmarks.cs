using System.Globalization;
using BenchmarkDotNet.Attributes;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Packaging;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Pdf;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// A two-lot tender that lists 500 sites (the two-lots example with its sites replaced by 500
/// generated ones: 400 on-street AC sites in lot 1, 100 DC hubs in lot 2), so the scope section,
/// the sites annex of several dozen pages and the Sites sheet show their cost.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SitesPackageBenchmarks
{
    private const int SiteCount = 500;
    private static readonly DateOnly s_date = new(2026, 12, 6);
    private TenderInput _input = null!;
    private Catalogue _catalogue = null!;
    private TenderPackage _package = null!;
    private Document _specification = null!;

    /// <summary>The two-lots example with its sites replaced by 500 generated ones.</summary>
    public static TenderInput Input()
    {
        var example = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "two-lots-with-sites.yaml"))).Input;
        return example with { Sites = [.. Enumerable.Range(1, SiteCount).Select(Site)] };
    }

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueLoader.Default;
        _input = Input();
        _package = RulesEngine.Evaluate(_input, _catalogue, s_date);
        _specification = TenderDocuments.Compose(_package)[0];
    }

    /// <summary>The whole package in memory from the input: rules, every document in every format, matrix, open data, manifest, ZIP (budget: 300 ms median).</summary>
    [Benchmark]
    public int WholePackage() => TenderPackageBuilder.Build(RulesEngine.Evaluate(_input, _catalogue, s_date)).Sum(e => e.Content.Length);

    /// <summary>The technical specifications, with the sites annex, as PDF.</summary>
    [Benchmark]
    public int SpecificationPdf() => PdfWriter.Write(_specification).Length;

    /// <summary>The technical specifications, with the sites annex, as Word.</summary>
    [Benchmark]
    public int SpecificationDocx() => DocxWriter.Write(_specification).Length;

    /// <summary>The compliance matrix with its Sites sheet.</summary>
    [Benchmark]
    public int Xlsx() => ComplianceMatrixWriter.Write(_package).Length;

    private static Site Site(int n)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"S{n:0000}");
        var hub = n % 5 == 0;
        return new Site
        {
            Id = id,
            Name = hub ? $"Fast-charging hub {n}" : $"Residential street {n}",
            Address = string.Create(CultureInfo.InvariantCulture, $"Example street {n}, district {1 + (n % 12)}"),
            Type = hub ? "hub" : "on_street",
            Access = "public",
            SiteCount = 1,
            PointGroups = hub
                ? [new PointGroup { Count = 4, Current = "dc", RatedKw = 150, Connectors = ["ccs2"] }, new PointGroup { Count = 2, Current = "dc", RatedKw = 50, Connectors = ["ccs2"] }]
                : [new PointGroup { Count = 2, Current = "ac", RatedKw = 11, Connectors = ["type2_socket"] }],
            GridCapacityKva = hub ? 1000 : 25,
            // Every month from the contract start (2027-06-01) on, as a real roll-out is planned.
            Commissioning = new DateOnly(2027, 6, 1).AddMonths(1 + (n % 12)).AddDays(-1),
            Lot = hub ? "2" : "1",
        };
    }
}
