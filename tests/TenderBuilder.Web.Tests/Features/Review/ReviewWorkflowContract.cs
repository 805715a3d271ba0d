using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Web.Features.History;
using TenderBuilder.Web.Features.Review;

namespace TenderBuilder.Web.Tests.Features.Review;

/// <summary>
/// A draft goes through review: an author submits it, a reviewer of the same organisation approves
/// or returns it, an approved draft never changes and work goes on in a new version; every step is
/// in the history. On SQLite and PostgreSQL.
/// </summary>
public abstract class ReviewWorkflowContract : IAsyncLifetime
{
    private TenderBuilderAppFactory _app = null!;
    private TestAccount _author = null!;
    private TestAccount _reviewer = null!;
    private Guid _draft;

    protected abstract Task<TenderBuilderAppFactory> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _ = _app.Server;
        _author = await _app.Services.CreateNamedAccountAsync("Anna Author", "Utrecht", "Author");
        _reviewer = await _app.Services.CreateNamedAccountAsync("Rob Reviewer", "Utrecht", "Reviewer");
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

    private Task<OpenedDraft> OpenAsync(TestAccount account, Guid? id = null) =>
        AsAsync(account, (DraftsService drafts) => drafts.OpenAsync(id ?? _draft));

    private Task<long> ChangeTitleAsync(TestAccount account, string title) =>
        AsAsync(account, async (DraftsService drafts) =>
        {
            var draft = await drafts.OpenAsync(_draft);
            return await drafts.SaveAsync(_draft, draft.Revision, draft.Input with { Tender = draft.Input.Tender with { Title = title } });
        });

    private Task AsAsync<TService>(TestAccount account, Func<TService, Task> act)
        where TService : notnull => _app.Services.AsAsync(account, act);

    private Task<T> AsAsync<TService, T>(TestAccount account, Func<TService, Task<T>> act)
        where TService : notnull => _app.Services.AsAsync(account, act);
}

public sealed class SqliteReviewWorkflowTests : ReviewWorkflowContract
{
    protected override Task<TenderBuilderAppFactory> CreateAppAsync() => Task.FromResult(new TenderBuilderAppFactory());
}

public sealed class PostgresReviewWorkflowTests(PostgresServer server) : ReviewWorkflowContract, IClassFixture<PostgresServer>
{
    protected override async Task<TenderBuilderAppFactory> CreateAppAsync() =>
        new() { DatabaseProvider = "Postgres", DatabaseConnectionString = await server.CreateDatabaseAsync() };
}
