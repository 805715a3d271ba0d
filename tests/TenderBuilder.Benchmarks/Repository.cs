namespace TenderBuilder.Benchmarks;

/// <summary>Finds the worked examples from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class Repository
{
    public static string Examples { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "TenderBuilder.sln")))
                {
                    return Path.Combine(folder.FullName, "docs", "examples");
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the TenderBuilder repository.");
    }
}
