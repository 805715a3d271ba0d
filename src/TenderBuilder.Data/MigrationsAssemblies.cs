namespace TenderBuilder.Data;

/// <summary>
/// The assemblies holding each provider's migrations. SQLite and PostgreSQL differ in column
/// types, so each provider has its own migration history (docs/decisions/0002).
/// </summary>
public static class MigrationsAssemblies
{
    public const string Sqlite = "TenderBuilder.Data.Sqlite";
    public const string Postgres = "TenderBuilder.Data.Postgres";
}
