using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Application.Packages;

/// <summary>One file of a package as frozen at approval: what it is, its size and its SHA-256 (lower-case hex).</summary>
public sealed record FrozenFile(string Path, string MediaType, string Title, string Audience, long Size, string Sha256);

/// <summary>
/// Turns a built package into the record stored with an approved draft (the ZIP and each file's
/// SHA-256) and back into downloadable files. Every single file comes out of the stored ZIP, so what
/// is downloaded after approval is byte for byte what was approved, whatever the day or the catalogue.
/// </summary>
public static class FrozenPackages
{
    /// <summary>The name of the checksum file, in the format <c>sha256sum --check</c> reads.</summary>
    public const string HashesFile = "sha256sums.txt";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>The record of a package built at approval.</summary>
    public static ApprovedPackage Freeze(Guid draftId, ImmutableArray<PackageEntry> files, DateTime approvedAtUtc)
    {
        var zip = files.Single(f => f.File.Path == TenderPackageZip.FileName).Content;
        var listed = files.Select(f => new FrozenFile(f.File.Path, f.File.MediaType, f.File.Title, f.File.Audience, f.Content.LongLength, Sha256(f.Content))).ToList();
        return new ApprovedPackage { DraftId = draftId, ApprovedAtUtc = approvedAtUtc, Zip = zip, FilesJson = JsonSerializer.Serialize(listed, s_json) };
    }

    /// <summary>The files recorded at approval, the ZIP last (as a build lists them).</summary>
    public static IReadOnlyList<FrozenFile> Files(ApprovedPackage stored) =>
        JsonSerializer.Deserialize<List<FrozenFile>>(stored.FilesJson, s_json) ?? [];

    /// <summary>Every file of the stored package, read from its ZIP; the ZIP itself is the stored bytes.</summary>
    public static ImmutableArray<PackageEntry> Thaw(ApprovedPackage stored)
    {
        var inside = TenderPackageZip.Read(stored.Zip);
        return
        [
            .. Files(stored).Select(f => new PackageEntry(
                new PackageFile(f.Path, f.MediaType, f.Title, f.Audience),
                f.Path == TenderPackageZip.FileName ? stored.Zip : inside[f.Path])),
        ];
    }

    /// <summary>The checksum file: one line per file, <c>hash␠␠name</c>, as <c>sha256sum</c> writes it.</summary>
    public static string Sums(IEnumerable<(string Path, string Sha256)> files)
    {
        var text = new StringBuilder();
        foreach (var (path, sha256) in files)
        {
            text.Append(sha256).Append("  ").Append(path).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The SHA-256 of the bytes, lower-case hex.</summary>
    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
