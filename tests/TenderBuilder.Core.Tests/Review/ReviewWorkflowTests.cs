using TenderBuilder.Core.Review;

namespace TenderBuilder.Core.Tests.Review;

public sealed class ReviewWorkflowTests
{
    [Theory]
    [InlineData(DraftStatus.Draft, ReviewAction.Submit, DraftStatus.InReview)]
    [InlineData(DraftStatus.Returned, ReviewAction.Submit, DraftStatus.InReview)]
    [InlineData(DraftStatus.InReview, ReviewAction.Approve, DraftStatus.Approved)]
    [InlineData(DraftStatus.InReview, ReviewAction.Return, DraftStatus.Returned)]
    public void A_draft_moves_through_review_one_step_at_a_time(DraftStatus from, ReviewAction action, DraftStatus to) =>
        ReviewWorkflow.Next(from, action).ShouldBe(to);

    [Theory]
    [InlineData(DraftStatus.Draft, ReviewAction.Approve)]
    [InlineData(DraftStatus.Draft, ReviewAction.Return)]
    [InlineData(DraftStatus.InReview, ReviewAction.Submit)]
    [InlineData(DraftStatus.Approved, ReviewAction.Submit)]
    [InlineData(DraftStatus.Approved, ReviewAction.Return)]
    [InlineData(DraftStatus.Approved, ReviewAction.Approve)]
    [InlineData(DraftStatus.Returned, ReviewAction.Approve)]
    public void An_action_that_does_not_fit_the_status_is_refused(DraftStatus from, ReviewAction action) =>
        ReviewWorkflow.Next(from, action).ShouldBeNull();

    [Fact]
    public void Only_drafts_and_returned_drafts_can_be_changed() =>
        Enum.GetValues<DraftStatus>().Where(ReviewWorkflow.IsEditable).ShouldBe([DraftStatus.Draft, DraftStatus.Returned]);
}
