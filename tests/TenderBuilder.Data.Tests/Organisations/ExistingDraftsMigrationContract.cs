using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Data.Tests.TestSupport;
using TenderBuilder.Testing;

namespace TenderBuilder.Data.Tests.Organisations;

/// <summary>
/// Upgrading a database that holds drafts from before organisations: every draft moves into the
/// default organisation, nothing lost; a database without drafts gets no default organisation.
/// </summary>
public abstract class ExistingDraftsMigrationContract : IAsyncLifetime
{
    private DataHost _data = null!;

    protected abstract Task<DataHost> CreateHostAsync();

    public async Task InitializeAsync() => _data = await CreateHostAsync();

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task Drafts_made_before_organisations_move_into_the_default_organisation_with_everything_they_held()
    {
        var id = Guid.NewGuid();
        var written = new DateTime(2026, 11, 20, 8, 15, 0, DateTimeKind.Utc);
        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync("InitialCreate");
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO tender_drafts (id, title, input_json, created_at_utc, updated_at_utc, revision)
                VALUES ({id}, {"Utrecht on-street charging"}, {"""{"answers":{"grid.congestion":true}}"""}, {written}, {written}, {7L})
                """);
        }

        await _data.Initializer.InitializeAsync();

        _data.Scope.OrganisationId = Organisation.DefaultId;
        await using var after = await _data.Contexts.CreateDbContextAsync();
        var draft = await after.TenderDrafts.SingleAsync();
        draft.Id.ShouldBe(id);
        draft.Title.ShouldBe("Utrecht on-street charging");
        draft.InputJson.ShouldBe("""{"answers":{"grid.congestion":true}}""");
        draft.Revision.ShouldBe(7);
        draft.UpdatedAtUtc.ShouldBe(written);
        var organisation = await after.Organisations.SingleAsync();
        organisation.Id.ShouldBe(Organisation.DefaultId);
        organisation.Name.ShouldBe(Organisation.DefaultName);
    }

    [Fact]
    public async Task A_database_without_drafts_gets_no_default_organisation_but_the_three_roles()
    {
        await _data.Initializer.InitializeAsync();

        await using var db = await _data.Contexts.CreateDbContextAsync();
        (await db.Organisations.CountAsync()).ShouldBe(0);
        (await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync()).ShouldBe(["Administrator", "Author", "Reviewer"]);
    }
}

public sealed class SqliteExistingDraftsMigrationTests : ExistingDraftsMigrationContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-upgrade-").FullName;

    protected override Task<DataHost> CreateHostAsync() =>
        Task.FromResult(DataHost.Create("Sqlite", $"Data Source={Path.Combine(_folder, "upgrade.db")};Pooling=false"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresExistingDraftsMigrationTests(PostgresServer server) : ExistingDraftsMigrationContract
{
    protected override async Task<DataHost> CreateHostAsync() =>
        DataHost.Create("Postgres", await server.CreateDatabaseAsync());
}
