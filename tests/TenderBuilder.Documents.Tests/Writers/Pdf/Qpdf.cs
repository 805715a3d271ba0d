using System.Diagnostics;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>
/// Runs qpdf, a strict PDF reader, as a process. It must be installed: a run without it fails
/// rather than passing unchecked (scripts/test.sh installs it).
/// </summary>
internal static class Qpdf
{
    private static readonly Lazy<string> s_program = new(Find);

    /// <summary>Runs qpdf with <paramref name="arguments"/>; its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(s_program.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new TimeoutException($"qpdf {string.Join(' ', arguments)} did not finish within a minute.");
        }

        return (process.ExitCode, output + error.Result);
    }

    private static string Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "qpdf");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "qpdf is not installed, and every generated PDF must pass `qpdf --check`. Install it " +
            "(`apt-get install qpdf`), or run the README's test command (bash scripts/test.sh), which installs it.");
    }
}
