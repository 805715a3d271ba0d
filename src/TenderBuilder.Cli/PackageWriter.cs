using Spectre.Console;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Packaging;
using TenderBuilder.Documents.Writers.OpenData;

namespace TenderBuilder.Cli;

/// <summary>Builds a package and writes its files into a folder, showing progress.</summary>
internal static class PackageWriter
{
    public static List<PackageFile> Write(TenderPackage package, string folder, OcdsOptions options, CliConsole console)
    {
        var files = new List<PackageFile>();
        console.Rich.Progress()
            .AutoRefresh(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Building the package", maxValue: TenderPackageBuilder.Steps);
                // The EU notice is written where the SDK is found (docs/eforms.md); `notice` says more.
                var eforms = Documents.Notices.Sdk.EformsSdkLocation.Find(new Documents.Notices.Sdk.EformsOptions()) is { } sdk
                    ? Documents.Notices.Sdk.EformsSdk.Load(sdk)
                    : null;
                foreach (var entry in TenderPackageBuilder.Build(package, options, _ => { task.Increment(1); progress.Refresh(); }, eforms))
                {
                    File.WriteAllBytes(Path.Combine(folder, entry.File.Path), entry.Content);
                    files.Add(entry.File);
                }
            });
        return files;
    }
}
