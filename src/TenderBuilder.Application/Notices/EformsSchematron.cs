using System.Text;
using Microsoft.Extensions.Options;
using TenderBuilder.Documents.Notices.Validation;

namespace TenderBuilder.Application.Notices;

/// <summary>
/// The eForms SDK's schematron rules as this server can run them, from the <c>Eforms:Schematron</c>
/// settings (docs/deployment.md): Node.js and the runner in tools/eforms-schematron. Optional: without
/// them the export step says that the rules run at the eSender. One check runs at a time, because a
/// check keeps a core busy for seconds and the app runs on few.
/// </summary>
public sealed class EformsSchematron : IDisposable
{
    /// <summary>The configuration section, under <c>Eforms</c>.</summary>
    public const string Section = "Eforms:Schematron";

    private const string RunnerFolderName = "eforms-schematron";

    private readonly Lazy<SchematronProcessor?> _processor;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Reads the settings; nothing is started until the rules are first asked for.</summary>
    public EformsSchematron(IOptions<SchematronOptions> options, EformsSdkSource eforms, ILogger<EformsSchematron> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(eforms);
        _processor = new Lazy<SchematronProcessor?>(() =>
        {
            var configured = options.Value;
            var resolved = new SchematronOptions
            {
                NodePath = string.IsNullOrWhiteSpace(configured.NodePath) ? "node" : configured.NodePath,
                RunnerFolder = string.IsNullOrWhiteSpace(configured.RunnerFolder) ? FindRunnerFolder() : Path.GetFullPath(configured.RunnerFolder),
                SchematronFile = !string.IsNullOrWhiteSpace(configured.SchematronFile) ? Path.GetFullPath(configured.SchematronFile)
                    : eforms.Sdk is { } sdk ? Path.Combine(sdk.Folder, "schematrons", "static", "complete-validation.sch")
                    : null,
                Timeout = configured.Timeout,
            };
            var processor = new SchematronProcessor(resolved);
            if (processor.UnavailableReason is { } reason)
            {
                // Said once, for the administrator: officers are told the rules run at the eSender.
                logger.LogInformation("The EU rules (eForms schematron) cannot be checked on this server: {Reason} See docs/deployment.md, \"EU notices (eForms)\".", reason);
                return null;
            }

            return processor;
        });
    }

    /// <summary>Whether the rules can be run here (checked once: node is started to ask its version).</summary>
    public bool IsAvailable => _processor.Value is not null;

    /// <summary>
    /// Checks one notice against the rules of its subtype; a check asked for while another runs
    /// waits for it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rules cannot be run here, or the runner failed.</exception>
    /// <exception cref="TimeoutException">The runner took longer than its timeout.</exception>
    public async Task<SchematronResult> CheckAsync(string name, byte[] xml, string subtype, CancellationToken cancellationToken)
    {
        var processor = _processor.Value ?? throw new InvalidOperationException("The eForms schematron rules cannot be run on this server.");
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var results = await processor.ValidateAsync([new NamedNotice(name, Encoding.UTF8.GetString(xml))], subtype, cancellationToken).ConfigureAwait(false);
            return results[0];
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _oneAtATime.Dispose();

    // A source checkout keeps the runner in tools/ at its root, above the program's folder.
    private static string? FindRunnerFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "tools", RunnerFolderName);
                if (File.Exists(Path.Combine(candidate, "validate.mjs")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
