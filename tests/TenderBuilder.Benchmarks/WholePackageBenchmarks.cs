using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// The whole package as the products build it (issue 26's budgets: ≤ 100 ms median for the largest
/// example, ≤ 300 ms for 500 sites in two lots): the rules, every document in every format, the
/// matrix, the open data, the EU notice, the manifest and the ZIP — on every core, and on one for
/// comparison — under the garbage collector each product runs with: server GC for the web app
/// (ASP.NET Core's default), workstation GC with background collection for the command line
/// (.NET's default, which its project file keeps).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ProductGcConfig))]
public class WholePackageBenchmarks
{
    private static readonly DateOnly s_date = new(2026, 11, 29);
    private TenderInput _input = null!;
    private Catalogue _catalogue = null!;
    private EformsSdk _eforms = null!;

    /// <summary>The tender built.</summary>
    [Params("largest example", "500 sites, two lots")]
    public string Tender { get; set; } = "";

    /// <summary>How many files are written at once: every core, or one after another.</summary>
    [Params(0, 1)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueLoader.Default;
        _input = Tender == "largest example"
            ? TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input
            : SitesPackageBenchmarks.Input();
        _eforms = EformsSdkLocation.Load(new EformsOptions());
    }

    [Benchmark]
    public int WholePackage() =>
        TenderPackageBuilder.Build(RulesEngine.Evaluate(_input, _catalogue, s_date), eforms: _eforms, parallelism: Threads == 0 ? null : Threads).Sum(e => e.Content.Length);

    /// <summary>The two garbage collectors the products run with.</summary>
    private sealed class ProductGcConfig : ManualConfig
    {
        public ProductGcConfig()
        {
            AddJob(Job.Default.WithGcServer(true).WithGcConcurrent(true).WithId("web app (server GC)"));
            AddJob(Job.Default.WithGcServer(false).WithGcConcurrent(true).WithId("command line (workstation GC)"));
        }
    }
}
