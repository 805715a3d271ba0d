namespace TenderBuilder.Application.Drafts;

/// <summary>One line of the drafts dashboard.</summary>
/// <param name="Id">The draft.</param>
/// <param name="Title">Its title.</param>
/// <param name="Reference">The authority's reference, if any.</param>
/// <param name="UpdatedAtUtc">When it was last saved.</param>
/// <param name="Requirements">How many clauses its answers put in the tender today.</param>
/// <param name="Revision">The concurrency token read with it, for changes made from this line.</param>
/// <param name="Errors">How many errors must be fixed before the package can be exported.</param>
public sealed record DraftSummary(Guid Id, string Title, string? Reference, DateTime UpdatedAtUtc, int Requirements, long Revision, int Errors,
    Core.Review.DraftStatus Status = Core.Review.DraftStatus.Draft);
