using TenderBuilder.Application.Review;
using TenderBuilder.Core.Review;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>One step of a draft's review as the review bar lists it, after its time.</summary>
internal static class ReviewStepText
{
    /// <summary>"submitted for review by Anna de Vries", with a colon when a comment follows.</summary>
    public static string Of(ReviewStepTaken step) => $"{Said(step.Status)} by {step.UserName}{(step.Comment is null ? "" : ":")}";

    // What moving into the status means, said of the person who did it.
    private static string Said(DraftStatus status) => status switch
    {
        DraftStatus.InReview => "submitted for review",
        DraftStatus.Approved => "approved",
        DraftStatus.Returned => "returned",
        _ => "reopened",
    };
}
