using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data.Tests.TestSupport;
using TenderBuilder.Testing;

namespace TenderBuilder.Data.Tests.Startup;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task A_new_SQLite_file_is_created_with_its_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tenderbuilder-{Guid.NewGuid():N}", "nested");
        try
        {
            var file = Path.Combine(folder, "tenderbuilder.db");
            await using var data = DataHost.Create("Sqlite", $"Data Source={file};Pooling=false");

            await data.Initializer.InitializeAsync();

            File.Exists(file).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_SQLite_file_is_switched_to_write_ahead_logging_so_readers_do_not_hold_off_a_save()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tenderbuilder-{Guid.NewGuid():N}.db");
        try
        {
            // A database made before this mode was chosen: SQLite's own default, a rollback journal.
            await using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=false"))
            {
                await old.OpenAsync();
                (await JournalMode(old)).ShouldBe("delete");
            }

            await using var data = DataHost.Create("Sqlite", $"Data Source={file};Pooling=false");
            await data.Initializer.InitializeAsync();

            await using var after = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=false");
            await after.OpenAsync();
            (await JournalMode(after)).ShouldBe("wal");
        }
        finally
        {
            foreach (var part in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(part);
            }
        }
    }

    private static async Task<string?> JournalMode(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string?)await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task An_unusable_SQLite_path_is_reported_with_the_path_and_the_reason()
    {
        // A folder cannot be created beneath a regular file.
        var blocker = Path.GetTempFileName();
        try
        {
            var file = Path.Combine(blocker, "tenderbuilder.db");
            await using var data = DataHost.Create("Sqlite", $"Data Source={file}");

            var failure = await Should.ThrowAsync<DatabaseStartupException>(() => data.Initializer.InitializeAsync());

            failure.Message.ShouldStartWith($"The SQLite database at {file} cannot be reached: ");
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresInitializerTests(PostgresServer server)
{
    [Fact]
    public async Task An_unreachable_PostgreSQL_server_is_reported_by_host_and_port_without_the_password()
    {
        // Nothing listens on port 1 of the loopback interface.
        await using var data = DataHost.Create(
            "Postgres", "Host=127.0.0.1;Port=1;Database=tenders;Username=app;Password=s3cret;Timeout=3");

        var failure = await Should.ThrowAsync<DatabaseStartupException>(() => data.Initializer.InitializeAsync());

        failure.Message.ShouldBe("The PostgreSQL database \"tenders\" on 127.0.0.1:1 cannot be reached: Connection refused.");
        failure.Message.ShouldNotContain("s3cret");
    }

    [Fact]
    public async Task A_missing_PostgreSQL_database_is_created_and_migrated()
    {
        var name = $"tb_new_{Guid.NewGuid():N}";
        var connection = $"Host=127.0.0.1;Port={server.Port};Username=postgres;Database={name}";
        await using var data = DataHost.Create("Postgres", connection);

        await data.Initializer.InitializeAsync();

        await using var db = await data.Contexts.CreateDbContextAsync();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.TenderDrafts.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_PostgreSQL_database_that_may_not_be_created_is_reported_by_name_and_reason()
    {
        // A role without the right to create databases.
        await using (var admin = new Npgsql.NpgsqlConnection(server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand("CREATE ROLE officer LOGIN NOCREATEDB", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = $"Host=127.0.0.1;Port={server.Port};Username=officer;Database=no_such_db";
        await using var data = DataHost.Create("Postgres", connection);

        var failure = await Should.ThrowAsync<DatabaseStartupException>(() => data.Initializer.InitializeAsync());

        failure.Message.ShouldStartWith($"The PostgreSQL database \"no_such_db\" on 127.0.0.1:{server.Port} could not be migrated: ");
        failure.Message.ShouldContain("permission denied to create database");
    }
}
