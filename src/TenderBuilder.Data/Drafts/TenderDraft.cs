namespace TenderBuilder.Data.Drafts;

/// <summary>
/// A tender an officer is working on. Everything the officer answered lives in
/// <see cref="InputJson"/>: one TenderInput document, so the questionnaire can grow without a
/// schema migration for every new question.
/// </summary>
public sealed class TenderDraft : Organisations.IOrganisationOwned
{
    /// <summary>The longest title accepted; a tender title in a notice is far shorter.</summary>
    public const int TitleMaxLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>
    /// The organisation that owns the draft; set from the creating user's organisation when the
    /// draft is first saved, and never changed.
    /// </summary>
    public Guid OrganisationId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The officer's TenderInput serialised as JSON (an empty object for a new draft).</summary>
    public string InputJson { get; set; } = "{}";

    /// <summary>Where the draft is in its review; only a draft or a returned draft changes.</summary>
    public TenderBuilder.Core.Review.DraftStatus Status { get; set; } = TenderBuilder.Core.Review.DraftStatus.Draft;

    /// <summary>
    /// The template version the draft was started from, with that version's input and locks (a
    /// Core <c>TemplateBinding</c> as JSON), or null for a draft started from scratch. Kept apart
    /// from <see cref="InputJson"/> so that no edit of the input loosens a lock; never changed.
    /// </summary>
    public string? TemplateJson { get; set; }

    /// <summary>
    /// When an author deleted the draft (UTC), or null while it is in use. A deleted draft is kept,
    /// hidden from every normal query, so that an administrator can restore it within the retention
    /// period and its history is never lost with it.
    /// </summary>
    public DateTime? DeletedAtUtc { get; set; }

    /// <summary>The name of the person who deleted the draft, as it was then; null while it is in use.</summary>
    public string? DeletedBy { get; set; }

    /// <summary>Set when the draft is first saved (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set on every save (UTC).</summary>
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>
    /// Optimistic concurrency token, bumped on every save. A save made from a stale copy (a
    /// second browser tab, another app instance) fails instead of silently overwriting.
    /// </summary>
    public long Revision { get; set; }
}
