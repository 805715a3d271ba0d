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
/// writes the result to disk; the web app offers it as downloads.
/// </summary>
/// <remarks>
/// The files do not depend on one another's contents (the open data and the manifest list the
/// others by name), so they are written side by side on every core (<see cref="PackageJobs"/>),
/// and each goes into the ZIP as soon as it and the files before it are done. The files come out
/// in the same order, with the same content, whatever order the work finished in.
/// </remarks>
public static class TenderPackageBuilder
{
    /// <summary>The document formats, in the order they are listed.</summary>
    private static readonly (string Extension, string MediaType, double Weight, Func<Document, byte[]> Write)[] s_formats =
    [
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PackageJobs.DocxWeight, DocxWriter.Write),
        (".pdf", "application/pdf", PackageJobs.PdfWeight, PdfWriter.Write),
        (".html", "text/html", PackageJobs.HtmlWeight, document => Encoding.UTF8.GetBytes(HtmlWriter.Write(document))),
    ];

    /// <summary>How many steps <see cref="Build"/> reports through its progress callback (the EU notice's among them).</summary>
    public static int Steps => (5 * s_formats.Length) + 5;

    /// <summary>
    /// Builds the package; <paramref name="step"/> is told the name of each file as it is done (one
    /// call at a time, from whichever thread finished it). With an eForms SDK, the package holds the
    /// EU notice where the tender calls for one (<see cref="NoticeDecision"/>).
    /// </summary>
    /// <param name="package">The rules' result.</param>
    /// <param name="options">The open data's options.</param>
    /// <param name="step">Told each file's name when it is done; "" for a notice not produced.</param>
    /// <param name="eforms">The eForms SDK, or null to leave the EU notice out.</param>
    /// <param name="parallelism">How many files are written at once (default: one per core; 1 writes them one after another).</param>
    public static ImmutableArray<PackageEntry> Build(TenderPackage package, OcdsOptions? options = null, Action<string>? step = null, EformsSdk? eforms = null, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        var words = PackageWords.For(package.Language);
        var gate = new Lock();
        void Done(string path)
        {
            if (step is not null)
            {
                lock (gate)
                {
                    step(path);
                }
            }
        }

        var jobs = new List<PackageJob>();
        foreach (var document in TenderDocuments.Compose(package))
        {
            var audience = document.Metadata.Audience == Audience.Bidders ? "bidders" : "authority";
            var size = PackageJobs.Size(document);
            foreach (var (extension, mediaType, weight, write) in s_formats)
            {
                jobs.Add(new PackageJob(new PackageFile(document.Metadata.FileName + extension, mediaType, document.Metadata.Title, audience), weight * size, () => write(document)));
            }
        }

        jobs.Add(new PackageJob(new PackageFile("compliance-matrix.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", words.MatrixFile, "bidders"),
            PackageJobs.MatrixWeight * package.Clauses.Length, () => ComplianceMatrixWriter.Write(package)));

        // The open data and the manifest list the files, not their contents, so they are written
        // alongside them.
        List<PackageFile> documentsAndMatrix = [.. jobs.Select(j => j.File)];
        jobs.Add(new PackageJob(new PackageFile("ocds-release-package.json", "application/json", words.OcdsFile, "public"), 0,
            () => Encoding.UTF8.GetBytes(OcdsReleasePackageWriter.Write(package, documentsAndMatrix, options))));
        var produceNotice = false;
        if (eforms is not null && NoticeDecision.For(package.Tender, package.Framing, package.ReferenceDate) is { Produce: true } decision)
        {
            produceNotice = true;
            jobs.Add(new PackageJob(new PackageFile(EformsNotice.FileNameFor(decision.Subtype), "application/xml", words.NoticeFile, "authority"), 0,
                () => Encoding.UTF8.GetBytes(EformsNotice.Build(package, decision.Subtype, eforms).Text())));
        }

        List<PackageFile> listed = [.. jobs.Select(j => j.File)];
        jobs.Add(new PackageJob(new PackageFile("manifest.json", "application/json", words.ManifestFile, "authority"), 0,
            () => Encoding.UTF8.GetBytes(PackageManifest.Write(package, listed))));

        using var zip = new TenderPackageZip.Writer(package, [.. jobs.Select(j => j.File)]);
        var contents = PackageJobs.Run(jobs, parallelism ?? Environment.ProcessorCount, Done, (i, content) => zip.Add(jobs[i].File.Path, content));
        if (!produceNotice)
        {
            Done("");
        }

        var entries = ImmutableArray.CreateBuilder<PackageEntry>(jobs.Count + 1);
        entries.AddRange(jobs.Select((job, i) => new PackageEntry(job.File, contents[i])));
        entries.Add(new PackageEntry(new PackageFile(TenderPackageZip.FileName, "application/zip", words.ZipFile, "authority"), zip.Finish()));
        Done(TenderPackageZip.FileName);
        return entries.ToImmutable();
    }
}
