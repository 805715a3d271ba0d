using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Pdf;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// A document with one 2,000-row table: far beyond any real tender (the largest example's longest
/// table has a few dozen rows), so the writers' cost per row shows.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LargeTableBenchmarks
{
    private Document _document = null!;

    [GlobalSetup]
    public void Setup() => _document = new Document(
        new DocumentMetadata
        {
            Title = "Acceptance-test annex",
            TenderTitle = "A tender with a very long table",
            Reference = "BENCH-1",
            Authority = "Benchmark City",
            Date = new DateOnly(2026, 11, 29),
            CatalogVersion = "2026.11.0",
            Audience = Audience.Bidders,
            FileName = "acceptance-test-annex",
            Subject = "EV charging tender",
            Keywords = ["EV charging"],
        },
        [
            new Heading(1, Inlines.Of("1 Acceptance tests"), "tests"),
            new Table(
                [new Column(1, Alignment.Right), new Column(4), new Column(2, Alignment.Center)],
                [[Inlines.Of("No."), Inlines.Of("Requirement"), Inlines.Of("Verification")]],
                [.. Enumerable.Range(1, 2_000).Select(i => ImmutableArray.Create(
                    Inlines.Of(i.ToString(CultureInfo.InvariantCulture)),
                    Inlines.Of($"Requirement {i}: the operator shows the point works with a test vehicle."),
                    Inlines.Of("Site acceptance test")))],
                "Acceptance tests"),
        ]);

    /// <summary>The table as a PDF.</summary>
    [Benchmark]
    public int Pdf() => PdfWriter.Write(_document).Length;

    /// <summary>The table as a Word document.</summary>
    [Benchmark]
    public int Docx() => DocxWriter.Write(_document).Length;
}
