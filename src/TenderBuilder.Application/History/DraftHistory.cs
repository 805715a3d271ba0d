using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Application.History;

/// <summary>A draft's audit trail as its organisation reads it: newest first, or as a CSV file.</summary>
public sealed class DraftHistory(IDbContextFactory<TenderBuilderDbContext> contexts)
{
    /// <summary>The draft's title and its changes, newest first.</summary>
    /// <exception cref="DraftNotFoundException">There is no such draft for the signed-in user.</exception>
    public async Task<DraftHistoryView> ReadAsync(Guid draftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var title = await db.TenderDrafts.Where(d => d.Id == draftId).Select(d => d.Title).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DraftNotFoundException(draftId);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.DraftId == draftId)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => new HistoryEntry(e.AtUtc, e.UserName, e.Kind, e.Subject, e.Before, e.After))
            .ToListAsync(cancellationToken);
        return new DraftHistoryView(draftId, title, entries);
    }

    /// <summary>
    /// The trail as CSV (UTF-8, comma-separated, every cell quoted, formula-looking cells neutralised):
    /// the header and each entry's kind in the reader's language, the time, the item and the values as stored.
    /// </summary>
    /// <param name="draftId">The draft.</param>
    /// <param name="words">The reader's language: the header row and the kinds.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DraftNotFoundException">There is no such draft for the signed-in user.</exception>
    public async Task<string> CsvAsync(Guid draftId, ChangeDescriber words, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var history = await ReadAsync(draftId, cancellationToken);
        var rows = history.Entries.Select(e => new[] { e.AtUtc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture), e.UserName, words.Kind(e.Kind), e.Subject, e.Before, e.After });
        return Csv.Write(words.CsvHeader, rows);
    }
}

public sealed record DraftHistoryView(Guid DraftId, string Title, IReadOnlyList<HistoryEntry> Entries);

public sealed record HistoryEntry(DateTime AtUtc, string UserName, string Kind, string Subject, string? Before, string? After)
{
    /// <summary>A review step: the subject is the new status and Before the old one, by their code names; After is the comment.</summary>
    public bool IsStatusChange => Kind == AuditTrail.StatusKind;
}
