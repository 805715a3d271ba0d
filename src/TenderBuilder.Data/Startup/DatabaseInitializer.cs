using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TenderBuilder.Data.Startup;

/// <summary>
/// Creates and migrates the database before the app serves its first request, so a fresh
/// machine needs no setup, and turns every way that can fail into one sentence naming the
/// database and the reason.
/// </summary>
public sealed partial class DatabaseInitializer(DatabaseTarget target, ILogger<DatabaseInitializer> logger)
{
    /// <summary>Connects, then applies every pending migration.</summary>
    /// <exception cref="DatabaseStartupException">The database cannot be reached or migrated.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // A context of its own, without the app's logging: on a first start EF Core probes the
        // migrations history table with a query that fails by design, and would log that as an
        // error. What matters is reported here, once.
        await using var db = target.CreateSchemaContext();
        await ConnectAsync(db.Database.GetDbConnection(), cancellationToken);
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await db.Database.MigrateAsync(cancellationToken);
            if (target.SqliteFilePath is not null)
            {
                // Write-ahead logging: officers reading drafts no longer hold off one saving, and a
                // save waits only for another save. EF Core chooses it when it creates a database
                // itself, which it does not here (the file exists once opened above); the mode is
                // kept in the file, so this changes it once. The backup advice (deployment.md)
                // already covers the -wal and -shm files.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            LogReady(logger, target.Description, pending);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new DatabaseStartupException($"The {target.Description} could not be migrated: {Reason(e)}", e);
        }
    }

    // Opened through ADO.NET first, so that an unreachable server is reported once, here, and
    // not also as an error entry from EF Core's connection logging.
    private async Task ConnectAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            if (target.SqliteFilePath is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await connection.OpenAsync(cancellationToken);
            await connection.CloseAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The server answers but the database does not exist yet: migrating creates it,
            // given the right to (otherwise that step reports why not).
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new DatabaseStartupException($"The {target.Description} cannot be reached: {Reason(e)}", e);
        }
    }

    // The innermost message is the one an operator can act on ("Connection refused",
    // "password authentication failed", "Permission denied"), not a wrapper's.
    private static string Reason(Exception e) => e.GetBaseException().Message.Trim().TrimEnd('.') + ".";

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the {Database} ({Applied} migration(s) applied at start).")]
    private static partial void LogReady(ILogger logger, string database, int applied);
}
