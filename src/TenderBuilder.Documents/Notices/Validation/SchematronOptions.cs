namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>
/// Where the schematron runner and the SDK's rules are. The runner is a Node.js script
/// (tools/eforms-schematron) because no conformant XPath 2 schematron processor exists for .NET;
/// leaving <see cref="RunnerFolder"/> unset turns the check off.
/// </summary>
public sealed class SchematronOptions
{
    /// <summary>The Node.js executable: a name found on the PATH, or a full path.</summary>
    public string NodePath { get; set; } = "node";

    /// <summary>The folder of the runner (tools/eforms-schematron, with its node_modules installed); null when not configured.</summary>
    public string? RunnerFolder { get; set; }

    /// <summary>The SDK's <c>schematrons/static/complete-validation.sch</c>.</summary>
    public string? SchematronFile { get; set; }

    /// <summary>
    /// How long one batch may take before the runner is stopped. Loading the rules takes seconds
    /// and a large notice (a hundred lots) can take tens of seconds, so this is generous.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);
}
