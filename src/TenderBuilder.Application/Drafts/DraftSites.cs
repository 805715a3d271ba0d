using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Application.Drafts;

/// <summary>
/// A draft's sites and lots as lists: read a sites CSV file, replace the lists, write them out.
/// Replacing goes through <see cref="DraftsService.SaveAsync"/>, the one save path of a draft, so
/// it is refused from a stale revision, kept to the template's locks and recorded site by site in
/// the audit trail.
/// </summary>
public sealed class DraftSites(DraftsService drafts, Catalogue catalogue)
{
    private readonly SiteOptions _options = SiteOptions.From(catalogue.Questionnaire);

    /// <summary>
    /// Reads a sites CSV file, at most <see cref="SiteCsvReader.MaxBytes"/> of it: a larger file is
    /// refused without reading the rest, so a wrong choice of file costs nothing.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="language">The language of the problems (the interface's); English when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public async Task<SiteCsvResult> ReadAsync(Stream file, string? language = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > SiteCsvReader.MaxBytes)
            {
                break;
            }
        }

        return SiteCsvReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), _options, language);
    }

    /// <summary>
    /// Imports a sites CSV file into a draft made from the given revision: its sites replace the
    /// draft's list. A refused file changes nothing and its problems are returned.
    /// </summary>
    /// <returns>What the file gave, and the draft's new revision when it was imported.</returns>
    /// <exception cref="DraftConflictException">Someone saved the draft since that revision.</exception>
    public async Task<(SiteCsvResult Result, long? Revision)> ImportAsync(Guid id, long revision, Stream file, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(file, null, cancellationToken);
        if (result.IsRefused)
        {
            return (result, null);
        }

        return (result, await ReplaceAsync(id, revision, result.Sites, null, cancellationToken));
    }

    /// <summary>Replaces a draft's sites and, when given, its lots; returns the new revision.</summary>
    /// <exception cref="DraftConflictException">Someone saved the draft since that revision.</exception>
    /// <exception cref="DraftNotFoundException">There is no such draft.</exception>
    public async Task<long> ReplaceAsync(Guid id, long revision, IEnumerable<Site> sites, IEnumerable<Lot>? lots, CancellationToken cancellationToken = default)
    {
        var draft = await drafts.OpenAsync(id, cancellationToken);
        var input = draft.Input.WithSites(sites);
        if (lots is not null)
        {
            input = input.WithLots(lots);
        }

        return await drafts.SaveAsync(id, revision, input, cancellationToken);
    }

    /// <summary>The draft's sites as a CSV file (UTF-8 with a byte-order mark), in the layout the import reads.</summary>
    /// <exception cref="DraftNotFoundException">There is no such draft for the signed-in user.</exception>
    public async Task<byte[]> CsvAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var draft = await drafts.OpenAsync(id, cancellationToken);
        return SiteCsvWriter.Bytes(SiteCsvWriter.Write(draft.Input.Sites));
    }

    /// <summary>The blank template: the columns and two example rows.</summary>
    public static byte[] Template() => SiteCsvWriter.Bytes(SiteCsvWriter.Template());
}
