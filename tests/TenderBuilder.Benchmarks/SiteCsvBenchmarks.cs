using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Web.Features.Wizard;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// Importing a 500-site CSV into the largest example, as the wizard does it: read the file
/// (<see cref="Read"/>), then also apply it — the new input, control characters removed, the rules
/// with the site checks and the worked-out totals, what changed, where each finding goes
/// (<see cref="ReadAndApply"/>). Budget: 2 s. Also the round trip of an export (<see cref="Write"/>: read, then written back).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SiteCsvBenchmarks
{
    private static readonly DateOnly s_date = new(2026, 11, 29);
    private Catalogue _catalogue = null!;
    private SiteOptions _options = null!;
    private TenderInput _input = null!;
    private TenderPackage _package = null!;
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueLoader.Default;
        _options = SiteOptions.From(_catalogue.Questionnaire);
        _input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input
            .WithLots([new Lot { Id = "1", Title = "North" }, new Lot { Id = "2", Title = "South" }]);
        _package = RulesEngine.Evaluate(_input, _catalogue, s_date);
        // 500 sites, every fifth with a second group of points on a further row: 600 rows, quoted names, decimal commas.
        var csv = new StringBuilder(string.Join(';', SiteCsvLayout.Columns)).Append("\r\n");
        for (var i = 1; i <= 500; i++)
        {
            var id = $"S{i:000}";
            csv.Append(CultureInfo.InvariantCulture, $"{id};\"Site {i}; street {i % 37}\";Straat {i}, Utrecht;;52,{i:0000};5,{i:0000};{(i % 3 == 0 ? "hub" : "on_street")};public;1;{1 + i % 2};{17 + i % 5},5;01-03-2027;2;ac;11;type2_socket\r\n");
            if (i % 5 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{id};;;;;;;;;;;;2;dc;150;ccs2|chademo\r\n");
            }
        }

        _file = SiteCsvWriter.Bytes(csv.ToString());
        if (Apply().Findings.Any(f => f.Path?.StartsWith("/sites/", StringComparison.Ordinal) == true && f.Severity == FindingSeverity.Error))
        {
            throw new InvalidOperationException("The generated file should import without site errors.");
        }
    }

    [Benchmark(Description = "Read a 500-site CSV")]
    public SiteCsvResult Read() => SiteCsvReader.Read(_file, _options);

    [Benchmark(Description = "Read a 500-site CSV and apply it (rules, site checks, totals, findings placed)")]
    public TenderPackage ReadAndApply() => Apply();

    [Benchmark(Description = "Read a 500-site CSV and write it back")]
    public byte[] Write() => SiteCsvWriter.Bytes(SiteCsvWriter.Write(Read().Sites));

    private TenderPackage Apply()
    {
        var result = SiteCsvReader.Read(_file, _options);
        var (input, _) = ControlCharacters.RemoveFrom(_input.WithSites(result.Sites));
        var package = RulesEngine.Evaluate(input, _catalogue, s_date);
        _ = PackageChange.Between(_package, package);
        _ = new FindingPlacement(package);
        return package;
    }
}
