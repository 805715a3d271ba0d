using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Review;
using TenderBuilder.Core.Review;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>One step of a draft's review as the review bar lists it, after its time.</summary>
/// <remarks>Not static: its words are in its own resources, which the localizer finds by this type.</remarks>
internal sealed class ReviewStepText
{
    private ReviewStepText()
    {
    }

    /// <summary>"submitted for review by Anna de Vries", with a colon when a comment follows.</summary>
    public static string Of(ReviewStepTaken step, IStringLocalizer<ReviewStepText> words) =>
        Said(step.Status, step.UserName, words) + (step.Comment is null ? "" : ":");

    // What moving into the status means, said of the person who did it.
    private static string Said(DraftStatus status, string person, IStringLocalizer<ReviewStepText> words) => status switch
    {
        DraftStatus.InReview => words["SubmittedBy", person],
        DraftStatus.Approved => words["ApprovedBy", person],
        DraftStatus.Returned => words["ReturnedBy", person],
        _ => words["ReopenedBy", person],
    };
}
