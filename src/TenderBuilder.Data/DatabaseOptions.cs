namespace TenderBuilder.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (the default: an embedded file, no setup) or <c>Postgres</c> (production).</summary>
    public string? Provider { get; set; }

    /// <summary>
    /// The ADO.NET connection string. Optional for SQLite (a file in the user's application-data
    /// folder is used); required for PostgreSQL.
    /// </summary>
    public string? ConnectionString { get; set; }
}
