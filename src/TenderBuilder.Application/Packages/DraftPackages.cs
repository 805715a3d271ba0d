using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Data;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Application.Packages;

/// <summary>A draft's package as stored: what the rules make of it and every file built from it.</summary>
/// <param name="Package">The rules' result (findings included).</param>
/// <param name="Files">Every file of the package, the ZIP last.</param>
public sealed record BuiltDraftPackage(TenderPackage Package, ImmutableArray<PackageEntry> Files)
{
    /// <summary>
    /// When the draft was approved, for the package frozen then; null for a package built from the
    /// draft as it is now. A frozen package's files are the approved bytes and are exported even if
    /// today's rules would find something new.
    /// </summary>
    public DateTime? FrozenAtUtc { get; init; }

    /// <summary>Each file's SHA-256 (lower-case hex), by path: recorded at approval for a frozen package.</summary>
    public ImmutableDictionary<string, string> Sha256 { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Whether its files may be handed out: a package frozen at approval always (it is what was
    /// approved), any other once the rules find no error in it. Downloads and the API ask this.
    /// </summary>
    public bool IsExportable => FrozenAtUtc is not null || !Package.HasErrors;

    /// <summary>The draft's revision the package was built from (or frozen at); 0 for a package built from an input alone.</summary>
    public long Revision { get; init; }
}

/// <summary>
/// Builds the tender package of a stored draft, once per saved revision and day: the export step,
/// the previews and the downloads of the same revision share one build (≈ 0.2 s) instead of
/// building the whole package for every file. An approved draft's package is never built again: it
/// is the one frozen at approval (<see cref="FrozenPackages"/>).
/// </summary>
public sealed class DraftPackages(IDbContextFactory<TenderBuilderDbContext> contexts, Evaluation.DraftEvaluator evaluator, TimeProvider clock, IMemoryCache cache, Notices.EformsSdkSource eforms)
{
    private static readonly TimeSpan s_keep = TimeSpan.FromMinutes(10);

    /// <summary>The package of the draft as stored (frozen at its approval, if approved), or null when there is no such draft.</summary>
    /// <param name="id">The draft.</param>
    /// <param name="step">Told the name of each file as it is built (not called when the build is cached or frozen).</param>
    /// <param name="cancellationToken">Cancels reading the draft.</param>
    public async Task<BuiltDraftPackage?> GetAsync(Guid id, Action<string>? step = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.TenderDrafts.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new { d.Revision, d.InputJson, d.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return null;
        }

        if (draft.Status == Core.Review.DraftStatus.Approved
            && await FrozenAsync(db, id, draft.Revision, draft.InputJson, cancellationToken) is { } frozen)
        {
            return frozen with { Revision = draft.Revision };
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var key = (nameof(DraftPackages), id, draft.Revision, today);
        if (cache.TryGetValue(key, out BuiltDraftPackage? built) && built is not null)
        {
            return built;
        }

        built = Build(draft.InputJson, today, step) with { Revision = draft.Revision };
        cache.Set(key, built, new MemoryCacheEntryOptions { SlidingExpiration = s_keep });
        return built;
    }

    /// <summary>Builds every file of the package of a draft's input on the given day (no cache, no database).</summary>
    /// <exception cref="System.Text.Json.JsonException">The stored input cannot be read.</exception>
    public BuiltDraftPackage Build(string inputJson, DateOnly referenceDate, Action<string>? step = null)
    {
        var package = evaluator.Evaluate(TenderInputJson.Deserialize(inputJson), referenceDate);
        var files = TenderPackageBuilder.Build(package, step: step, eforms: eforms.Sdk);
        return new BuiltDraftPackage(package, files)
        {
            Sha256 = files.ToImmutableDictionary(f => f.File.Path, f => FrozenPackages.Sha256(f.Content)),
        };
    }

    // Null for a draft approved before packages were frozen: it is built as before.
    private async Task<BuiltDraftPackage?> FrozenAsync(TenderBuilderDbContext db, Guid id, long revision, string inputJson, CancellationToken cancellationToken)
    {
        var key = (nameof(FrozenPackages), id, revision);
        if (cache.TryGetValue(key, out BuiltDraftPackage? frozen) && frozen is not null)
        {
            return frozen;
        }

        if (await db.ApprovedPackages.AsNoTracking().SingleOrDefaultAsync(p => p.DraftId == id, cancellationToken) is not { } stored)
        {
            return null;
        }

        // The rules' result as of the approval day, for what the export step says; the files are the stored ones.
        var package = evaluator.Evaluate(TenderInputJson.Deserialize(inputJson), DateOnly.FromDateTime(stored.ApprovedAtUtc));
        frozen = new BuiltDraftPackage(package, FrozenPackages.Thaw(stored))
        {
            FrozenAtUtc = stored.ApprovedAtUtc,
            Sha256 = FrozenPackages.Files(stored).ToImmutableDictionary(f => f.Path, f => f.Sha256),
        };
        cache.Set(key, frozen, new MemoryCacheEntryOptions { SlidingExpiration = s_keep });
        return frozen;
    }
}
