namespace TenderBuilder.Testing;

/// <summary>Files the tests read where users read them: the repository's examples, not copies.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root (the folder with TenderBuilder.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A worked example of docs/examples by name, e.g. <c>utrecht-like-concession</c>.</summary>
    public static string Example(string name) => Path.Combine(Root, "docs", "examples", name + ".yaml");

    /// <summary>
    /// A file kept as an earlier version of TenderBuilder wrote it, e.g. <c>schema-1/draft-utrecht-like-concession.json</c>:
    /// the proof that what users stored or exported then still opens.
    /// </summary>
    public static string Fixture(string relativePath) => Path.Combine(Root, "tests", "TenderBuilder.Testing", "Fixtures", relativePath);

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
