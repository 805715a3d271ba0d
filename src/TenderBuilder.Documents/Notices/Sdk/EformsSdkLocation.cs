namespace TenderBuilder.Documents.Notices.Sdk;

/// <summary>Where the eForms SDK is read from (docs/eforms.md, docs/deployment.md).</summary>
public sealed class EformsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Eforms";

    /// <summary>The SDK version notices are written for; upgrading is changing this (and the folder).</summary>
    public string SdkVersion { get; set; } = "1.15.1";

    /// <summary>The SDK's folder; when empty, a folder <c>eforms-sdk-{version}</c> is looked for (see <see cref="EformsSdkLocation"/>).</summary>
    public string? SdkFolder { get; set; }
}

/// <summary>
/// Finds the SDK folder: the configured one, else <c>eforms-sdk-{version}</c> beside the program or in
/// a <c>shared/schemas</c> folder above it (where a source checkout keeps it).
/// </summary>
public static class EformsSdkLocation
{
    /// <summary>The folder, or null when none is found.</summary>
    public static string? Find(EformsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.SdkFolder))
        {
            return Directory.Exists(options.SdkFolder) ? Path.GetFullPath(options.SdkFolder) : null;
        }

        var name = "eforms-sdk-" + options.SdkVersion;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(folder.FullName, name), Path.Combine(folder.FullName, "shared", "schemas", name) })
                {
                    if (File.Exists(Path.Combine(candidate, "fields", "fields.json")))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The SDK, or a clear error saying where it was looked for.</summary>
    public static EformsSdk Load(EformsOptions options) =>
        Find(options) is { } folder
            ? EformsSdk.Load(folder)
            : throw new DirectoryNotFoundException(
                $"The eForms SDK {options.SdkVersion} was not found: set Eforms:SdkFolder to its folder, or place eforms-sdk-{options.SdkVersion} beside the program (docs/eforms.md).");
}
