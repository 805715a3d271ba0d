using System.IO.Compression;
using TenderBuilder.Documents.Packaging;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Tests.Writers.Pdf;

namespace TenderBuilder.Documents.Tests.Packaging;

/// <summary>
/// The package is written on every core at once; what a bidder downloads must not depend on which
/// file happened to finish first.
/// </summary>
public sealed class TenderPackageBuilderTests
{
    [Fact]
    public void Built_on_every_core_the_package_has_the_files_order_and_content_of_one_built_file_after_file()
    {
        var package = Examples.Package("utrecht-like-concession.yaml");

        var parallel = TenderPackageBuilder.Build(package, parallelism: 4);
        var serial = TenderPackageBuilder.Build(package, parallelism: 1);

        parallel.Select(e => e.File).ShouldBe(serial.Select(e => e.File));
        foreach (var (a, b) in parallel.Zip(serial))
        {
            switch (Path.GetExtension(a.File.Path))
            {
                case ".pdf":
                    // A PDF names its font subsets and links at random; what a reader sees is compared.
                    using (var left = new PdfFile(a.Content))
                    using (var right = new PdfFile(b.Content))
                    {
                        left.Pages.Count.ShouldBe(right.Pages.Count, a.File.Path);
                        left.BodyText().ShouldBe(right.BodyText(), a.File.Path);
                    }

                    break;
                case ".zip":
                    Entries(a.Content).Select(e => e.Name).ShouldBe(Entries(b.Content).Select(e => e.Name), "the archive lists its files in the same order");
                    // The text files are the same byte for byte (the others are compared above, file by file).
                    foreach (var ((name, left), (_, right)) in Entries(a.Content).Zip(Entries(b.Content)).Where(p => Path.GetExtension(p.First.Name) is ".html" or ".json" or ".xml" or ".txt"))
                    {
                        left.SequenceEqual(right).ShouldBeTrue($"{name} in the archive differs");
                    }

                    break;
                case ".docx" or ".xlsx":
                    // The package's own parts (document, sheets, styles), with the random relationship ids
                    // the Open XML SDK gives each part set aside.
                    foreach (var ((name, left), (otherName, right)) in Parts(a.Content).Zip(Parts(b.Content)))
                    {
                        name.ShouldBe(otherName, a.File.Path);
                        (WithoutRelationshipIds(left) == WithoutRelationshipIds(right)).ShouldBeTrue($"{a.File.Path}: {name} differs");
                    }

                    Parts(a.Content).Count.ShouldBe(Parts(b.Content).Count, a.File.Path);
                    break;
                default:
                    a.Content.ShouldBe(b.Content, a.File.Path);
                    break;
            }
        }
    }

    [Fact]
    public void Progress_is_told_every_step_once_even_when_files_finish_on_several_threads()
    {
        var steps = new List<string>();

        var entries = TenderPackageBuilder.Build(Examples.Package("two-lots-with-sites.yaml"), step: steps.Add, parallelism: 4);

        steps.Count.ShouldBe(TenderPackageBuilder.Steps);
        steps.Where(s => s.Length > 0).ShouldBe(entries.Select(e => e.File.Path), ignoreOrder: true);
    }

    private static string WithoutRelationshipIds(byte[] xml) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(xml), "R[0-9a-f]{16}", "R");

    private static List<(string Name, byte[] Content)> Parts(byte[] package) =>
        [.. Entries(package).Where(e => e.Name.StartsWith("word/", StringComparison.Ordinal) || e.Name.StartsWith("xl/", StringComparison.Ordinal))];

    private static List<(string Name, byte[] Content)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        })];
    }
}
