using TenderBuilder.Application.Packages;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>A built package as the export step lists it: the ZIP to download whole, then each file.</summary>
internal static class PackageFiles
{
    /// <summary>The whole package as one ZIP.</summary>
    public static PackageEntry Zip(BuiltDraftPackage built) => built.Files.First(entry => entry.File.Path == TenderPackageZip.FileName);

    /// <summary>Every file of the package but the ZIP that holds them all.</summary>
    public static IEnumerable<PackageEntry> Each(BuiltDraftPackage built) => built.Files.Where(entry => entry.File.Path != TenderPackageZip.FileName);
}
