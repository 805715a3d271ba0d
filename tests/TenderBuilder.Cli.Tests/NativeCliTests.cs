using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace TenderBuilder.Cli.Tests;

/// <summary>
/// The natively compiled command (ADR 0023) builds every worked example exactly as the
/// JIT-compiled one does: same exit code, same messages, same files with the same content.
/// </summary>
public sealed partial class NativeCliTests(NativeCli native) : IClassFixture<NativeCli>
{
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(CliProcess.Examples, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_native_command_builds_an_example_as_the_jit_compiled_one_does(string example)
    {
        using var temp = new TempFolder();
        var input = Path.Combine(CliProcess.Examples, example);
        var jitFolder = Path.Combine(temp.Path, "jit");
        var nativeFolder = Path.Combine(temp.Path, "native");

        var jit = await CliProcess.RunAsync("build", input, "--out", jitFolder, "--date", "2026-11-29");
        var aot = await CliProcess.RunProgramAsync(native.Executable, ["build", input, "--out", nativeFolder, "--date", "2026-11-29"]);

        aot.ExitCode.ShouldBe(jit.ExitCode, aot.Error);
        aot.Output.Replace(nativeFolder, "OUT", StringComparison.Ordinal).ShouldBe(jit.Output.Replace(jitFolder, "OUT", StringComparison.Ordinal));
        aot.Error.ShouldBe(jit.Error);
        var files = Directory.GetFiles(jitFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Directory.GetFiles(nativeFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(files);
        files.ShouldContain("tender-package.zip");
        foreach (var file in files)
        {
            SameContent(file!, File.ReadAllBytes(Path.Combine(jitFolder, file!)), File.ReadAllBytes(Path.Combine(nativeFolder, file!)));
        }
    }

    [Fact]
    public async Task The_native_command_refuses_a_malformed_input_with_the_same_message()
    {
        using var temp = new TempFolder();
        var input = temp.File("broken.yaml", "schemaVersion: 2\ntender:\n  title: [unclosed\n");

        var jit = await CliProcess.RunAsync("validate", input);
        var aot = await CliProcess.RunProgramAsync(native.Executable, ["validate", input]);

        jit.ExitCode.ShouldNotBe(0);
        aot.ExitCode.ShouldBe(jit.ExitCode);
        aot.Error.ShouldBe(jit.Error);
    }

    // Which bytes may differ, and why: the Office files and the package are ZIP archives whose
    // entries carry the time they were written, and the OpenXML SDK names relationships and the
    // core-properties part with random ids; a PDF carries random document and XMP ids, random
    // font-subset tags and its annotations' write time. Everything else must be byte-identical.
    private static void SameContent(string name, byte[] expected, byte[] actual)
    {
        switch (Path.GetExtension(name))
        {
            case ".docx" or ".xlsx" or ".zip":
                SameArchive(name, expected, actual);
                break;
            case ".pdf":
                SamePdf(name, expected, actual);
                break;
            default:
                actual.SequenceEqual(expected).ShouldBeTrue($"{name} differs");
                break;
        }
    }

    private static void SameArchive(string name, byte[] expected, byte[] actual)
    {
        var jit = Entries(expected);
        var aot = Entries(actual);
        aot.Keys.Order(StringComparer.Ordinal).ShouldBe(jit.Keys.Order(StringComparer.Ordinal), $"{name}: its entries differ");
        foreach (var (entry, content) in jit)
        {
            var other = aot[entry];
            if (Path.GetExtension(entry) is ".docx" or ".xlsx" or ".zip" or ".pdf")
            {
                SameContent($"{name}/{entry}", content, other);
            }
            else if (Path.GetExtension(entry) is ".xml" or ".rels" or ".psmdcp")
            {
                Normalised(other).ShouldBe(Normalised(content), $"{name}/{entry} differs");
            }
            else
            {
                other.SequenceEqual(content).ShouldBeTrue($"{name}/{entry} differs");
            }
        }
    }

    private static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => RandomId().Replace(e.FullName, "ID"), e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }

    private static string Normalised(byte[] xml) => RandomId().Replace(Encoding.UTF8.GetString(xml), "ID");

    private static void SamePdf(string name, byte[] expected, byte[] actual)
    {
        using var jit = PdfDocument.Open(expected);
        using var aot = PdfDocument.Open(actual);
        aot.NumberOfPages.ShouldBe(jit.NumberOfPages, $"{name}: page count");
        aot.Information.Title.ShouldBe(jit.Information.Title);
        for (var page = 1; page <= jit.NumberOfPages; page++)
        {
            var letters = jit.GetPage(page).Letters;
            var others = aot.GetPage(page).Letters;
            others.Select(l => (l.Value, l.Location.X, l.Location.Y, l.PointSize)).ShouldBe(
                letters.Select(l => (l.Value, l.Location.X, l.Location.Y, l.PointSize)), $"{name}, page {page}: the text or its place differs");
            aot.GetPage(page).GetAnnotations().Count().ShouldBe(jit.GetPage(page).GetAnnotations().Count(), $"{name}, page {page}: links");
        }
    }

    // The OpenXML SDK's relationship ids (R + 16 hex digits) and core-properties part names (32 hex digits).
    [GeneratedRegex("R[0-9a-f]{16}|[0-9a-f]{32}")]
    private static partial Regex RandomId();
}

/// <summary>
/// The natively compiled <c>tenderbuilder</c>: the one the test command published (its path in
/// TENDERBUILDER_NATIVE_CLI), or published here once for the class. Publishing needs clang and
/// zlib's headers (Debian: clang, zlib1g-dev); without them the tests fail, never skip.
/// </summary>
public sealed class NativeCli : IAsyncLifetime
{
    private string? _folder;

    public string Executable { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("TENDERBUILDER_NATIVE_CLI") is { Length: > 0 } given)
        {
            File.Exists(given).ShouldBeTrue($"TENDERBUILDER_NATIVE_CLI names {given}, which does not exist");
            Executable = given;
            return;
        }

        _folder = Directory.CreateTempSubdirectory("tenderbuilder-native-").FullName;
        var project = Path.Combine(CliProcess.RepositoryRoot, "src", "TenderBuilder.Cli", "TenderBuilder.Cli.csproj");
        // About 3 minutes on the quiet 2-core machine, up to 19 while other builds run (ADR 0023).
        var publish = await CliProcess.RunProgramAsync("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "-o", _folder, "-nologo"], TimeSpan.FromMinutes(30));
        publish.ExitCode.ShouldBe(0, "The native command could not be published (it needs clang and zlib1g-dev):\n" + publish.Output + publish.Error);
        Executable = Path.Combine(_folder, "tenderbuilder");
    }

    public Task DisposeAsync()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
