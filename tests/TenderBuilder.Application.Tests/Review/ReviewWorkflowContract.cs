using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Testing;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Packages;
using TenderBuilder.Application.History;
using TenderBuilder.Application.Review;

namespace TenderBuilder.Application.Tests.Review;

/// <summary>
/// A draft goes through review: an author submits it, a reviewer of the same organisation approves
/// or returns it, an approved draft never changes and work goes on in a new version; every step is
/// in the history. No one approves their own submission or change unless their organisation has
/// switched four-eyes approval off, and then the record says so. The approval freezes the package
/// (its downloads, the approved bytes, are the web tests' <c>FrozenPackageDownloadContract</c>). On SQLite and PostgreSQL.
/// </summary>
public abstract class ReviewWorkflowContract : IAsyncLifetime
{
    private ApplicationHost _app = null!;
    private TestUser _author = null!;
    private TestUser _reviewer = null!;
    private TestUser _both = null!;
    private Guid _draft;

    protected abstract Task<ApplicationHost> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _author = await _app.UserAsync("Anna Author", "Utrecht", "Author");
        _reviewer = await _app.UserAsync("Rob Reviewer", "Utrecht", "Reviewer");
        _both = await _app.UserAsync("Bea Both", "Utrecht", "Author", "Reviewer");
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        _draft = await AsAsync(_author, (DraftsService drafts) => drafts.CreateFromAsync(input, "Small town, ten AC points"));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_submitted_draft_is_read_only_until_a_reviewer_approves_it_for_good()
    {
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.InReview);
        await Should.ThrowAsync<DraftReadOnlyException>(() => ChangeTitleAsync(_author, "Changed during review"));
        await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_author, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));

        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft));

        var approved = await OpenAsync(_author);
        approved.Status.ShouldBe(DraftStatus.Approved);
        approved.IsEditable.ShouldBeFalse();
        await Should.ThrowAsync<DraftReadOnlyException>(() => ChangeTitleAsync(_author, "Changed after approval"));
        await Should.ThrowAsync<DraftReadOnlyException>(() => AsAsync(_author, (DraftsService drafts) => drafts.RenameAsync(_draft, approved.Revision, "Renamed")));
        await Should.ThrowAsync<InvalidOperationException>(() => AsAsync(_reviewer, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "Too late")));
        (await OpenAsync(_author)).Title.ShouldBe("Small town, ten AC points");
    }

    [Fact]
    public async Task A_returned_draft_carries_the_reviewers_comment_and_can_be_changed_and_submitted_again()
    {
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        await Should.ThrowAsync<ArgumentException>(() => AsAsync(_reviewer, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "  ")));

        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "Add the traffic-light window."));

        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.Returned);
        await ChangeTitleAsync(_author, "Small town, ten AC points, with a traffic light");
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft));

        var steps = await AsAsync(_author, (DraftReviews reviews) => reviews.HistoryAsync(_draft));
        steps.Select(s => (s.Status, s.Comment)).ShouldBe(
        [
            (DraftStatus.InReview, null),
            (DraftStatus.Returned, "Add the traffic-light window."),
            (DraftStatus.InReview, null),
            (DraftStatus.Approved, null),
        ]);
        steps.Select(s => s.UserName).ShouldBe(["Anna Author", "Rob Reviewer", "Anna Author", "Rob Reviewer"]);
        var history = await AsAsync(_author, (DraftHistory trail) => trail.ReadAsync(_draft));
        history.Entries.Count(e => e.Kind == "Status").ShouldBe(4);
        history.Entries.ShouldContain(e => e.Kind == "TenderDetail" && e.After == "Small town, ten AC points, with a traffic light");
    }

    [Fact]
    public async Task Work_on_an_approved_draft_goes_on_in_a_new_version_with_everything_in_it()
    {
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft));

        var version = await AsAsync(_author, (DraftReviews reviews) => reviews.NewVersionAsync(_draft));

        var copy = await OpenAsync(_author, version);
        copy.Status.ShouldBe(DraftStatus.Draft);
        copy.Title.ShouldBe("Small town, ten AC points (new version)");
        var original = await OpenAsync(_author);
        TenderInputChanges.Between(original.Input, copy.Input).ShouldHaveSingleItem().Subject.ShouldBe("tender.title");
        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.Approved);
    }

    [Fact]
    public async Task Only_authors_submit_and_only_reviewers_decide()
    {
        await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_reviewer, (DraftReviews reviews) => reviews.SubmitAsync(_draft)));
        await Should.ThrowAsync<InvalidOperationException>(() => AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));
        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.Draft);
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_a_version_they_submitted_themselves()
    {
        await AsAsync(_both, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        var refused = await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_both, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));

        refused.Message.ShouldBe("You submitted this version for review, so another reviewer of your organisation must approve it (four-eyes approval).");
        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.InReview);
        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft));
        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.Approved);
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_a_version_they_last_changed_even_when_someone_else_submitted_it()
    {
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        await AsAsync(_both, (DraftReviews reviews) => reviews.ReturnAsync(_draft, "The reference is missing."));
        await ChangeTitleAsync(_both, "Small town, ten AC points, with a reference");
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        var refused = await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_both, (DraftReviews reviews) => reviews.ApproveAsync(_draft)));

        refused.Message.ShouldBe("You made the last change to this version, so another reviewer of your organisation must approve it (four-eyes approval).");
        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft));
        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.Approved);
    }

    [Fact]
    public async Task With_four_eyes_approval_switched_off_the_submitter_approves_and_the_record_says_so()
    {
        var accounts = _app.Services.GetRequiredService<UserAccounts>();
        (await accounts.SetFourEyesRequiredAsync(_both.OrganisationId!.Value, required: false)).Succeeded.ShouldBeTrue();
        (await accounts.ListOrganisationsAsync()).Single(o => o.Id == _both.OrganisationId!.Value).FourEyesRequired.ShouldBeFalse();
        await AsAsync(_both, (DraftReviews reviews) => reviews.SubmitAsync(_draft));

        await AsAsync(_both, (DraftReviews reviews) => reviews.ApproveAsync(_draft));

        (await OpenAsync(_author)).Status.ShouldBe(DraftStatus.Approved);
        var approval = (await AsAsync(_author, (DraftReviews reviews) => reviews.HistoryAsync(_draft)))[^1];
        (approval.Status, approval.UserName, approval.Comment).ShouldBe(
            (DraftStatus.Approved, "Bea Both", "Approved by the submitter; four-eyes approval is switched off for this organisation."));
    }

    [Fact]
    public async Task A_draft_with_errors_cannot_be_approved_because_its_package_cannot_be_built()
    {
        var empty = await AsAsync(_author, (DraftsService drafts) => drafts.CreateAsync("Nothing answered yet"));
        (await AsAsync(_author, (DraftPackages packages) => packages.GetAsync(empty)))!.Package.HasErrors.ShouldBeTrue("or this test proves nothing");
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(empty));

        var refused = await Should.ThrowAsync<DraftNotApprovableException>(() => AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(empty)));

        refused.Message.ShouldStartWith("This draft still has errors, so its tender package cannot be built and it cannot be approved.");
        refused.Errors.ShouldNotBeEmpty();
        (await OpenAsync(_author, empty)).Status.ShouldBe(DraftStatus.InReview);
    }

    private Task<OpenedDraft> OpenAsync(TestUser account, Guid? id = null) =>
        AsAsync(account, (DraftsService drafts) => drafts.OpenAsync(id ?? _draft));

    private Task<long> ChangeTitleAsync(TestUser account, string title) =>
        AsAsync(account, async (DraftsService drafts) =>
        {
            var draft = await drafts.OpenAsync(_draft);
            return await drafts.SaveAsync(_draft, draft.Revision, draft.Input with { Tender = draft.Input.Tender with { Title = title } });
        });

    private Task AsAsync<TService>(TestUser account, Func<TService, Task> act)
        where TService : notnull => _app.AsAsync(account, act);

    private Task<T> AsAsync<TService, T>(TestUser account, Func<TService, Task<T>> act)
        where TService : notnull => _app.AsAsync(account, act);
}

public sealed class SqliteReviewWorkflowTests : ReviewWorkflowContract
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Sqlite);
}

public sealed class PostgresReviewWorkflowTests(PostgresServer server) : ReviewWorkflowContract, IClassFixture<PostgresServer>
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Postgres, server);
}
