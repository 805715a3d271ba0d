namespace TenderBuilder.Documents.Tests;

/// <summary>Paths of files the tests read from the repository.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "docs", "examples");

    /// <summary>The official OCDS 1.1.5 schemas and codelists, in the shared folder beside the repository.</summary>
    public static string Ocds
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "ocds-1.1.5"));
            return Directory.Exists(folder)
                ? folder
                : throw new DirectoryNotFoundException($"The OCDS 1.1.5 schemas were expected at {folder}, beside the repository.");
        }
    }

    /// <summary>
    /// The official eForms SDK 1.15.1 (schemas, schematrons, example notices), found by walking up
    /// from the test binary for <c>shared/schemas/eforms-sdk-1.15.1</c>: the shared folder sits
    /// beside the main checkout, which a worktree elsewhere may not have directly above it.
    /// </summary>
    public static string EformsSdk => FindEformsSdk();

    /// <summary>The eForms schematron runner (a Node.js script and its package lock).</summary>
    public static string SchematronRunner => Path.Combine(Root, "tools", "eforms-schematron");

    private static string FindEformsSdk()
    {
        var relative = Path.Combine("shared", "schemas", "eforms-sdk-1.15.1");
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"The eForms SDK 1.15.1 ({relative}) was not found in any folder above {AppContext.BaseDirectory}.");
    }

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
