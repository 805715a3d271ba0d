using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Data;

/// <summary>
/// The database the app will use, resolved once from configuration: which provider, which
/// connection string, and a description for logs that never contains a password.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Description)
{
    /// <summary>Where the embedded database lives when nothing is configured.</summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var appData = Environment.GetFolderPath(
                Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            var folder = string.IsNullOrEmpty(appData) ? AppContext.BaseDirectory : appData;
            return Path.Combine(folder, "TenderBuilder", "tenderbuilder.db");
        }
    }

    /// <summary>For SQLite, the database file; null for an in-memory database or another provider.</summary>
    public string? SqliteFilePath =>
        Provider == DatabaseProvider.Sqlite ? SqliteFileOf(ConnectionString) : null;

    /// <summary>Resolves the configured database, or explains which setting is wrong.</summary>
    /// <exception cref="DatabaseStartupException">The configuration names no usable database.</exception>
    public static DatabaseTarget From(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = ParseProvider(options.Provider);
        var connectionString = options.ConnectionString?.Trim();

        return provider switch
        {
            DatabaseProvider.Sqlite => ForSqlite(string.IsNullOrEmpty(connectionString)
                ? new SqliteConnectionStringBuilder { DataSource = DefaultSqlitePath }.ConnectionString
                : connectionString),
            _ => ForPostgres(string.IsNullOrEmpty(connectionString)
                ? throw new DatabaseStartupException(
                    "Database:ConnectionString is required when Database:Provider is Postgres " +
                    "(for example \"Host=db;Database=tenderbuilder;Username=tenderbuilder;Password=...\").")
                : connectionString),
        };
    }

    /// <summary>Points EF Core at this database and at the migrations written for its provider.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(
                ConnectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite)),
            _ => options.UseNpgsql(
                ConnectionString, postgres => postgres.MigrationsAssembly(MigrationsAssemblies.Postgres)),
        };
    }

    /// <summary>
    /// A context of its own on this database, outside the app's services and seeing no
    /// organisation's rows: for the schema only (migrating at start-up, adding a migration).
    /// </summary>
    public TenderBuilderDbContext CreateSchemaContext()
    {
        var options = new DbContextOptionsBuilder<TenderBuilderDbContext>();
        Configure(options);
        return new TenderBuilderDbContext(options.Options, FixedOrganisationScope.None);
    }

    private static DatabaseProvider ParseProvider(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return configured.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new DatabaseStartupException(
                $"Database:Provider \"{configured}\" is not supported; use Sqlite (the default) or Postgres."),
        };
    }

    private static DatabaseTarget ForSqlite(string connectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseStartupException($"Database:ConnectionString is not a valid SQLite connection string: {e.Message}", e);
        }

        var file = SqliteFileOf(builder.ConnectionString);
        return new DatabaseTarget(
            DatabaseProvider.Sqlite,
            builder.ConnectionString,
            file is null ? "SQLite in-memory database" : $"SQLite database at {file}");
    }

    private static DatabaseTarget ForPostgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseStartupException($"Database:ConnectionString is not a valid PostgreSQL connection string: {e.Message}", e);
        }

        var host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username ?? "(default)" : builder.Database;
        return new DatabaseTarget(
            DatabaseProvider.Postgres,
            builder.ConnectionString,
            $"PostgreSQL database \"{database}\" on {host}:{builder.Port}");
    }

    private static string? SqliteFileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        return string.IsNullOrEmpty(source)
               || source.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
               || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(source);
    }
}
