using System.IO.Compression;
using System.Text.Json;

namespace TenderBuilder.Cli.Tests;

/// <summary>
/// <c>build --language</c>: every example builds in each document language, and the package says
/// and is written in that language (no clause title left in English).
/// </summary>
public sealed class BuildInLanguageTests
{
    private static readonly string[] Languages = ["nl-NL", "sv-SE", "de-DE"];

    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(CliProcess.Examples, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task An_example_builds_in_every_document_language_with_every_clause_in_it(string example)
    {
        using var temp = new TempFolder();
        var input = Path.Combine(CliProcess.Examples, example);
        string Out(string language) => Path.Combine(temp.Path, language);

        // The four builds run side by side: each is a whole process, as an officer's script runs it.
        var runs = await Task.WhenAll(new[] { "en" }.Concat(Languages).Select(language =>
            CliProcess.RunAsync("build", input, "--out", Out(language), "--date", "2026-12-07", "--language", language)));

        using var englishManifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out("en"), "manifest.json")));
        var englishTitles = Titles(englishManifest);
        using var englishZip = ZipFile.OpenRead(Path.Combine(Out("en"), "tender-package.zip"));
        foreach (var (language, run) in Languages.Zip(runs.Skip(1)))
        {
            run.ExitCode.ShouldBe(runs[0].ExitCode, $"{language}: {run.Error}");
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out(language), "manifest.json")));
            manifest.RootElement.GetProperty("language").GetString().ShouldBe(language);
            var titles = Titles(manifest);
            titles.Keys.ShouldBe(englishTitles.Keys, $"{language}: the same clauses, whatever the language");
            // Catalogue clauses (not the officer's own) are translated: their titles differ from the English.
            var catalogueClauses = titles.Keys.Where(id => !id.StartsWith("custom.", StringComparison.Ordinal)).ToList();
            catalogueClauses.Count(id => titles[id] != englishTitles[id]).ShouldBeGreaterThan(catalogueClauses.Count * 9 / 10, language);
            using var zip = ZipFile.OpenRead(Path.Combine(Out(language), "tender-package.zip"));
            zip.Entries.Select(e => e.FullName).ShouldBe(englishZip.Entries.Select(e => e.FullName), $"{language}: file names stay stable");
        }
    }

    [Fact]
    public async Task A_language_TenderBuilder_does_not_write_is_refused_with_the_languages_it_does_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var outFolder = Path.Combine(temp.Path, "fr");

        var run = await CliProcess.RunAsync("build", Path.Combine(CliProcess.Examples, "small-town-ten-ac-points.yaml"), "--out", outFolder, "--language", "fr-FR");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("fr-FR");
        run.Error.ShouldContain("nl-NL");
        Directory.Exists(outFolder).ShouldBeFalse();
    }

    private static Dictionary<string, string> Titles(JsonDocument manifest) =>
        manifest.RootElement.GetProperty("clauses").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("title").GetString()!);
}
