using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>
/// Every PDF of every worked example's package (and of one package in another document language)
/// passes <c>qpdf --check</c> without a warning, so a strict reader, an archive's ingest check or a
/// tenderer's PDF tool finds nothing to repair (issue 26). Each package is built once for the class.
/// </summary>
public sealed class QpdfCheckTests(QpdfCheckTests.PackagesFixture packages) : IClassFixture<QpdfCheckTests.PackagesFixture>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (example, language) in PackagesFixture.Cases)
        {
            data.Add(example, language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_PDF_of_the_package_passes_qpdf_check_without_a_warning(string example, string language)
    {
        var files = packages.PdfFiles(example, language);
        files.Count.ShouldBe(5);

        foreach (var file in files)
        {
            var (exitCode, output) = Qpdf.Run("--check", file);
            var name = $"{Path.GetFileName(file)} of {example} ({language})";
            exitCode.ShouldBe(0, $"qpdf --check {name} exited with {exitCode}:\n{output}");
            output.ShouldNotContain("WARNING", Case.Sensitive, $"qpdf --check {name}:\n{output}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_stream_but_the_XMP_metadata_is_compressed(string example, string language)
    {
        foreach (var file in packages.PdfFiles(example, language))
        {
            var (exitCode, output) = Qpdf.Run("--json=2", "--json-key=qpdf", "--json-stream-data=none", file);
            exitCode.ShouldBe(0, output);
            using var json = JsonDocument.Parse(output);
            var streams = json.RootElement.GetProperty("qpdf")[1].EnumerateObject()
                .Where(o => o.Value.TryGetProperty("stream", out _))
                .Select(o => (o.Name, Dictionary: o.Value.GetProperty("stream").GetProperty("dict")))
                .ToList();

            streams.Count.ShouldBeGreaterThan(3, file);
            var plain = streams
                .Where(s => !(s.Dictionary.TryGetProperty("/Type", out var type) && type.GetString() == "/Metadata"))
                .Where(s => !(s.Dictionary.TryGetProperty("/Filter", out var filter) && filter.GetString() == "/FlateDecode"))
                .Select(s => $"{s.Name} {s.Dictionary}")
                .ToList();
            plain.ShouldBeEmpty($"{Path.GetFileName(file)} of {example} ({language}) holds streams that are not compressed");
        }
    }

    /// <summary>Builds each case's package once and keeps its PDFs in a folder for qpdf to read.</summary>
    public sealed class PackagesFixture : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-qpdf-").FullName;
        private readonly Dictionary<(string, string), IReadOnlyList<string>> _files = [];

        /// <summary>The language of an example's package when it is built as the file asks.</summary>
        public const string AsWritten = "as written";

        /// <summary>Every worked example in docs/examples as written, and the largest in German as well.</summary>
        public static IEnumerable<(string Example, string Language)> Cases =>
            Directory.GetFiles(Repository.Examples, "*.yaml")
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)
                .Select(example => (example!, AsWritten))
                .Append(("utrecht-like-concession.yaml", "de-DE"));

        public IReadOnlyList<string> PdfFiles(string example, string language)
        {
            lock (_files)
            {
                if (!_files.TryGetValue((example, language), out var files))
                {
                    files = Write(example, language);
                    _files[(example, language)] = files;
                }

                return files;
            }
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private List<string> Write(string example, string language)
        {
            var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, example))).Input;
            if (language != AsWritten)
            {
                input = input with { Tender = input.Tender with { Language = language } };
            }

            var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));
            var folder = Directory.CreateDirectory(Path.Combine(_folder, Path.GetFileNameWithoutExtension(example), language.Replace(' ', '-'))).FullName;
            var files = new List<string>();
            foreach (var entry in TenderPackageBuilder.Build(package).Where(e => e.File.Path.EndsWith(".pdf", StringComparison.Ordinal)))
            {
                var path = Path.Combine(folder, entry.File.Path);
                File.WriteAllBytes(path, entry.Content);
                files.Add(path);
            }

            return files;
        }
    }
}
