using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Data;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.History;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Application.Review;

/// <summary>
/// A draft's review: an author submits it, a reviewer of the same organisation approves it or
/// returns it with comments; an approved draft is read-only and work goes on in a new version.
/// Every step is in the draft's history. The rules of which step follows which are Core's
/// (<see cref="ReviewWorkflow"/>); who may take them is checked here. Refusals a page shows are
/// worded here, when they are thrown, in the interface language (Resources/Review/DraftReviews.resx),
/// as <see cref="DraftsService"/> does.
/// </summary>
public sealed class DraftReviews(
    IDbContextFactory<TenderBuilderDbContext> contexts, TimeProvider clock, ICurrentUser user, DraftsService drafts, Packages.DraftPackages packages,
    IStringLocalizer<DraftReviews> words)
{
    /// <summary>The longest comment kept with a returned draft.</summary>
    public const int CommentMaxLength = 2000;

    private readonly ContentPermissions _may = new(user);

    /// <summary>Submits a draft (or a returned one) for review; it is read-only until a reviewer acts.</summary>
    public Task SubmitAsync(Guid id, CancellationToken cancellationToken = default) =>
        MoveAsync(id, ReviewAction.Submit, comment: null, cancellationToken);

    /// <summary>
    /// Approves a draft in review: it becomes read-only for good. The approver must be neither the
    /// person who submitted it nor the person who last changed it, unless the organisation has
    /// switched four-eyes approval off, in which case the approval's record says so.
    /// The package is built and frozen with the approval: its downloads are these bytes from then on.
    /// </summary>
    /// <exception cref="AccessDeniedException">The user is not a reviewer, or would approve their own submission or change.</exception>
    /// <exception cref="DraftNotApprovableException">The draft still has errors, so its package cannot be built.</exception>
    public Task ApproveAsync(Guid id, CancellationToken cancellationToken = default) =>
        MoveAsync(id, ReviewAction.Approve, comment: null, cancellationToken);

    /// <summary>Returns a draft in review to its authors with comments.</summary>
    /// <exception cref="ArgumentException">No comment: an author needs to know what to change.</exception>
    public Task ReturnAsync(Guid id, string comment, CancellationToken cancellationToken = default)
    {
        var clean = comment?.Trim() ?? "";
        if (clean.Length == 0)
        {
            throw new ArgumentException(words["SayWhatToChange"].Value, nameof(comment));
        }

        return MoveAsync(id, ReviewAction.Return, clean.Length <= CommentMaxLength ? clean : clean[..CommentMaxLength], cancellationToken);
    }

    /// <summary>Starts a new, editable version of an approved draft with everything in it.</summary>
    public async Task<Guid> NewVersionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // A copy, so the new version keeps the template the draft came from, locks and all.
        return await drafts.CopyAsync(id, title => words["NewVersionTitle", title].Value, "new version", cancellationToken);
    }

    /// <summary>The review steps taken so far, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewStepTaken>> HistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.TenderDrafts.AnyAsync(d => d.Id == id, cancellationToken))
        {
            throw new DraftNotFoundException(id);
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.DraftId == id && e.Kind == AuditTrail.StatusKind)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return [.. entries.Select(e => new ReviewStepTaken(e.AtUtc, e.UserName, Enum.Parse<DraftStatus>(e.Subject), e.After))];
    }

    private async Task MoveAsync(Guid id, ReviewAction action, string? comment, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.TenderDrafts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new DraftNotFoundException(id);
        // The role first, then the status: a reviewer asking to submit is refused, not told the draft moved on.
        if (!_may.HasRoleFor(action))
        {
            throw new AccessDeniedException(words[action == ReviewAction.Submit ? "OnlyAuthorsSubmit" : "OnlyReviewersDecide"].Value);
        }

        // No page shows this one (the review bar says the review moved on), so it stays in English for the log.
        var next = ReviewWorkflow.Next(draft.Status, action)
            ?? throw new InvalidOperationException($"A draft that is {Vocabulary.English.Label(draft.Status).ToLowerInvariant()} cannot be {Past(action)}.");
        if (action == ReviewAction.Approve)
        {
            comment = await FourEyesAsync(db, draft, cancellationToken);
            db.ApprovedPackages.Add(Freeze(draft));
        }

        var was = draft.Status;
        draft.Status = next;
        AuditTrail.RecordStatus(db, id, was, next, comment, user, clock.GetUtcNow().UtcDateTime);
        await DraftSave.SaveAsync(db, id, cancellationToken);
    }

    // What is approved is the package as built now, stored with the approval; one with errors cannot be built.
    private Data.Drafts.ApprovedPackage Freeze(TenderDraft draft)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Packages.BuiltDraftPackage built;
        try
        {
            built = packages.Build(draft.InputJson, DateOnly.FromDateTime(now));
        }
        catch (System.Text.Json.JsonException)
        {
            throw NotApprovable([words["StoredAnswersUnreadable"].Value]);
        }

        if (built.Package.HasErrors)
        {
            // The findings are the package's, in the draft's document language, as the export shows them.
            throw NotApprovable([.. built.Package.Findings.Where(f => f.Severity == Core.Rules.FindingSeverity.Error).Select(f => f.Message)]);
        }

        return Packages.FrozenPackages.Freeze(draft.Id, built.Files, now);
    }

    // Who submitted this version (the last move to review) and who last changed it, from its trail.
    private async Task<string?> FourEyesAsync(TenderBuilderDbContext db, TenderDraft draft, CancellationToken cancellationToken)
    {
        var trail = await db.AuditEntries.AsNoTracking().Where(e => e.DraftId == draft.Id)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        var submitter = trail.FirstOrDefault(e => e.Kind == AuditTrail.StatusKind && e.Subject == nameof(DraftStatus.InReview))?.UserId;
        var lastEditor = trail.FirstOrDefault(AuditTrail.IsEdit)?.UserId;
        var required = await db.Organisations.Where(o => o.Id == draft.OrganisationId).Select(o => o.FourEyesRequired).SingleAsync(cancellationToken);
        var check = _may.FourEyes(submitter, lastEditor, required);
        if (check.IsRefused)
        {
            throw new AccessDeniedException(check.Self.HasFlag(SelfApproval.Submitted) ? words["FourEyesSubmitted"].Value : words["FourEyesLastEdited"].Value);
        }

        // The note is part of the approval's record: written in the approver's language, like the rest of it.
        return check.Self switch
        {
            SelfApproval.None => null,
            SelfApproval.Submitted | SelfApproval.LastEdited => words["SelfApprovedSubmitterAndEditor"].Value,
            SelfApproval.Submitted => words["SelfApprovedSubmitter"].Value,
            _ => words["SelfApprovedEditor"].Value,
        };
    }

    private DraftNotApprovableException NotApprovable(IReadOnlyList<string> errors) =>
        new(errors, words["NotApprovable", string.Join(" ", errors)].Value);

    private static string Past(ReviewAction action) => action switch
    {
        ReviewAction.Submit => "submitted",
        ReviewAction.Approve => "approved",
        _ => "returned",
    };
}

/// <summary>
/// A draft that still has errors cannot be approved: its package, which the approval freezes,
/// cannot be built. The message, in the reviewer's interface language, lists the errors.
/// </summary>
public sealed class DraftNotApprovableException(IReadOnlyList<string> errors, string message) : Exception(message)
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>One step of a draft's review: when, by whom, the status it led to and the comment.</summary>
public sealed record ReviewStepTaken(DateTime AtUtc, string UserName, DraftStatus Status, string? Comment);
