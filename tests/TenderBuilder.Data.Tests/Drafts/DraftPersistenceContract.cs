using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Data.Tests.TestSupport;
using TenderBuilder.Testing;

namespace TenderBuilder.Data.Tests.Drafts;

/// <summary>
/// What an officer relies on when a draft is saved, whichever database runs underneath. Each
/// provider runs these same assertions (see the derived classes).
/// </summary>
public abstract class DraftPersistenceContract : IAsyncLifetime
{
    // Markup, a spreadsheet formula, right-to-left text and characters outside the BMP must
    // come back exactly as typed.
    private const string HostileJson =
        """{"schemaVersion":1,"answers":{"tender.title":"<script>alert(1)</script> =SUM(A1) مناقصة شحن 🚗 Łódź ≥ 22 kW"}}""";

    private DataHost _data = null!;
    private Guid _organisation;

    protected abstract Task<DataHost> CreateHostAsync();

    public async Task InitializeAsync()
    {
        _data = await CreateHostAsync();
        await _data.Initializer.InitializeAsync();
        _organisation = await _data.ActAsNewOrganisationAsync("Utrecht");
    }

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task A_saved_draft_reads_back_with_its_title_input_and_timestamps()
    {
        var id = await SaveNewDraftAsync("Utrecht on-street charging 2027", HostileJson);

        await using var db = await _data.Contexts.CreateDbContextAsync();
        var draft = await db.TenderDrafts.SingleAsync(d => d.Id == id);
        draft.Title.ShouldBe("Utrecht on-street charging 2027");
        draft.InputJson.ShouldBe(HostileJson);
        draft.CreatedAtUtc.ShouldBe(_data.Clock.GetUtcNow().UtcDateTime);
        draft.CreatedAtUtc.Kind.ShouldBe(DateTimeKind.Utc);
        draft.UpdatedAtUtc.ShouldBe(draft.CreatedAtUtc);
        draft.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task Saving_a_change_moves_the_last_edited_time_and_the_revision_on()
    {
        var id = await SaveNewDraftAsync("Stockholm low-capacity charging", "{}");
        var created = _data.Clock.GetUtcNow().UtcDateTime;
        _data.Clock.Advance(TimeSpan.FromMinutes(5));

        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            var draft = await db.TenderDrafts.SingleAsync(d => d.Id == id);
            draft.Title = "Stockholm low-capacity charging, lot 2";
            await db.SaveChangesAsync();
        }

        await using var reader = await _data.Contexts.CreateDbContextAsync();
        var saved = await reader.TenderDrafts.SingleAsync(d => d.Id == id);
        saved.Title.ShouldBe("Stockholm low-capacity charging, lot 2");
        saved.CreatedAtUtc.ShouldBe(created);
        saved.UpdatedAtUtc.ShouldBe(created.AddMinutes(5));
        saved.Revision.ShouldBe(2);
    }

    [Fact]
    public async Task Saving_a_stale_copy_fails_and_keeps_the_newer_save()
    {
        var id = await SaveNewDraftAsync("Hub tender", "{}");

        // Two browser tabs open the same draft.
        await using var firstTab = await _data.Contexts.CreateDbContextAsync();
        await using var secondTab = await _data.Contexts.CreateDbContextAsync();
        var first = await firstTab.TenderDrafts.SingleAsync(d => d.Id == id);
        var second = await secondTab.TenderDrafts.SingleAsync(d => d.Id == id);

        first.Title = "Hub tender (first tab)";
        await firstTab.SaveChangesAsync();

        second.Title = "Hub tender (second tab)";
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => secondTab.SaveChangesAsync());

