
namespace TenderBuilder.Core.Review;

/// <summary>Where a draft is in its review.</summary>
public enum DraftStatus
{
    /// <summary>Being written; authors change it.</summary>
    Draft,

    /// <summary>Submitted; nobody changes it until a reviewer approves or returns it.</summary>
    InReview,

    /// <summary>Returned with comments; authors change it and submit it again.</summary>
    Returned,

    /// <summary>Approved; read-only for good. Work goes on in a new version.</summary>
    Approved,
}

/// <summary>What someone does to a draft's review.</summary>
public enum ReviewAction
{
    /// <summary>An author asks for review.</summary>
    Submit,

    /// <summary>A reviewer accepts the draft as it is.</summary>
    Approve,

    /// <summary>A reviewer sends the draft back with comments.</summary>
    Return,
}

/// <summary>
/// The review rules, independent of who may act (the application checks roles): a draft or a
/// returned draft is submitted; a submitted one is approved or returned; an approved one never
/// changes again.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>Whether the draft's answers, removals, values and own clauses may change.</summary>
    public static bool IsEditable(DraftStatus status) => status is DraftStatus.Draft or DraftStatus.Returned;

    /// <summary>
    /// Whether an author may delete (archive) the draft. A draft in review or approved is a record
    /// of what was submitted or decided, so it stays; work on it goes on in a new version.
    /// </summary>
    public static bool IsDeletable(DraftStatus status) => status is DraftStatus.Draft or DraftStatus.Returned;

    /// <summary>The status after the action, or null when the action does not apply in this status.</summary>
    public static DraftStatus? Next(DraftStatus status, ReviewAction action) => (status, action) switch
    {
        (DraftStatus.Draft or DraftStatus.Returned, ReviewAction.Submit) => DraftStatus.InReview,
        (DraftStatus.InReview, ReviewAction.Approve) => DraftStatus.Approved,
        (DraftStatus.InReview, ReviewAction.Return) => DraftStatus.Returned,
        _ => null,
    };
}
