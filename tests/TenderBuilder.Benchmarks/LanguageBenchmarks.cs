using BenchmarkDotNet.Attributes;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// The whole package of the largest example in each document language (budget: no language more
/// than 10 % slower than English). The translated catalogue is loaded once per process, like the
/// app does, so the setup loads it and the measured build only reads it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LanguageBenchmarks
{
    private static readonly DateOnly s_date = new(2026, 12, 7);
    private TenderInput _input = null!;
    private Catalogue _catalogue = null!;

    /// <summary>The document language.</summary>
    [Params("en", "nl-NL", "sv-SE", "de-DE")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueLoader.Default;
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        _input = input with { Tender = input.Tender with { Language = Language } };
        TenderPackageBuilder.Build(RulesEngine.Evaluate(_input, _catalogue, s_date));
    }

    /// <summary>Every document in every format, matrix, open data, manifest and ZIP, in the language.</summary>
    [Benchmark]
    public int WholePackage() => TenderPackageBuilder.Build(RulesEngine.Evaluate(_input, _catalogue, s_date)).Sum(e => e.Content.Length);
}
