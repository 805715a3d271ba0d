using Spectre.Console;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Notices;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Packaging;
using TenderBuilder.Documents.Writers.OpenData;

namespace TenderBuilder.Cli;

/// <summary>Builds a package and writes its files into a folder, showing progress.</summary>
internal static class PackageWriter
{
    /// <summary>
    /// The eForms SDK where one is found (docs/eforms.md), with its notice schemas compiled, for the
    /// EU notice; without one the package has no notice, and <c>notice</c> says why.
    /// </summary>
    public static EformsSdk? FindEforms()
    {
        if (EformsSdkLocation.Find(new EformsOptions()) is not { } folder)
        {
            return null;
        }

        var sdk = EformsSdk.Load(folder);
        EformsNotice.PrepareSchemas(sdk);
        return sdk;
    }

    public static List<PackageFile> Write(TenderPackage package, string folder, OcdsOptions options, EformsSdk? eforms, CliConsole console)
    {
        var files = new List<PackageFile>();
        console.Rich.Progress()
            .AutoRefresh(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Building the package", maxValue: TenderPackageBuilder.Steps);
                foreach (var entry in TenderPackageBuilder.Build(package, options, _ => { task.Increment(1); progress.Refresh(); }, eforms))
                {
                    File.WriteAllBytes(Path.Combine(folder, entry.File.Path), entry.Content);
                    files.Add(entry.File);
                }
            });
        return files;
    }
}
