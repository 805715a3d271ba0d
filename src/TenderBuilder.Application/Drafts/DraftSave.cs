using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data;

namespace TenderBuilder.Application.Drafts;

/// <summary>
/// Saves a change to a draft. Every service that changes a draft (editing, deleting, restoring,
/// a review step) reports a save from a stale copy the same way, so the pages need to catch one
/// exception only.
/// </summary>
internal static class DraftSave
{
    /// <exception cref="DraftConflictException">Someone saved the draft since it was read.</exception>
    public static async Task SaveAsync(TenderBuilderDbContext db, Guid draftId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new DraftConflictException(draftId, e);
        }
    }
}
