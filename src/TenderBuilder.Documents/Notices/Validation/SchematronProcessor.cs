using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>
/// Checks eForms notices against the eForms SDK's schematron rules by running the Node.js runner
/// (tools/eforms-schematron/validate.mjs). Loading the SDK's rules takes seconds while checking a
/// notice takes a fraction of that, so a whole batch goes to ONE node process.
/// </summary>
public sealed partial class SchematronProcessor
{
    private const string RunnerScript = "validate.mjs";

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private readonly SchematronOptions _options;
    private readonly Lazy<string?> _unavailableReason;

    /// <summary>Creates a processor; nothing is checked or started until it is used.</summary>
    public SchematronProcessor(SchematronOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _unavailableReason = new Lazy<string?>(FindUnavailableReason);
    }

    /// <summary>
    /// Whether the rules can be run here: node starts, and the runner folder (with its
    /// node_modules installed) and the schematron file exist. Checked once, on first use.
    /// </summary>
    public bool IsAvailable => _unavailableReason.Value is null;

    /// <summary>Why <see cref="IsAvailable"/> is false, in a sentence; null when it is available.</summary>
    public string? UnavailableReason => _unavailableReason.Value;

    /// <summary>
    /// Validates every notice with the rules of one notice subtype (the phase <c>eforms-{subtype}</c>),
    /// in one node process.
    /// </summary>
    /// <param name="notices">The notices; their names must be unique.</param>
    /// <param name="subtype">The eForms notice subtype, e.g. <c>16</c> or <c>19</c>.</param>
    /// <param name="cancellationToken">Stops the runner.</param>
    /// <returns>One result per notice, in the order given.</returns>
    /// <exception cref="InvalidOperationException">The processor is not available, or node failed
    /// (the message includes what it wrote to stderr).</exception>
    /// <exception cref="TimeoutException">The batch took longer than <see cref="SchematronOptions.Timeout"/>.</exception>
    public async Task<IReadOnlyList<SchematronResult>> ValidateAsync(
        IReadOnlyList<NamedNotice> notices, string subtype, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentException.ThrowIfNullOrWhiteSpace(subtype);
        // The subtype becomes part of an argument; only the SDK's kind of names (16, E1, X01) may pass.
        if (!SubtypePattern().IsMatch(subtype))
        {
            throw new ArgumentException($"'{subtype}' is not an eForms notice subtype.", nameof(subtype));
        }

        var duplicate = notices.GroupBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two notices are named '{duplicate.Key}'; names must be unique in a batch.", nameof(notices));
        }

        if (notices.Count == 0)
        {
            return [];
        }

        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException("The eForms schematron rules cannot be run: " + reason);
        }

        var folder = Directory.CreateTempSubdirectory("tenderbuilder-schematron-").FullName;
        try
        {
            // The files get neutral names: a notice's name may hold anything, and the runner's
            // report names the file it read, which maps back to the notice.
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < notices.Count; i++)
            {
                var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"notice-{i + 1:D5}.xml"));
                await File.WriteAllTextAsync(path, notices[i].Xml, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                names[path] = notices[i].Name;
            }

            var output = await RunAsync(subtype, names.Keys, cancellationToken).ConfigureAwait(false);
            return Read(output, names, notices);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing a validation for.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private async Task<string> RunAsync(string subtype, IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.NodePath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = _options.RunnerFolder!,
        };
        start.ArgumentList.Add(Path.Combine(_options.RunnerFolder!, RunnerScript));
        start.ArgumentList.Add("--sch");
        start.ArgumentList.Add(Path.GetFullPath(_options.SchematronFile!));
        start.ArgumentList.Add("--phase");
        start.ArgumentList.Add("eforms-" + subtype);
        // The list goes through stdin so that a large batch never meets a command-line limit.
        start.ArgumentList.Add("--files-from");
        start.ArgumentList.Add("-");

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Node.js could not be started as '{_options.NodePath}': {e.Message}", e);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.StandardInput.WriteAsync(new StringBuilder().AppendJoin('\n', files).Append('\n'), timeout.Token).ConfigureAwait(false);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            var output = await stdout.ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"The eForms schematron runner failed (exit code {process.ExitCode}): {(errors.Length > 0 ? errors.Trim() : "it wrote nothing to stderr")}");
            }

            return output;
        }
        catch (OperationCanceledException) when (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new TimeoutException($"The eForms schematron runner did not finish within {_options.Timeout}; it was stopped.");
        }
        catch (IOException e) when (process.HasExited)
        {
            // Node ended before reading the list (a bad install, a syntax error): its stderr says why.
            var errors = await stderr.ConfigureAwait(false);
            throw new InvalidOperationException($"The eForms schematron runner stopped early (exit code {process.ExitCode}): {errors.Trim()}", e);
        }
    }

    private static List<SchematronResult> Read(string output, Dictionary<string, string> names, IReadOnlyList<NamedNotice> notices)
    {
        List<FileReport>? reports;
        try
        {
            reports = JsonSerializer.Deserialize<List<FileReport>>(output, s_json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException("The eForms schematron runner's report is not the JSON expected: " + e.Message, e);
        }

        var byName = new Dictionary<string, SchematronResult>(StringComparer.Ordinal);
        foreach (var report in reports ?? [])
        {
            if (report.File is null || !names.TryGetValue(report.File, out var name))
            {
                throw new InvalidOperationException($"The eForms schematron runner reported on a file it was not given: {report.File}");
            }

            var failures = (report.Failures ?? [])
                .Select(f => new SchematronFailure(f.Id ?? "", f.Role ?? "ERROR", f.Location ?? "", f.Test ?? "", f.Text ?? "", f.Fields ?? []))
                .ToList();
            byName[name] = new SchematronResult(name, failures);
        }

        var missing = notices.FirstOrDefault(n => !byName.ContainsKey(n.Name));
        return missing is not null
            ? throw new InvalidOperationException($"The eForms schematron runner did not report on notice '{missing.Name}'.")
            : [.. notices.Select(n => byName[n.Name])];
    }

    private string? FindUnavailableReason()
    {
        if (string.IsNullOrWhiteSpace(_options.RunnerFolder))
        {
            return "no runner folder is configured (SchematronOptions.RunnerFolder).";
        }

        if (!File.Exists(Path.Combine(_options.RunnerFolder, RunnerScript)))
        {
            return $"the runner folder {_options.RunnerFolder} has no {RunnerScript}.";
        }

        if (!Directory.Exists(Path.Combine(_options.RunnerFolder, "node_modules", "node-schematron")))
        {
            return $"the runner's packages are not installed (run: npm ci --prefix {_options.RunnerFolder}).";
        }

        if (string.IsNullOrWhiteSpace(_options.SchematronFile) || !File.Exists(_options.SchematronFile))
        {
            return $"the schematron file was not found at '{_options.SchematronFile}'.";
        }

        return NodeProblem();
    }

    private string? NodeProblem()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(_options.NodePath, ["--version"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var version = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return $"'{_options.NodePath} --version' did not answer within 30 seconds.";
            }

            return process.ExitCode == 0 && version.Result.StartsWith('v')
                ? null
                : $"'{_options.NodePath} --version' failed with exit code {process.ExitCode}.";
        }
        catch (Win32Exception e)
        {
            return $"Node.js could not be started as '{_options.NodePath}': {e.Message}";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,8}$")]
    private static partial Regex SubtypePattern();

    // The runner's JSON, one entry per file.
    private sealed record FileReport(string? File, List<FailureReport>? Failures);

    private sealed record FailureReport(string? Id, string? Role, string? Location, string? Test, string? Text, List<string>? Fields);
}
