using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Drafts;

/// <summary>
/// What the drafts list says of a draft beyond its fields: its status, and why a kept record offers
/// no delete, in the interface language (its words: Resources/Features/Drafts/DraftRowText.resx).
/// </summary>
/// <param name="words">The interface's words for the drafts list's rows.</param>
internal sealed class DraftRowText(IStringLocalizer<DraftRowText> words)
{
    /// <summary>"In review", "Approved", … from the vocabulary.</summary>
    public static string Status(DraftSummary draft) => TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(draft.Status);

    /// <summary>The tooltip of the lock: "Approved: kept as a record, so it cannot be deleted".</summary>
    public string KeptRecord(DraftSummary draft) => words["KeptRecord", Status(draft)];

    /// <summary>
    /// The same for screen readers, naming the draft: "Tender A is approved and cannot be deleted".
    /// One sentence per status, so each language says it in its own order and agreement.
    /// </summary>
    public string KeptRecordSpoken(DraftSummary draft) => draft.Status switch
    {
        DraftStatus.InReview => words["KeptInReviewSpoken", draft.Title],
        DraftStatus.Approved => words["KeptApprovedSpoken", draft.Title],
        _ => words["KeptSpoken", draft.Title],
    };

    /// <summary>
    /// What an empty list says: nothing matches the search, or there is nothing yet (to a reader;
    /// an author is offered the first draft instead).
    /// </summary>
    public string EmptyList(string? search) =>
        !string.IsNullOrWhiteSpace(search) ? words["NoMatch", search] : words["NoDrafts"];

    /// <summary>The reference, or a dash when the draft has none yet.</summary>
    public static string Reference(DraftSummary draft) => draft.Reference ?? "—";
}
