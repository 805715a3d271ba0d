using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.History;
using TenderBuilder.Application.Packages;
using TenderBuilder.Application.Review;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests.Review;

/// <summary>
/// Who takes which review step, through the services alone: authors submit, reviewers of the same
/// organisation approve or return, another organisation and an administrator alone are told the
/// draft does not exist, and the approved package is frozen for whoever may read the draft. (The
/// four-eyes rule itself is <see cref="ReviewWorkflowContract"/>'s.) On SQLite and PostgreSQL.
/// </summary>
public abstract class ReviewAuthorisationContract(HostFixture fixture) : IAsyncLifetime
{
    private ApplicationHost _host = null!;
    private TestUser _anna = null!;
    private TestUser _rob = null!;
    private TestUser _bea = null!;
    private TestUser _ada = null!;
    private TestUser _sven = null!;
    private Guid _draft;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        var utrecht = People.Organisation("Utrecht");
        _anna = await _host.UserAsync("Anna Author", utrecht, TenderBuilderRoles.Author);
        _rob = await _host.UserAsync("Rob Reviewer", utrecht, TenderBuilderRoles.Reviewer);
        _bea = await _host.UserAsync("Bea Both", utrecht, TenderBuilderRoles.Author, TenderBuilderRoles.Reviewer);
        _ada = await _host.UserAsync("Ada Administrator", utrecht, TenderBuilderRoles.Administrator);
        _sven = await _host.UserAsync("Sven Stockholm", People.Organisation("Stockholm"), TenderBuilderRoles.Author, TenderBuilderRoles.Reviewer);
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        _draft = await AsAsync(_anna, (DraftsService drafts) => drafts.CreateFromAsync(input, "Small town, ten AC points"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Only_an_author_submits_and_a_reviewer_who_tries_is_refused_without_moving_the_draft()
    {
        var refused = await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_rob, (DraftReviews reviews) => reviews.SubmitAsync(_draft)));

        refused.Message.ShouldBe("Only authors submit drafts for review.");
        (await StatusAsync()).ShouldBe(DraftStatus.Draft);
        await AsAsync(_anna, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        (await StatusAsync()).ShouldBe(DraftStatus.InReview);
    }

    [Fact]
    public async Task Only_a_reviewer_approves_or_returns_and_an_author_who_tries_is_refused()
    {
        await AsAsync(_anna, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_anna, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "Mine."))))
            .Message.ShouldBe("Only reviewers approve or return drafts.");
        // An administrator alone sees no draft: not found, as for any draft that is not theirs to see.
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_ada, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_ada, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "No.")));
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_anna, (DraftReviews reviews) => reviews.ApproveAsync(_draft))))
            .Message.ShouldBe("Only reviewers approve or return drafts.");
        (await StatusAsync()).ShouldBe(DraftStatus.InReview);
    }

    [Fact]
    public async Task A_reviewer_decides_only_on_a_draft_in_review()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => AsAsync(_rob, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));
        await Should.ThrowAsync<InvalidOperationException>(() => AsAsync(_rob, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "Not yet submitted.")));

        (await StatusAsync()).ShouldBe(DraftStatus.Draft);
    }

    [Fact]
    public async Task A_submitted_draft_changes_for_no_one_until_a_reviewer_returns_it_with_a_comment_the_authors_then_read()
    {
        await AsAsync(_anna, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        await Should.ThrowAsync<DraftReadOnlyException>(() => ChangeReferenceAsync(_anna, "UTR-1"));
        await Should.ThrowAsync<DraftReadOnlyException>(() => ChangeReferenceAsync(_bea, "UTR-1"));
        await Should.ThrowAsync<ArgumentException>(() => AsAsync(_rob, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "   ")));

        await AsAsync(_rob, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "Add the reference."));

        await ChangeReferenceAsync(_anna, "UTR-1");
        var steps = await AsAsync(_anna, (DraftReviews reviews) => reviews.HistoryAsync(_draft));
        steps.Select(s => (s.Status, s.UserName, s.Comment)).ShouldBe(
            [(DraftStatus.InReview, "Anna Author", null), (DraftStatus.Returned, "Rob Reviewer", "Add the reference.")]);
    }

    [Fact]
    public async Task Four_eyes_switched_off_in_another_organisation_changes_nothing_here()
    {
        var accounts = _host.Services.GetRequiredService<UserAccounts>();
        (await accounts.SetFourEyesRequiredAsync(_sven.OrganisationId!.Value, required: false)).Succeeded.ShouldBeTrue();
        await AsAsync(_bea, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_bea, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));

        (await StatusAsync()).ShouldBe(DraftStatus.InReview);
    }

    [Fact]
    public async Task Another_organisations_reviewer_is_told_the_draft_does_not_exist()
    {
        await AsAsync(_anna, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_sven, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));
        await Should.ThrowAsync<DraftNotFoundException>(() => AsAsync(_sven, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "Ours now.")));

        (await StatusAsync()).ShouldBe(DraftStatus.InReview);
    }

    [Fact]
    public async Task An_approved_draft_is_read_only_its_frozen_package_is_read_by_its_organisation_only_and_only_an_author_starts_a_new_version()
    {
        await AsAsync(_anna, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        await AsAsync(_rob, (DraftReviews reviews) => reviews.ApproveAsync(_draft));
        var approvedAt = _host.Clock.GetUtcNow().UtcDateTime;

        await Should.ThrowAsync<DraftReadOnlyException>(() => ChangeReferenceAsync(_anna, "UTR-2"));
        (await AsAsync(_rob, (DraftPackages packages) => packages.GetAsync(_draft))).ShouldNotBeNull().FrozenAtUtc.ShouldBe(approvedAt);
        (await AsAsync(_anna, (DraftPackages packages) => packages.GetAsync(_draft))).ShouldNotBeNull().FrozenAtUtc.ShouldBe(approvedAt);
        (await AsAsync(_sven, (DraftPackages packages) => packages.GetAsync(_draft))).ShouldBeNull();
        (await AsAsync(_ada, (DraftPackages packages) => packages.GetAsync(_draft))).ShouldBeNull();
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_rob, (DraftReviews reviews) => reviews.NewVersionAsync(_draft))))
            .Message.ShouldBe("Only authors can create or change drafts.");

        var version = await AsAsync(_anna, (DraftReviews reviews) => reviews.NewVersionAsync(_draft));

        var copy = await AsAsync(_rob, (DraftsService drafts) => drafts.OpenAsync(version));
        (copy.Title, copy.Status).ShouldBe(("Small town, ten AC points (new version)", DraftStatus.Draft));
        (await StatusAsync()).ShouldBe(DraftStatus.Approved);
        (await AsAsync(_rob, (DraftHistory trail) => trail.ReadAsync(version))).Entries.ShouldContain(e => e.UserName == "Anna Author" && e.Subject == "new version");
    }

    private async Task<DraftStatus> StatusAsync() => (await AsAsync(_anna, (DraftsService drafts) => drafts.OpenAsync(_draft))).Status;

    private Task<long> ChangeReferenceAsync(TestUser user, string reference) =>
        AsAsync(user, async (DraftsService drafts) =>
        {
            var draft = await drafts.OpenAsync(_draft);
            return await drafts.SaveAsync(_draft, draft.Revision, draft.Input with { Tender = draft.Input.Tender with { Reference = reference } });
        });

    private Task AsAsync<TService>(TestUser user, Func<TService, Task> act)
        where TService : notnull => _host.AsAsync(user, act);

    private Task<T> AsAsync<TService, T>(TestUser user, Func<TService, Task<T>> act)
        where TService : notnull => _host.AsAsync(user, act);
}

public sealed class SqliteReviewAuthorisationTests(SqliteFixture fixture) : ReviewAuthorisationContract(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresReviewAuthorisationTests(PostgresFixture fixture) : ReviewAuthorisationContract(fixture), IClassFixture<PostgresFixture>;
