using BenchmarkDotNet.Attributes;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Notices;
using TenderBuilder.Documents.Notices.Sdk;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// The EU notice of the largest worked example (the Utrecht-like concession, subtype 19): composing
/// it from the package, writing its XML by the SDK's definitions and checking it against the XSD
/// and the SDK's mandatory fields, with the SDK and the compiled schema loaded once (budget: 50 ms).
/// The schematron rules run in a separate processor and are not part of this figure.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class NoticeBenchmarks
{
    private static readonly DateOnly s_date = new(2026, 11, 29);
    private TenderPackage _package = null!;
    private EformsSdk _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        _package = RulesEngine.Evaluate(input, CatalogueLoader.Default, s_date);
        _sdk = EformsSdkLocation.Load(new EformsOptions());
        // The first notice reads the UBL schemas and compiles them; the app keeps them.
        EformsNotice.Build(_package, NoticeSubtype.ConcessionNotice, _sdk);
    }

    /// <summary>Compose, write and check one notice (XSD and mandatory fields).</summary>
    [Benchmark]
    public int GenerateAndValidate()
    {
        var notice = EformsNotice.Build(_package, NoticeSubtype.ConcessionNotice, _sdk);
        return notice.SchemaProblems.Count + notice.Missing.Count + notice.Text().Length;
    }
}
