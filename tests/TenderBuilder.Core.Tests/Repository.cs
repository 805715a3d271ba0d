namespace TenderBuilder.Core.Tests;

/// <summary>Paths of files the tests read from the repository and from the shared folder beside it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "docs", "examples");

    /// <summary>Files kept as an earlier version of TenderBuilder wrote them (schema-1/…).</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "TenderBuilder.Testing", "Fixtures");

    public static string CatalogueContent => Path.Combine(Root, "src", "TenderBuilder.Core", "Catalogues", "Content");

    // The examples and the domain files are read where users read them, not copied into the tests.
    /// <summary>The shared domain files (../shared beside the repository); every machine of ours has them.</summary>
    public static string SharedDomain
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "domain"));
            return Directory.Exists(folder)
                ? folder
                : throw new DirectoryNotFoundException(
                    $"The shared domain files (verified-facts.md) were expected at {folder}, beside the repository; the catalogue's verified citations are checked against them.");
        }
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
