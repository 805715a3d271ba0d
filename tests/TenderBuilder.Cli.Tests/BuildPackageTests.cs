using System.Text.Json;

namespace TenderBuilder.Cli.Tests;

public sealed class BuildPackageTests
{
    [Theory]
    [InlineData("utrecht-like-concession.yaml")]
    [InlineData("stockholm-like-low-capacity.yaml")]
    [InlineData("small-town-ten-ac-points.yaml")]
    [InlineData("regional-framework-lots.yaml")]
    [InlineData("two-lots-with-sites.yaml")]
    // A file exported before schema version 2 (the sites and lots came in) still builds.
    [InlineData("../../tests/TenderBuilder.Testing/Fixtures/schema-1/template-regional-framework-lots.json")]
    public async Task Building_an_example_writes_the_manifest_and_every_document_it_lists(string example)
    {
        using var temp = new TempFolder();
        var outFolder = Path.Combine(temp.Path, "package");

        var result = await CliProcess.RunAsync("build", Path.GetFullPath(Path.Combine(CliProcess.Examples, example)), "--out", outFolder, "--date", "2026-11-29");

        result.ExitCode.ShouldBe(0, result.Error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outFolder, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("path").GetString()).ShouldBe(
            Directory.GetFiles(outFolder).Select(Path.GetFileName).Where(n => n is not ("manifest.json" or "tender-package.zip")).Order(StringComparer.Ordinal).ToList(),
            ignoreOrder: true);
        // A tender above the EU threshold also carries its EU notice, for the authority's eSender.
        var notice = example == "utrecht-like-concession.yaml" ? ["eforms-notice-19"] : files
            .Select(f => Path.GetFileNameWithoutExtension(f.GetProperty("path").GetString()!)).Where(n => n.StartsWith("eforms-notice-", StringComparison.Ordinal)).ToArray();
        files.Select(f => Path.GetFileNameWithoutExtension(f.GetProperty("path").GetString())).Distinct().ShouldBe(
            ["technical-specifications", "selection-and-award-criteria", "contract-performance-annex", "acceptance-test-annex", "explanatory-memo", "compliance-matrix", "ocds-release-package", .. notice],
            ignoreOrder: true);
        files.Where(f => f.GetProperty("audience").GetString() == "authority")
            .Select(f => Path.GetFileNameWithoutExtension(f.GetProperty("path").GetString())).Distinct().ShouldBe(["explanatory-memo", .. notice], ignoreOrder: true);
        foreach (var file in files)
        {
            new FileInfo(Path.Combine(outFolder, file.GetProperty("path").GetString()!)).Length.ShouldBeGreaterThan(1000);
        }

        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(outFolder, "tender-package.zip"));
        zip.Entries.Select(e => e.FullName).ShouldBe(
            ["README.txt", "manifest.json", .. files.Select(f => f.GetProperty("path").GetString()!)],
            ignoreOrder: true);
        using var readme = new StreamReader(zip.GetEntry("README.txt")!.Open());
        var text = readme.ReadToEnd();
        text.ShouldContain("do NOT publish");
        files.ShouldAllBe(f => text.Contains(f.GetProperty("path").GetString()!, StringComparison.Ordinal));
    }
}
