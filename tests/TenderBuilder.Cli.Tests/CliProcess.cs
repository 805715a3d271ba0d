using System.Diagnostics;

namespace TenderBuilder.Cli.Tests;

/// <summary>Runs the real <c>tenderbuilder</c> program as a process and captures what it prints.</summary>
internal static class CliProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Examples => Path.Combine(RepositoryRoot, "docs", "examples");

    private static string Program
    {
        get
        {
            // Same configuration as this test assembly (Debug or Release).
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(RepositoryRoot, "src", "TenderBuilder.Cli", "bin", configuration, "net10.0", "tenderbuilder.dll");
        }
    }

    public static Task<CliResult> RunAsync(params string[] arguments) => RunProgramAsync("dotnet", [Program, .. arguments]);

    /// <summary>Runs an executable (the natively compiled command, say) the same way.</summary>
    public static async Task<CliResult> RunProgramAsync(string executable, IEnumerable<string> arguments, TimeSpan? timeLimit = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(timeLimit ?? TimeSpan.FromMinutes(2));
        var exited = process.WaitForExitAsync(timeout.Token);
        var peak = 0L;
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            await Task.WhenAny(exited, Task.Delay(10, timeout.Token));
        }

        await exited;
        return new CliResult(process.ExitCode, await output, await error) { PeakMemoryBytes = peak, Elapsed = clock.Elapsed };
    }

    // The kernel's high-water mark of the process's resident memory (VmHWM), read while it runs;
    // 0 once it has gone. Polled every 10 ms, so a process that grew for longer cannot hide it.
    private static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
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

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The most resident memory the process was seen to hold (Linux), in bytes.</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>From start to exit, the runtime's own start-up included.</summary>
    public TimeSpan Elapsed { get; init; }
}