        await using var reader = await _data.Contexts.CreateDbContextAsync();
        var saved = await reader.TenderDrafts.SingleAsync(d => d.Id == id);
        saved.Title.ShouldBe("Hub tender (first tab)");
        saved.Revision.ShouldBe(2);
    }

    [Fact]
    public async Task Drafts_list_newest_edit_first()
    {
        var older = await SaveNewDraftAsync("Older", "{}");
        _data.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await SaveNewDraftAsync("Newer", "{}");

        await using var db = await _data.Contexts.CreateDbContextAsync();
        var ids = await db.TenderDrafts.OrderByDescending(d => d.UpdatedAtUtc).Select(d => d.Id).ToListAsync();
        ids.ShouldBe([newer, older]);
    }

    [Fact]
    public async Task Starting_again_on_a_migrated_database_keeps_the_drafts()
    {
        var id = await SaveNewDraftAsync("Kept across restarts", "{}");

        await _data.Initializer.InitializeAsync();

        await using var db = await _data.Contexts.CreateDbContextAsync();
        (await db.TenderDrafts.SingleAsync(d => d.Id == id)).Title.ShouldBe("Kept across restarts");
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_draft_belongs_to_the_organisation_that_made_it_and_no_other_sees_it()
    {
        var utrechts = await SaveNewDraftAsync("Utrecht on-street charging", "{}");
        var stockholm = await _data.ActAsNewOrganisationAsync("Stockholm");
        var stockholms = await SaveNewDraftAsync("Stockholm low-capacity charging", "{}");

        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            (await db.TenderDrafts.Select(d => d.Id).ToListAsync()).ShouldBe([stockholms]);
            (await db.TenderDrafts.FindAsync(utrechts)).ShouldBeNull("FindAsync goes to the database, through the filter");
            (await db.TenderDrafts.Where(d => d.Id == utrechts).ExecuteUpdateAsync(d => d.SetProperty(x => x.Title, "taken"))).ShouldBe(0);
            (await db.TenderDrafts.Where(d => d.Id == utrechts).ExecuteDeleteAsync()).ShouldBe(0);
            (await db.TenderDrafts.SingleAsync()).OrganisationId.ShouldBe(stockholm);
        }

        _data.Scope.OrganisationId = _organisation;
        await using var utrecht = await _data.Contexts.CreateDbContextAsync();
        var own = await utrecht.TenderDrafts.SingleAsync();
        own.Id.ShouldBe(utrechts);
        own.Title.ShouldBe("Utrecht on-street charging");
    }

    [Fact]
    public async Task Without_an_organisation_no_draft_is_visible_and_none_can_be_made()
    {
        await SaveNewDraftAsync("Utrecht on-street charging", "{}");
        _data.Scope.OrganisationId = null;

        await using var db = await _data.Contexts.CreateDbContextAsync();
        (await db.TenderDrafts.CountAsync()).ShouldBe(0);
        db.TenderDrafts.Add(new TenderDraft { Title = "Nobody's", InputJson = "{}" });
        (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message
            .ShouldBe("A draft can only be created by a user of an organisation.");
    }

    [Fact]
    public async Task A_draft_cannot_be_moved_to_another_organisation()
    {
        var id = await SaveNewDraftAsync("Utrecht on-street charging", "{}");
        var other = await _data.ActAsNewOrganisationAsync("Stockholm");
        _data.Scope.OrganisationId = _organisation;

        await using var db = await _data.Contexts.CreateDbContextAsync();
        var draft = await db.TenderDrafts.SingleAsync(d => d.Id == id);
        draft.OrganisationId = other;
        (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message
            .ShouldBe("A draft cannot move to another organisation.");
    }

    [Fact]
    public async Task A_drafts_audit_trail_is_its_organisations_and_outlives_the_drafts_row()
    {
        var id = await SaveNewDraftAsync("Utrecht on-street charging", "{}");
        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            db.AuditEntries.Add(new Audit.AuditEntry { DraftId = id, AtUtc = DateTime.UtcNow, UserName = "Anna", Kind = "Answer", Subject = "grid.dso_name", After = "\"Stedin\"" });
            await db.SaveChangesAsync();
        }

        await _data.ActAsNewOrganisationAsync("Stockholm");
        await using (var other = await _data.Contexts.CreateDbContextAsync())
        {
            (await other.AuditEntries.CountAsync()).ShouldBe(0);
        }

        _data.Scope.OrganisationId = _organisation;
        await using var own = await _data.Contexts.CreateDbContextAsync();
        (await own.AuditEntries.SingleAsync()).OrganisationId.ShouldBe(_organisation);
        await own.TenderDrafts.Where(d => d.Id == id).ExecuteDeleteAsync();
        (await own.AuditEntries.SingleAsync()).Subject.ShouldBe("grid.dso_name", "the trail is a record: removing the draft's row never takes it along");
    }

    [Fact]
    public async Task A_deleted_draft_is_hidden_from_every_query_but_stays_in_the_database()
    {
        var id = await SaveNewDraftAsync("Utrecht on-street charging", "{}");
        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            var draft = await db.TenderDrafts.SingleAsync(d => d.Id == id);
            draft.DeletedAtUtc = _data.Clock.GetUtcNow().UtcDateTime;
            draft.DeletedBy = "Anna";
            await db.SaveChangesAsync();
        }

        await using var again = await _data.Contexts.CreateDbContextAsync();
        (await again.TenderDrafts.CountAsync()).ShouldBe(0);
        (await again.TenderDrafts.FindAsync(id)).ShouldBeNull();
        var archived = await again.TenderDrafts.IgnoreQueryFilters().SingleAsync(d => d.Id == id);
        (archived.DeletedBy, archived.DeletedAtUtc).ShouldBe(("Anna", _data.Clock.GetUtcNow().UtcDateTime));
        archived.DeletedAtUtc!.Value.Kind.ShouldBe(DateTimeKind.Utc);
    }

    private async Task<Guid> SaveNewDraftAsync(string title, string inputJson)
    {
        await using var db = await _data.Contexts.CreateDbContextAsync();
        var draft = new TenderDraft { Title = title, InputJson = inputJson };
        db.TenderDrafts.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    }
}

public sealed class SqliteDraftPersistenceTests : DraftPersistenceContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-sqlite-").FullName;

    protected override Task<DataHost> CreateHostAsync() =>
        Task.FromResult(DataHost.Create("Sqlite", $"Data Source={Path.Combine(_folder, "drafts.db")};Pooling=false"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDraftPersistenceTests(PostgresServer server) : DraftPersistenceContract
{
    protected override async Task<DataHost> CreateHostAsync() =>
        DataHost.Create("Postgres", await server.CreateDatabaseAsync());
}
