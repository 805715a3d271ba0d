using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TenderBuilder.Data;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.History;

namespace TenderBuilder.Application.Drafts;

/// <summary>
/// The archive of deleted drafts, for the administrators of their organisation: which drafts were
/// deleted, by whom and when, and until when each can be restored; and the restoration itself.
/// </summary>
/// <remarks>
/// Deleted drafts are hidden by the context's query filter, and an administrator need not be an
/// author or reviewer, so this service reads past the filters and names its organisation itself.
/// It reads only metadata (title, who, when), never what a draft holds. Refusals are said in the
/// administrator's interface language, from Resources/Drafts/DraftArchive.resx, when they are thrown
/// (as <see cref="DraftsService"/> does); the restoration's history line stays the history's to word.
/// </remarks>
public sealed class DraftArchive(
    IDbContextFactory<TenderBuilderDbContext> contexts, TimeProvider clock, ICurrentUser user, IOptions<DraftRetentionOptions> retention,
    IStringLocalizer<DraftArchive> words)
{
    private readonly ContentPermissions _may = new(user);

    /// <summary>The organisation's deleted drafts, most recently deleted first.</summary>
    /// <exception cref="AccessDeniedException">The user is not an administrator.</exception>
    public async Task<IReadOnlyList<ArchivedDraft>> ListAsync(CancellationToken cancellationToken = default)
    {
        var organisation = RequireAdministrator();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var archived = await db.TenderDrafts.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganisationId == organisation && d.DeletedAtUtc != null)
            .Select(d => new { d.Id, d.Title, d.DeletedBy, DeletedAtUtc = d.DeletedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        var now = Now;
        return
        [
            .. archived
                .OrderByDescending(d => d.DeletedAtUtc)
                .Select(d => (Draft: d, Until: retention.Value.RestorableUntil(d.DeletedAtUtc)))
                .Select(x => new ArchivedDraft(x.Draft.Id, x.Draft.Title, x.Draft.DeletedBy ?? "", x.Draft.DeletedAtUtc, x.Until, now <= x.Until)),
        ];
    }

    /// <summary>Restores a deleted draft of the organisation: it is listed and opens again, as it was.</summary>
    /// <exception cref="AccessDeniedException">The user is not an administrator.</exception>
    /// <exception cref="DraftNotFoundException">The organisation has no such deleted draft.</exception>
    /// <exception cref="DraftRetentionExpiredException">The retention period is over.</exception>
    public async Task RestoreAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var organisation = RequireAdministrator();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.TenderDrafts.IgnoreQueryFilters()
            .SingleOrDefaultAsync(d => d.Id == id && d.OrganisationId == organisation && d.DeletedAtUtc != null, cancellationToken)
            ?? throw new DraftNotFoundException(id);
        var until = retention.Value.RestorableUntil(draft.DeletedAtUtc!.Value);
        if (Now > until)
        {
            throw new DraftRetentionExpiredException(draft.Title, until, words["RetentionOver", draft.Title, until].Value);
        }

        var deletedBy = draft.DeletedBy;
        var deletedAt = draft.DeletedAtUtc.Value;
        draft.DeletedAtUtc = null;
        draft.DeletedBy = null;
        AuditTrail.RecordDraftEvent(db, id, AuditTrail.RestoredEvent, $"from the archive (deleted by {deletedBy} on {deletedAt:yyyy-MM-dd HH:mm} UTC)", user, Now);
        await DraftSave.SaveAsync(db, id, cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Only an administrator, and only of their own organisation: the organisation is the filter.
    private Guid RequireAdministrator() =>
        _may.ArchiveOrganisation is { } organisation
            ? organisation
            : throw new AccessDeniedException(words["OnlyAdministrators"].Value);
}

/// <summary>A deleted draft as the archive lists it: metadata only.</summary>
/// <param name="Id">The draft.</param>
/// <param name="Title">Its title.</param>
/// <param name="DeletedBy">Who deleted it (their name then).</param>
/// <param name="DeletedAtUtc">When.</param>
/// <param name="RestorableUntilUtc">The end of its retention period.</param>
/// <param name="CanRestore">Whether that is still to come.</param>
public sealed record ArchivedDraft(Guid Id, string Title, string DeletedBy, DateTime DeletedAtUtc, DateTime RestorableUntilUtc, bool CanRestore);

/// <summary>The deleted draft's retention period is over: it stays archived for good.</summary>
/// <param name="title">The draft's title.</param>
/// <param name="untilUtc">The end of its retention period.</param>
/// <param name="message">What the administrator reads, in the interface language, date and time in its culture.</param>
public sealed class DraftRetentionExpiredException(string title, DateTime untilUtc, string message) : Exception(message)
{
    public string Title { get; } = title;

    public DateTime RestorableUntilUtc { get; } = untilUtc;
}
