using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Data;
using TenderBuilder.Testing;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Review;

namespace TenderBuilder.Application.Tests.Drafts;

/// <summary>
/// Records survive: a draft in review or approved is never deleted; a deleted draft is archived with
/// its whole history and the deletion recorded; an administrator of its organisation restores it
/// within the retention period (90 days) and not after. On SQLite and PostgreSQL.
/// </summary>
public abstract class DraftArchiveContract : IAsyncLifetime
{
    private ApplicationHost _app = null!;
    private TestUser _author = null!;
    private TestUser _reviewer = null!;
    private TestUser _administrator = null!;
    private TestUser _otherAdministrator = null!;
    private Guid _draft;

    protected abstract Task<ApplicationHost> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _author = await _app.UserAsync("Anna Author", "Utrecht", "Author");
        _reviewer = await _app.UserAsync("Rob Reviewer", "Utrecht", "Reviewer");
        _administrator = await _app.UserAsync("Ada Administrator", "Utrecht", "Administrator");
        _otherAdministrator = await _app.UserAsync("Sven Administrator", "Stockholm", "Administrator");
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        _draft = await AsAsync(_author, (DraftsService drafts) => drafts.CreateFromAsync(input, "Small town, ten AC points"));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_author_cannot_delete_a_draft_in_review_nor_an_approved_one()
    {
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        var inReview = await Should.ThrowAsync<DraftKeptException>(() => AsAsync(_author, (DraftsService drafts) => drafts.DeleteAsync(_draft)));
        inReview.Message.ShouldBe("“Small town, ten AC points” is in review, so it is kept as a record and cannot be deleted. Ask a reviewer to return it to you if it needs to change.");

        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft));
        var approved = await Should.ThrowAsync<DraftKeptException>(() => AsAsync(_author, (DraftsService drafts) => drafts.DeleteAsync(_draft)));
        approved.Message.ShouldEndWith("Start a new version to go on working on it.");

        var listed = (await AsAsync(_author, (DraftsService drafts) => drafts.ListAsync())).ShouldHaveSingleItem();
        listed.Status.ShouldBe(DraftStatus.Approved);
        (await ArchiveAsync(_administrator)).ShouldBeEmpty();
        (await TrailAsync()).ShouldNotContain(e => e.Subject == "deleted");
    }

    [Fact]
    public async Task A_deleted_draft_leaves_every_list_and_page_but_keeps_its_history_and_the_deletion_is_recorded()
    {
        await AsAsync(_author, async (DraftsService drafts) =>
        {
            var draft = await drafts.OpenAsync(_draft);
            return await drafts.SaveAsync(_draft, draft.Revision, draft.Input with { Tender = draft.Input.Tender with { Reference = "ST-2027-01" } });
        });
        _app.Clock.Advance(TimeSpan.FromHours(1));

        await AsAsync(_author, (DraftsService drafts) => drafts.DeleteAsync(_draft));

        (await AsAsync(_author, (DraftsService drafts) => drafts.ListAsync())).ShouldBeEmpty();
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_author, (DraftsService drafts) => drafts.OpenAsync(_draft)));

        var trail = await TrailAsync();
        trail.Select(e => (e.Kind, e.Subject)).ShouldBe([("Draft", "created"), ("TenderDetail", "tender.reference"), ("Draft", "deleted")]);
        var deletion = trail[^1];
        (deletion.UserId, deletion.UserName, deletion.AtUtc).ShouldBe((_author.UserId, "Anna Author", new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc)));

        var archived = (await ArchiveAsync(_administrator)).ShouldHaveSingleItem();
        (archived.Id, archived.Title, archived.DeletedBy, archived.DeletedAtUtc, archived.RestorableUntilUtc, archived.CanRestore).ShouldBe(
            (_draft, "Small town, ten AC points", "Anna Author", new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc), true));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_author, (DraftsService drafts) => drafts.DeleteAsync(_draft)));
    }

    [Fact]
    public async Task An_administrator_of_the_organisation_restores_a_deleted_draft_within_the_retention_period_and_not_after()
    {
        var later = await AsAsync(_author, (DraftsService drafts) => drafts.CreateAsync("Hubs, deleted later"));
        await AsAsync(_author, (DraftsService drafts) => drafts.DeleteAsync(_draft));
        await AsAsync(_author, (DraftsService drafts) => drafts.DeleteAsync(later));
        _app.Clock.Advance(TimeSpan.FromDays(89));

        await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_author, (DraftArchive archive) => archive.RestoreAsync(_draft)));
        await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_author, (DraftArchive archive) => archive.ListAsync()));
        (await ArchiveAsync(_otherAdministrator)).ShouldBeEmpty();
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_otherAdministrator, (DraftArchive archive) => archive.RestoreAsync(_draft)));

        await AsAsync(_administrator, (DraftArchive archive) => archive.RestoreAsync(_draft));

        var restored = await AsAsync(_author, (DraftsService drafts) => drafts.OpenAsync(_draft));
        restored.Title.ShouldBe("Small town, ten AC points");
        restored.Input.Tender.Reference.ShouldNotBeNull();
        (await AsAsync(_author, (DraftsService drafts) => drafts.ListAsync())).Select(d => d.Id).ShouldBe([_draft]);
        var restoration = (await TrailAsync()).Last();
        (restoration.Kind, restoration.Subject, restoration.UserName).ShouldBe(("Draft", "restored", "Ada Administrator"));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_administrator, (DraftArchive archive) => archive.RestoreAsync(_draft)));

        _app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var expired = await Should.ThrowAsync<DraftRetentionExpiredException>(() => AsAsync(_administrator, (DraftArchive archive) => archive.RestoreAsync(later)));
        expired.Message.ShouldContain("retention period is over");
        var archived = (await ArchiveAsync(_administrator)).ShouldHaveSingleItem();
        (archived.Id, archived.CanRestore).ShouldBe((later, false));
        (await AsAsync(_author, (DraftsService drafts) => drafts.ListAsync())).Select(d => d.Id).ShouldBe([_draft]);
        (await TrailAsync(later)).Select(e => e.Subject).ShouldBe(["created", "deleted"]);
    }

    [Fact]
    public async Task Removing_a_drafts_row_from_the_database_leaves_its_history()
    {
        await AsAsync(_author, (DraftsService drafts) => drafts.DeleteAsync(_draft));

        await using (var scope = _app.ScopeFor(_author))
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContextAsync())
        {
            (await db.TenderDrafts.IgnoreQueryFilters().Where(d => d.Id == _draft).ExecuteDeleteAsync()).ShouldBe(1);
        }

        (await TrailAsync()).Select(e => e.Subject).ShouldBe(["created", "deleted"]);
    }

    private Task<IReadOnlyList<ArchivedDraft>> ArchiveAsync(TestUser account) =>
        AsAsync(account, (DraftArchive archive) => archive.ListAsync());

    // The trail as stored, oldest first, read as the draft's organisation (the draft itself may be archived or gone).
    private async Task<IReadOnlyList<Data.Audit.AuditEntry>> TrailAsync(Guid? draft = null)
    {
        await using var scope = _app.ScopeFor(_author);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContextAsync();
        var id = draft ?? _draft;
        return await db.AuditEntries.AsNoTracking().Where(e => e.DraftId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
    }

    private Task AsAsync<TService>(TestUser account, Func<TService, Task> act)
        where TService : notnull => _app.AsAsync(account, act);

    private Task<T> AsAsync<TService, T>(TestUser account, Func<TService, Task<T>> act)
        where TService : notnull => _app.AsAsync(account, act);
}

public sealed class SqliteDraftArchiveTests : DraftArchiveContract
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Sqlite);
}

public sealed class PostgresDraftArchiveTests(PostgresServer server) : DraftArchiveContract, IClassFixture<PostgresServer>
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Postgres, server);
}
