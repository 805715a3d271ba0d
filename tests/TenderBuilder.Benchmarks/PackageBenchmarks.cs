using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Packaging;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Html;
using TenderBuilder.Documents.Writers.OpenData;
using TenderBuilder.Documents.Writers.Pdf;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// Each stage of building a tender package, on the largest worked example (the Utrecht-like
/// concession: the most clauses and the longest memo).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PackageBenchmarks
{
    private static readonly DateOnly s_date = new(2026, 11, 29);
    private TenderInput _input = null!;
    private Catalogue _catalogue = null!;
    private TenderPackage _package = null!;
    private ImmutableArray<Document> _documents;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueLoader.Default;
        _input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        _package = RulesEngine.Evaluate(_input, _catalogue, s_date);
        _documents = TenderDocuments.Compose(_package);
    }

    /// <summary>The rules over the full catalogue (budget: 1 ms).</summary>
    [Benchmark]
    public TenderPackage Rules() => RulesEngine.Evaluate(_input, _catalogue, s_date);

    /// <summary>
    /// What the wizard's live requirements panel will do after each answer: change one answer and
    /// evaluate again (budget: 100 ms server time).
    /// </summary>
    [Benchmark]
    public int PanelUpdateAfterOneAnswer()
    {
        var answers = new Dictionary<string, System.Text.Json.JsonElement>(_input.Answers, StringComparer.Ordinal)
        {
            ["v2g.readiness"] = System.Text.Json.JsonSerializer.SerializeToElement("scale"),
        };
        return RulesEngine.Evaluate(_input with { Answers = answers }, _catalogue, s_date).Clauses.Length;
    }

    /// <summary>The five documents from the package.</summary>
    [Benchmark]
    public ImmutableArray<Document> Compose() => TenderDocuments.Compose(_package);

    /// <summary>The five documents as Word files.</summary>
    [Benchmark]
    public int Docx() => _documents.Sum(d => DocxWriter.Write(d).Length);

    /// <summary>The five documents as PDF (pages per second = the pages of the five PDFs / this time).</summary>
    [Benchmark]
    public int Pdf() => _documents.Sum(d => PdfWriter.Write(d).Length);

    /// <summary>The five documents as HTML pages.</summary>
    [Benchmark]
    public int Html() => _documents.Sum(d => HtmlWriter.Write(d).Length);

    /// <summary>manifest.json.</summary>
    [Benchmark]
    public int Manifest() => PackageManifest.Write(_package).Length;

    /// <summary>The bidder compliance matrix.</summary>
    [Benchmark]
    public int Xlsx() => ComplianceMatrixWriter.Write(_package).Length;

    /// <summary>The whole package in memory: every document in every format, matrix, open data, manifest and ZIP (budget: 250 ms).</summary>
    [Benchmark]
    public int WholePackage() => TenderPackageBuilder.Build(RulesEngine.Evaluate(_input, _catalogue, s_date)).Sum(e => e.Content.Length);

    /// <summary>The OCDS release package.</summary>
    [Benchmark]
    public int Ocds() => OcdsReleasePackageWriter.Write(_package, []).Length;
}
