using Microsoft.EntityFrameworkCore;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Data.Audit;
using TenderBuilder.Application.Accounts;

namespace TenderBuilder.Application.History;

/// <summary>
/// Writes a draft's changes into its audit trail, in the same save as the draft, so the trail
/// never misses a change nor records one that was not saved. Autosave stores an answer while it
/// is typed; so that the trail reads as what the officer did, a change of the same item by the same
/// person within ten minutes of their last one moves that entry on instead of adding another
/// (and a change undone within that time leaves no entry).
/// </summary>
internal static class AuditTrail
{
    /// <summary>The entry's kind for the draft itself (created, copied, …).</summary>
    public const string DraftKind = "Draft";

    /// <summary>The entry's kind for a review step: the subject is the new status, before the old one, after the comment.</summary>
    public const string StatusKind = "Status";

    /// <summary>The subject of the entry that records a draft's deletion (its move to the archive).</summary>
    public const string DeletedEvent = "deleted";

    /// <summary>The subject of the entry that records a draft's restoration from the archive.</summary>
    public const string RestoredEvent = "restored";

    private static readonly TimeSpan s_coalesce = TimeSpan.FromMinutes(10);

    public static async Task RecordAsync(
        TenderBuilderDbContext db, Guid draftId, IReadOnlyList<InputChange> changes, ICurrentUser user, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var since = nowUtc - s_coalesce;
        var recent = (await db.AuditEntries.Where(e => e.DraftId == draftId && e.AtUtc >= since).ToListAsync(cancellationToken))
            .GroupBy(e => (e.Kind, e.Subject))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).First());
        foreach (var change in changes)
        {
            var kind = change.Kind.ToString();
            if (recent.TryGetValue((kind, change.Subject), out var last) && last.UserId == user.UserId)
            {
                last.After = Cut(change.After);
                last.AtUtc = nowUtc;
                if (last.Before == last.After)
                {
                    db.AuditEntries.Remove(last);
                }

                continue;
            }

            db.AuditEntries.Add(Entry(draftId, kind, change.Subject, change.Before, change.After, user, nowUtc));
        }
    }

    /// <summary>
    /// Whether the entry changed the draft's content: a change of its input, or the event that made
    /// it (created, copied, imported, new version); not a review step, a deletion or a restoration.
    /// The four-eyes rule asks who last did so.
    /// </summary>
    public static bool IsEdit(AuditEntry entry) =>
        entry.Kind switch
        {
            StatusKind => false,
            DraftKind => entry.Subject is not (DeletedEvent or RestoredEvent),
            _ => true,
        };

    /// <summary>An entry about the draft itself ("created", "copied from …").</summary>
    public static void RecordDraftEvent(TenderBuilderDbContext db, Guid draftId, string what, string? detail, ICurrentUser user, DateTime nowUtc) =>
        db.AuditEntries.Add(Entry(draftId, DraftKind, what, null, detail, user, nowUtc));

    /// <summary>A review step: from one status to the next, with the reviewer's comment if any.</summary>
    public static void RecordStatus(TenderBuilderDbContext db, Guid draftId, Core.Review.DraftStatus was, Core.Review.DraftStatus now, string? comment, ICurrentUser user, DateTime nowUtc) =>
        db.AuditEntries.Add(Entry(draftId, StatusKind, now.ToString(), was.ToString(), comment, user, nowUtc));

    /// <summary>
    /// A change to an organisation's buyer profile: the organisation stands where a draft would
    /// (ADR 0020), the subject is the field's path, before and after its values.
    /// </summary>
    public static void RecordBuyerProfileChange(
        TenderBuilderDbContext db, Guid organisationId, string field, string? before, string? after, ICurrentUser user, DateTime nowUtc) =>
        db.AuditEntries.Add(Entry(organisationId, AuditEntry.BuyerProfileKind, field, before, after, user, nowUtc));

    /// <summary>
    /// An API key created or revoked: the organisation stands where a draft would, the subject is the
    /// event, after describes the key by name, lookup id, scopes and expiry. The caller never passes
    /// the key itself or its hash, so neither can reach the trail.
    /// </summary>
    public static void RecordApiKeyEvent(TenderBuilderDbContext db, Guid organisationId, string what, string description, ICurrentUser user, DateTime nowUtc) =>
        db.AuditEntries.Add(Entry(organisationId, AuditEntry.ApiKeyKind, what, null, description, user, nowUtc));

    private static AuditEntry Entry(Guid draftId, string kind, string subject, string? before, string? after, ICurrentUser user, DateTime nowUtc) => new()
    {
        DraftId = draftId,
        AtUtc = nowUtc,
        UserId = user.UserId,
        UserName = Cut(user.DisplayName, 200) ?? "",
        Kind = kind,
        Subject = Cut(subject, 300)!,
        Before = Cut(before),
        After = Cut(after),
    };

    // The draft keeps the whole value; the trail keeps enough to see what changed.
    private static string? Cut(string? value, int length = AuditEntry.ValueMaxLength) =>
        value is null || value.Length <= length ? value : value[..(length - 1)] + "…";
}
