using TenderBuilder.Application.Drafts;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Drafts;

/// <summary>What the drafts list says of a draft beyond its fields: its status, and why a kept record offers no delete.</summary>
internal static class DraftRowText
{
    /// <summary>"In review", "Approved", … from the vocabulary.</summary>
    public static string Status(DraftSummary draft) => Vocabulary.English.Label(draft.Status);

    /// <summary>The tooltip of the lock: "Approved: kept as a record, so it cannot be deleted".</summary>
    public static string KeptRecord(DraftSummary draft) => $"{Status(draft)}: kept as a record, so it cannot be deleted";

    /// <summary>The same for screen readers, naming the draft: "Tender A is approved and cannot be deleted".</summary>
    public static string KeptRecordSpoken(DraftSummary draft) => $"{draft.Title} is {Status(draft).ToLowerInvariant()} and cannot be deleted";

    /// <summary>
    /// What an empty list says: nothing matches the search, or there is nothing yet (to a reader;
    /// an author is offered the first draft instead).
    /// </summary>
    public static string EmptyList(string? search) =>
        !string.IsNullOrWhiteSpace(search) ? $"No draft matches “{search}”." : "Your organisation has no drafts yet.";

    /// <summary>The reference, or a dash when the draft has none yet.</summary>
    public static string Reference(DraftSummary draft) => draft.Reference ?? "—";
}
