using System.Collections.Immutable;
using System.Text;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Framing;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Notices;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Html;
using TenderBuilder.Documents.Writers.OpenData;
using TenderBuilder.Documents.Writers.Pdf;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Documents.Packaging;

/// <summary>One file of a built package, in memory.</summary>
public sealed record PackageEntry(PackageFile File, byte[] Content);

/// <summary>
/// Builds every file of a tender package in memory: the five documents in each format, the
/// compliance matrix, the open data, manifest.json and the ZIP holding them all. The command line
/// writes the result to disk; the web app will offer it as downloads.
/// </summary>
public static class TenderPackageBuilder
{
    /// <summary>The document formats, in the order they are written.</summary>
    private static readonly (string Extension, string MediaType, Func<Document, byte[]> Write)[] s_formats =
    [
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxWriter.Write),
        (".pdf", "application/pdf", PdfWriter.Write),
        (".html", "text/html", document => Encoding.UTF8.GetBytes(HtmlWriter.Write(document))),
    ];

    /// <summary>How many steps <see cref="Build"/> reports through its progress callback (the EU notice's among them).</summary>
    public static int Steps => (5 * s_formats.Length) + 5;

    /// <summary>
    /// Builds the package; <paramref name="step"/> is told the name of each file as it is done. With
    /// an eForms SDK, the package holds the EU notice where the tender calls for one
    /// (<see cref="NoticeDecision"/>).
    /// </summary>
    public static ImmutableArray<PackageEntry> Build(TenderPackage package, OcdsOptions? options = null, Action<string>? step = null, EformsSdk? eforms = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        var words = PackageWords.For(package.Language);
        var entries = ImmutableArray.CreateBuilder<PackageEntry>();
        void Add(PackageFile file, byte[] content)
        {
            entries.Add(new PackageEntry(file, content));
            step?.Invoke(file.Path);
        }

        foreach (var document in TenderDocuments.Compose(package))
        {
            var audience = document.Metadata.Audience == Audience.Bidders ? "bidders" : "authority";
            foreach (var (extension, mediaType, write) in s_formats)
            {
                Add(new PackageFile(document.Metadata.FileName + extension, mediaType, document.Metadata.Title, audience), write(document));
            }
        }

        Add(new PackageFile("compliance-matrix.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", words.MatrixFile, "bidders"),
            ComplianceMatrixWriter.Write(package));
        var files = entries.Select(e => e.File).ToList();
        Add(new PackageFile("ocds-release-package.json", "application/json", words.OcdsFile, "public"),
            Encoding.UTF8.GetBytes(OcdsReleasePackageWriter.Write(package, files, options)));

        if (eforms is not null && NoticeDecision.For(package.Tender, package.Framing, package.ReferenceDate) is { Produce: true } decision)
        {
            var notice = EformsNotice.Build(package, decision.Subtype, eforms);
            Add(new PackageFile(notice.FileName, "application/xml", words.NoticeFile, "authority"), Encoding.UTF8.GetBytes(notice.Text()));
        }
        else
        {
            step?.Invoke("");
        }

        var listed = entries.Select(e => e.File).ToList();
        var manifest = Encoding.UTF8.GetBytes(PackageManifest.Write(package, listed));
        Add(new PackageFile("manifest.json", "application/json", words.ManifestFile, "authority"), manifest);
        Add(new PackageFile(TenderPackageZip.FileName, "application/zip", words.ZipFile, "authority"),
            TenderPackageZip.Write(package, entries.ToImmutable()));
        return entries.ToImmutable();
    }
}
