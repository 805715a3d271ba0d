namespace TenderBuilder.Web.Hosting;

/// <summary>What the app can be asked to do instead of serving.</summary>
internal static class OperatorCommands
{
    /// <summary>The argument that applies pending migrations and exits without serving.</summary>
    public const string MigrateOnlyArgument = "--migrate-only";

    public static bool MigrateOnly(string[] args) => args.Contains(MigrateOnlyArgument, StringComparer.OrdinalIgnoreCase);
}
