using TenderBuilder.Core.Input;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>The answer files of docs/examples, read where users read them rather than copied into the tests.</summary>
internal static class Examples
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The Utrecht-like concession: every section answered, overrides set, nothing blocking the export.</summary>
    public static TenderInput UtrechtLikeConcession() => Read("utrecht-like-concession.yaml");

    private static TenderInput Read(string file) =>
        TenderInputReader.Read(File.ReadAllText(Path.Combine(s_root.Value, "docs", "examples", file))).Input;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TenderBuilder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with TenderBuilder.sln) was not found above " + AppContext.BaseDirectory);
    }
}
