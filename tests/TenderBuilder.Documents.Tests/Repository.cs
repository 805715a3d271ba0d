namespace TenderBuilder.Documents.Tests;

/// <summary>Paths of files the tests read from the repository.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "docs", "examples");

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
