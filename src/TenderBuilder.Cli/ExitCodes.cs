namespace TenderBuilder.Cli;

/// <summary>What the command's exit code tells a script.</summary>
internal static class ExitCodes
{
    /// <summary>Done; the tender has no errors (warnings are allowed).</summary>
    public const int Ok = 0;

    /// <summary>The tender has errors an officer must fix before publishing.</summary>
    public const int TenderErrors = 1;

    /// <summary>The input could not be read (missing, malformed, unknown question, wrong type, out of range) or the command was misused; nothing was written.</summary>
    public const int Unreadable = 2;
}
