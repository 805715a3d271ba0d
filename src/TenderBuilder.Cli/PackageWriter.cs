using Spectre.Console;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Html;
using TenderBuilder.Documents.Writers.OpenData;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Cli;

/// <summary>Writes the documents of a package into a folder, showing progress, and lists them for the manifest.</summary>
internal static class PackageWriter
{
    public static List<PackageFile> WriteDocuments(TenderPackage package, string folder, CliConsole console)
    {
        var documents = TenderDocuments.Compose(package);
        var formats = Formats();
        var files = new List<PackageFile>();
        console.Rich.Progress()
            .AutoRefresh(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Writing documents", maxValue: documents.Length * formats.Count);
                foreach (var document in documents)
                {
                    foreach (var (extension, mediaType, write) in formats)
                    {
                        var name = document.Metadata.FileName + extension;
                        File.WriteAllBytes(Path.Combine(folder, name), write(document));
                        files.Add(new PackageFile(name, mediaType, document.Metadata.Title,
                            document.Metadata.Audience == Audience.Bidders ? "bidders" : "authority"));
                        task.Increment(1);
                        progress.Refresh();
                    }
                }
            });
        return files;
    }

    public static PackageFile WriteComplianceMatrix(TenderPackage package, string folder)
    {
        const string name = "compliance-matrix.xlsx";
        File.WriteAllBytes(Path.Combine(folder, name), ComplianceMatrixWriter.Write(package));
        return new PackageFile(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Compliance matrix for tenderers", "bidders");
    }

    public static PackageFile WriteOpenData(TenderPackage package, string folder, IEnumerable<PackageFile> documents, OcdsOptions options)
    {
        const string name = "ocds-release-package.json";
        File.WriteAllText(Path.Combine(folder, name), OcdsReleasePackageWriter.Write(package, documents, options));
        return new PackageFile(name, "application/json", "Open data: OCDS 1.1.5 release package", "public");
    }

    private static List<(string Extension, string MediaType, Func<Document, byte[]> Write)> Formats() =>
    [
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxWriter.Write),
        (".html", "text/html", document => System.Text.Encoding.UTF8.GetBytes(HtmlWriter.Write(document))),
    ];
}
