using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.History;
using TenderBuilder.Application.Packages;
using TenderBuilder.Application.Review;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests.Drafts;

/// <summary>
/// Who may do what with a draft, through the services alone: a draft belongs to its organisation,
/// whose authors change it and whose reviewers read it; another organisation, and an administrator
/// who is neither author nor reviewer, are told it does not exist. On SQLite and PostgreSQL.
/// </summary>
public abstract class DraftsAuthorisationContract(HostFixture fixture) : IAsyncLifetime
{
    private ApplicationHost _host = null!;
    private TestUser _anna = null!;
    private TestUser _alex = null!;
    private TestUser _rob = null!;
    private TestUser _ada = null!;
    private TestUser _adam = null!;
    private TestUser _sven = null!;
    private TestUser _stina = null!;
    private Guid _draft;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        var utrecht = People.Organisation("Utrecht");
        var stockholm = People.Organisation("Stockholm");
        _anna = await _host.UserAsync("Anna Author", utrecht, TenderBuilderRoles.Author);
        _alex = await _host.UserAsync("Alex Author", utrecht, TenderBuilderRoles.Author);
        _rob = await _host.UserAsync("Rob Reviewer", utrecht, TenderBuilderRoles.Reviewer);
        _ada = await _host.UserAsync("Ada Administrator", utrecht, TenderBuilderRoles.Administrator);
        _adam = await _host.UserAsync("Adam Administrator-Author", utrecht, TenderBuilderRoles.Administrator, TenderBuilderRoles.Author);
        _sven = await _host.UserAsync("Sven Stockholm", stockholm, TenderBuilderRoles.Author, TenderBuilderRoles.Reviewer);
        _stina = await _host.UserAsync("Stina Administrator", stockholm, TenderBuilderRoles.Administrator);
        _draft = await AsAsync(_anna, (DraftsService drafts) => drafts.CreateFromAsync(Example(), "Utrecht hubs"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_draft_belongs_to_its_organisation_so_another_author_of_it_lists_opens_renames_and_saves_it_and_the_history_names_each()
    {
        (await ListAsync(_alex)).ShouldContain("Utrecht hubs");
        var opened = await OpenAsync(_alex);
        var revision = await AsAsync(_alex, (DraftsService drafts) => drafts.SaveAsync(_draft, opened.Revision,
            opened.Input with { Tender = opened.Input.Tender with { Reference = "UTR-2027-01" } }));
        await AsAsync(_anna, (DraftsService drafts) => drafts.RenameAsync(_draft, revision, "Utrecht charging hubs"));

        (await OpenAsync(_alex)).Title.ShouldBe("Utrecht charging hubs");
        var history = await AsAsync(_rob, (DraftHistory trail) => trail.ReadAsync(_draft));
        history.Entries.ShouldContain(e => e.UserName == "Alex Author" && e.After == "UTR-2027-01");
        history.Entries.ShouldContain(e => e.UserName == "Anna Author" && e.After == "Utrecht charging hubs");
        history.Entries.ShouldContain(e => e.UserName == "Anna Author" && e.Subject == "created");
    }

    [Fact]
    public async Task A_reviewer_reads_the_organisations_drafts_and_their_history_but_cannot_create_change_copy_import_or_delete_one()
    {
        (await ListAsync(_rob)).ShouldContain("Utrecht hubs");
        var opened = await OpenAsync(_rob);
        (await AsAsync(_rob, (DraftHistory trail) => trail.CsvAsync(_draft, History.HistoryWords.Describer(TenderBuilder.Core.Catalogues.CatalogueLoader.Default)))).ShouldContain("\"Anna Author\"");
        (await AsAsync(_rob, (DraftPackages packages) => packages.GetAsync(_draft))).ShouldNotBeNull();

        await RefusedAsync(_rob, drafts => drafts.CreateAsync("A reviewer's draft"));
        await RefusedAsync(_rob, drafts => drafts.CreateFromAsync(Example(), "A reviewer's draft"));
        await RefusedAsync(_rob, drafts => drafts.SaveAsync(_draft, opened.Revision, opened.Input with { Tender = opened.Input.Tender with { Reference = "R" } }));
        await RefusedAsync(_rob, drafts => drafts.RenameAsync(_draft, opened.Revision, "Renamed by a reviewer"));
        await RefusedAsync(_rob, drafts => drafts.DuplicateAsync(_draft));
        await RefusedAsync(_rob, drafts => drafts.DeleteAsync(_draft));
        await RefusedAsync(_rob, drafts => drafts.ImportAsync("schemaVersion: 1\ntender:\n  title: Imported\n", "imported.yaml"));

        (await ListAsync(_anna)).ShouldBe(["Utrecht hubs"]);
        var after = await OpenAsync(_anna);
        (after.Title, after.Revision).ShouldBe(("Utrecht hubs", opened.Revision));
    }

    [Fact]
    public async Task Another_organisations_draft_is_not_found_by_any_draft_service_not_even_refused()
    {
        var opened = await OpenAsync(_anna);

        (await ListAsync(_sven)).ShouldNotContain("Utrecht hubs");
        await NotFoundAsync(_sven, drafts => drafts.OpenAsync(_draft));
        await NotFoundAsync(_sven, drafts => drafts.SaveAsync(_draft, opened.Revision, opened.Input with { Tender = opened.Input.Tender with { Reference = "S" } }));
        await NotFoundAsync(_sven, drafts => drafts.RenameAsync(_draft, opened.Revision, "Taken over"));
        await NotFoundAsync(_sven, drafts => drafts.DuplicateAsync(_draft));
        await NotFoundAsync(_sven, drafts => drafts.DeleteAsync(_draft));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_sven, (DraftHistory trail) => trail.ReadAsync(_draft)));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_sven, (DraftHistory trail) => trail.CsvAsync(_draft, History.HistoryWords.Describer(TenderBuilder.Core.Catalogues.CatalogueLoader.Default))));
        (await AsAsync(_sven, (DraftPackages packages) => packages.GetAsync(_draft))).ShouldBeNull();
        // Not found comes before the role: Stockholm learns nothing, not even that a draft exists to be refused.
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_sven, (DraftReviews reviews) => reviews.SubmitAsync(_draft)));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_sven, (DraftReviews reviews) => reviews.HistoryAsync(_draft)));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_sven, (DraftReviews reviews) => reviews.NewVersionAsync(_draft)));

        var after = await OpenAsync(_anna);
        (after.Title, after.Revision, after.Status).ShouldBe(("Utrecht hubs", opened.Revision, DraftStatus.Draft));
    }

    [Fact]
    public async Task An_administrator_who_is_neither_author_nor_reviewer_sees_no_draft_of_their_own_organisation_and_creates_none()
    {
        (await AsAsync(_ada, (DraftsService drafts) => drafts.ListAsync())).ShouldBeEmpty();
        await NotFoundAsync(_ada, drafts => drafts.OpenAsync(_draft));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_ada, (DraftHistory trail) => trail.ReadAsync(_draft)));
        (await AsAsync(_ada, (DraftPackages packages) => packages.GetAsync(_draft))).ShouldBeNull();
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_ada, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));
        await RefusedAsync(_ada, drafts => drafts.CreateAsync("An administrator's draft"));

        (await ListAsync(_anna)).ShouldBe(["Utrecht hubs"]);
    }

    [Fact]
    public async Task An_administrator_who_is_also_an_author_works_on_the_organisations_drafts()
    {
        (await ListAsync(_adam)).ShouldContain("Utrecht hubs");
        var id = await AsAsync(_adam, (DraftsService drafts) => drafts.DuplicateAsync(_draft));

        (await ListAsync(_anna)).ShouldContain("Copy of Utrecht hubs");
        (await AsAsync(_anna, (DraftHistory trail) => trail.ReadAsync(id))).Entries.ShouldContain(e => e.UserName == "Adam Administrator-Author" && e.Subject == "copied");
    }

    [Fact]
    public async Task Someone_of_no_organisation_sees_no_draft_at_all()
    {
        (await AsAsync(TestUser.Nobody, (DraftsService drafts) => drafts.ListAsync())).ShouldBeEmpty();
        await NotFoundAsync(TestUser.Nobody, drafts => drafts.OpenAsync(_draft));
        var author = _anna with { OrganisationId = null };
        await Should.ThrowAsync<InvalidOperationException>(() => AsAsync(author, (DraftsService drafts) => drafts.CreateAsync("Of no organisation")));
        (await ListAsync(_anna)).ShouldBe(["Utrecht hubs"]);
    }

    [Theory]
    [InlineData(DraftStatus.Draft)]
    [InlineData(DraftStatus.Returned)]
    public async Task An_author_deletes_a_draft_that_is_not_a_record_of_a_review_and_it_is_gone_for_everyone(DraftStatus status)
    {
        await MoveToAsync(status);

        await AsAsync(_alex, (DraftsService drafts) => drafts.DeleteAsync(_draft));

        (await ListAsync(_anna)).ShouldNotContain("Utrecht hubs");
        await NotFoundAsync(_rob, drafts => drafts.OpenAsync(_draft));
        await NotFoundAsync(_anna, drafts => drafts.DeleteAsync(_draft));
        var archived = (await AsAsync(_ada, (DraftArchive archive) => archive.ListAsync())).ShouldHaveSingleItem();
        (archived.Title, archived.DeletedBy).ShouldBe(("Utrecht hubs", "Alex Author"));
    }

    [Theory]
    [InlineData(DraftStatus.InReview)]
    [InlineData(DraftStatus.Approved)]
    public async Task A_draft_in_review_or_approved_is_kept_as_a_record_and_no_author_deletes_it(DraftStatus status)
    {
        await MoveToAsync(status);

        var kept = await Should.ThrowAsync<DraftKeptException>(() => AsAsync(_anna, (DraftsService drafts) => drafts.DeleteAsync(_draft)));

        kept.Status.ShouldBe(status);
        (await ListAsync(_anna)).ShouldContain("Utrecht hubs");
    }

    [Fact]
    public async Task Only_an_administrator_of_the_organisation_sees_its_deleted_drafts_and_restores_one_and_the_history_names_them()
    {
        await AsAsync(_anna, (DraftsService drafts) => drafts.DeleteAsync(_draft));

        foreach (var notAdministrator in new[] { _anna, _rob, _sven })
        {
            await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(notAdministrator, (DraftArchive archive) => archive.ListAsync()));
            await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(notAdministrator, (DraftArchive archive) => archive.RestoreAsync(_draft)));
        }

        // Another organisation's administrator: the draft is not in their archive.
        (await AsAsync(_stina, (DraftArchive archive) => archive.ListAsync())).ShouldBeEmpty();
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_stina, (DraftArchive archive) => archive.RestoreAsync(_draft)));
        (await ListAsync(_anna)).ShouldNotContain("Utrecht hubs");

        await AsAsync(_ada, (DraftArchive archive) => archive.RestoreAsync(_draft));

        (await ListAsync(_anna)).ShouldContain("Utrecht hubs");
        var restored = (await AsAsync(_anna, (DraftHistory trail) => trail.ReadAsync(_draft))).Entries[0];
        (restored.Subject, restored.UserName).ShouldBe(("restored", "Ada Administrator"));
        restored.After.ShouldNotBeNull().ShouldContain("deleted by Anna Author");
    }

    private async Task MoveToAsync(DraftStatus status)
    {
        if (status == DraftStatus.Draft)
        {
            return;
        }

        await AsAsync(_anna, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        if (status == DraftStatus.Returned)
        {
            await AsAsync(_rob, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "Add a reference."));
        }
        else if (status == DraftStatus.Approved)
        {
            await AsAsync(_rob, (DraftReviews reviews) => reviews.ApproveAsync(_draft));
        }

        (await OpenAsync(_anna)).Status.ShouldBe(status);
    }

    private async Task RefusedAsync(TestUser user, Func<DraftsService, Task> act) =>
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(user, act))).Message.ShouldBe("Only authors can create or change drafts.");

    private Task NotFoundAsync(TestUser user, Func<DraftsService, Task> act) =>
        Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(user, act));

    private async Task<IReadOnlyList<string>> ListAsync(TestUser user) =>
        [.. (await AsAsync(user, (DraftsService drafts) => drafts.ListAsync())).Select(d => d.Title)];

    private Task<OpenedDraft> OpenAsync(TestUser user) => AsAsync(user, (DraftsService drafts) => drafts.OpenAsync(_draft));

    private static TenderInput Example() =>
        TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;

    private Task AsAsync<TService>(TestUser user, Func<TService, Task> act)
        where TService : notnull => _host.AsAsync(user, act);

    private Task<T> AsAsync<TService, T>(TestUser user, Func<TService, Task<T>> act)
        where TService : notnull => _host.AsAsync(user, act);
}

public sealed class SqliteDraftsAuthorisationTests(SqliteFixture fixture) : DraftsAuthorisationContract(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresDraftsAuthorisationTests(PostgresFixture fixture) : DraftsAuthorisationContract(fixture), IClassFixture<PostgresFixture>;
