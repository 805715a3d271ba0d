using System.IO.Compression;
using System.Text;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Documents.Packaging;

/// <summary>
/// One file with everything: every document, the matrix, the open data, manifest.json and a
/// README.txt saying what each file is for. Entries carry the package's date, so building the
/// same tender twice gives the same archive.
/// </summary>
public static class TenderPackageZip
{
    /// <summary>The name of the archive a build writes.</summary>
    public const string FileName = "tender-package.zip";

    /// <summary>Writes the archive from the package's files (manifest.json among them).</summary>
    public static byte[] Write(TenderPackage package, IReadOnlyList<PackageEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var writer = new Writer(package, entries.Select(e => e.File).ToList());
        foreach (var entry in entries)
        {
            writer.Add(entry.File.Path, entry.Content);
        }

        return writer.Finish();
    }

    /// <summary>
    /// Writes the archive one file at a time, so a build can add each file as soon as it and the
    /// files before it are done, while the rest are still being written.
    /// </summary>
    public sealed class Writer : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly ZipArchive _zip;
        private readonly DateTimeOffset _timestamp;

        /// <summary>Starts the archive with its README.txt, which lists <paramref name="files"/>.</summary>
        public Writer(TenderPackage package, IReadOnlyList<PackageFile> files)
        {
            ArgumentNullException.ThrowIfNull(package);
            ArgumentNullException.ThrowIfNull(files);
            _timestamp = new DateTimeOffset(package.ReferenceDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            _zip = new ZipArchive(_buffer, ZipArchiveMode.Create, leaveOpen: true);
            Add("README.txt", Encoding.UTF8.GetBytes(Readme(package, files.Where(f => f.Path != "manifest.json"))));
        }

        /// <summary>Adds the next file.</summary>
        public void Add(string path, byte[] content)
        {
            var entry = _zip.CreateEntry(path, Level(path));
            entry.LastWriteTime = _timestamp;
            using var stream = entry.Open();
            stream.Write(content);
        }

        /// <summary>Closes the archive and returns its bytes.</summary>
        public byte[] Finish()
        {
            _zip.Dispose();
            return _buffer.ToArray();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _zip.Dispose();
            _buffer.Dispose();
        }
    }

    /// <summary>
    /// Every file in an archive written by <see cref="Write"/>, by its path, exactly as it was put
    /// in: a stored package serves its single files from its archive instead of building them again.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Read(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            files[entry.FullName] = content.ToArray();
        }

        return files;
    }

    /// <summary>README.txt: what the package is and what each file is for.</summary>
    public static string Readme(TenderPackage package, IEnumerable<PackageFile> files)
    {
        var words = Words.PackageWords.For(package.Language);
        var text = new StringBuilder();
        text.AppendLine(package.Tender.Title ?? words.TenderPackage)
            .AppendLine(new string('=', Math.Min(78, Math.Max(3, (package.Tender.Title ?? words.TenderPackage).Length))))
            .AppendLine()
            .AppendLine($"{words.Authority}: {package.Tender.Authority.Name}")
            .AppendLine($"{words.Reference}: {package.Tender.Reference}")
            .AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Built, Core.Words.ValueText.Date(package.ReferenceDate, package.Language), package.CatalogVersion))
            .AppendLine()
            .AppendLine(words.ForBidders);
        foreach (var file in files.Where(f => f.Audience == "bidders"))
        {
            text.AppendLine($"  {file.Path,-44} {file.Title}");
        }

        text.AppendLine().AppendLine(words.OpenData);
        foreach (var file in files.Where(f => f.Audience == "public"))
        {
            text.AppendLine($"  {file.Path,-44} {file.Title}");
        }

        text.AppendLine().AppendLine(words.ForAuthority);
        foreach (var file in files.Where(f => f.Audience == "authority"))
        {
            text.AppendLine($"  {file.Path,-44} {file.Title}");
        }

        text.AppendLine($"  {"manifest.json",-44} {words.ManifestFile}")
            .AppendLine()
            .AppendLine(words.VerifyBeforePublication);
        return text.ToString();
    }

    /// <summary>
    /// Word and Excel files are ZIP archives already and a PDF's streams are compressed, so deflating
    /// them hard again costs most of the archive's time for a few per cent of size; text still
    /// gets the best compression.
    /// </summary>
    private static CompressionLevel Level(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".docx" or ".xlsx" or ".zip" => CompressionLevel.NoCompression,
        ".pdf" => CompressionLevel.Fastest,
        _ => CompressionLevel.Optimal,
    };
}
