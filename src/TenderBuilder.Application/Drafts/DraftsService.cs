using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Data;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Evaluation;
using TenderBuilder.Application.History;
using TenderBuilder.Application.Organisations;
using TenderBuilder.Application.Templates;

namespace TenderBuilder.Application.Drafts;

/// <summary>
/// The drafts an officer works on: list, create, rename, duplicate, delete. One short-lived
/// database context per operation (Blazor Server circuits live long). The context shows only the
/// signed-in user's organisation's drafts, so another organisation's draft is simply not found;
/// changes need the Author role, checked here so no page can forget.
/// </summary>
/// <remarks>
/// What it says to the officer is in their interface language (the request's or circuit's
/// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>), from
/// Resources/Drafts/DraftsService.resx. An exception whose message a page shows gets that message
/// here, where it is thrown: the service knows the facts and has the words, so every page, the
/// file import and the log show one sentence and no page keeps a second copy of it. Titles it
/// makes ("Copy of …") are stored, so they stay in the language of the person who made them.
/// </remarks>
public sealed class DraftsService(
    IDbContextFactory<TenderBuilderDbContext> contexts, TimeProvider clock, ICurrentUser user, IStringLocalizer<DraftsService> words,
    ILogger<DraftsService>? logger = null, DraftEvaluator? evaluator = null)
{
    private readonly DraftEvaluator _evaluator = evaluator ?? new DraftEvaluator(CatalogueLoader.Default, clock);

    private readonly ILogger _logger = logger ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private readonly Core.Catalogues.Catalogue _catalogue = CatalogueLoader.Default;

    private readonly ContentPermissions _may = new(user);

    /// <summary>The drafts, last edited first, optionally only those whose title or reference contains the search text.</summary>
    public async Task<IReadOnlyList<DraftSummary>> ListAsync(string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = await db.TenderDrafts.AsNoTracking().OrderByDescending(d => d.UpdatedAtUtc).ToListAsync(cancellationToken);
        return
        [
            .. drafts
                .Select(d => (Draft: d, Input: Read(d)))
                .Select(x => (x.Draft, x.Input, Package: x.Input is null ? null : _evaluator.EvaluateStored(x.Draft.Id, x.Draft.Revision, x.Input)))
                .Select(x => new DraftSummary(x.Draft.Id, x.Draft.Title, x.Input?.Tender.Reference, x.Draft.UpdatedAtUtc,
                    x.Package?.Clauses.Length ?? 0, x.Draft.Revision,
                    x.Package?.Findings.Count(f => f.Severity == FindingSeverity.Error) ?? 1, x.Draft.Status))
                .Where(s => Matches(s, search)),
        ];
    }

    /// <summary>Starts a new draft with its title and the buyer's data from the organisation's profile.</summary>
    public async Task<Guid> CreateAsync(string title, CancellationToken cancellationToken = default) =>
        await CreateAsync(title, null, cancellationToken);

    /// <summary>
    /// Creates a draft whose documents are written in a language (null or unknown: English), empty
    /// but for the buyer's data from the organisation's profile (its name at least).
    /// </summary>
    public async Task<Guid> CreateAsync(string title, string? language, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        var clean = Title(title);
        var tag = DocumentLanguages.IsSupported(language) && language != DocumentLanguages.English ? language : null;
        var input = new TenderInput { CatalogVersion = _catalogue.Version, Tender = new TenderMetadata { Title = clean, Language = tag } };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        input = await BuyerDefaults.FillAsync(db, db.OrganisationId, input, cancellationToken);
        return await AddAsync(db, new TenderDraft { Title = clean, InputJson = TenderInputJson.Serialize(input) }, "created", clean, cancellationToken);
    }

    /// <summary>
    /// Starts a new draft from a whole input (the officer's version after a conflict, a template's
    /// content to change and publish). It is kept as given: like a copy, it is not filled from the
    /// organisation's buyer profile, so a template's next version does not take on one buyer's data.
    /// </summary>
    public async Task<Guid> CreateFromAsync(TenderInput input, string title, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        ArgumentNullException.ThrowIfNull(input);
        var clean = Title(title);
        input = ControlCharacters.RemoveFrom(input).Input;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = new TenderDraft { Title = clean, InputJson = TenderInputJson.Serialize(input with { Tender = input.Tender with { Title = clean } }) };
        return await AddAsync(db, draft, "created", clean, cancellationToken);
    }

    /// <summary>
    /// Starts a new draft from a template version: its input, bound to its locks, with the buyer
    /// fields the template leaves empty filled from the organisation's profile.
    /// </summary>
    public async Task<Guid> CreateFromTemplateAsync(TemplateBinding binding, string title, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        ArgumentNullException.ThrowIfNull(binding);
        var clean = Title(title);
        var input = binding.Baseline with { Tender = binding.Baseline.Tender with { Title = clean }, Template = null };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only empty fields are filled, and only an answered question can be locked, so no lock is touched.
        input = await BuyerDefaults.FillAsync(db, db.OrganisationId, input, cancellationToken);
        var draft = new TenderDraft { Title = clean, InputJson = TenderInputJson.Serialize(input), TemplateJson = binding.ToJson() };
        return await AddAsync(db, draft, "created", $"{clean}, from {binding.Origin.Label}", cancellationToken);
    }

    /// <summary>
    /// Starts a new draft from a draft file (the TenderInput schema, JSON or YAML, as exported or
    /// as the command line reads it), with the buyer fields the file leaves empty filled from the
    /// organisation's profile. A file that cannot be read changes nothing.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file's name, the title when the file names none.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <exception cref="TenderInputFormatException">The file is malformed, too large, of another schema version or nested too deep; the message names the line.</exception>
    /// <exception cref="DraftLockedException">The file names a template version whose locks it breaks.</exception>
    /// <remarks>
    /// A file that names a template version this organisation may use is bound to it again, locks
    /// and all: editing an exported file does not loosen them. A file naming a template it may not
    /// see imports as a draft of its own.
    /// </remarks>
    /// <exception cref="ImportFailedException">The database refused the new draft, or something unexpected happened; it is logged.</exception>
    public Task<Guid> ImportAsync(string text, string fileName, CancellationToken cancellationToken = default) =>
        FileImport.RunAsync(_logger, words, "draft", fileName, () => ImportFileAsync(text, fileName, cancellationToken));

    private async Task<Guid> ImportFileAsync(string text, string fileName, CancellationToken cancellationToken)
    {
        RequireAuthor();
        var input = TenderInputReader.Read(text).Input;
        var clean = Title(FileImport.NameOf(input, fileName, words["ImportedDraft"].Value));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var binding = input.Template is { } origin ? await TemplateBindings.ForAsync(db, origin.Id, origin.Version, cancellationToken) : null;
        var stored = input with { Tender = input.Tender with { Title = clean }, Template = null };
        if (binding is not null)
        {
            RequireLocksKept(binding, stored);
        }

        stored = await BuyerDefaults.FillAsync(db, db.OrganisationId, stored, cancellationToken);
        var draft = new TenderDraft { Title = clean, InputJson = TenderInputJson.Serialize(stored), TemplateJson = binding?.ToJson() };
        return await AddAsync(db, draft, "imported", $"from “{fileName}”" + (binding is null ? "" : $", {binding.Origin.Label}"), cancellationToken);
    }

    /// <summary>Renames a draft (its title in the tender too).</summary>
    /// <exception cref="DraftConflictException">Someone saved the draft since it was read.</exception>
    public async Task RenameAsync(Guid id, long revision, string title, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        var clean = Title(title);
        await ChangeAsync(id, revision, draft =>
        {
            draft.Title = clean;
            if (Read(draft) is { } input)
            {
                draft.InputJson = TenderInputJson.Serialize(input with { Tender = input.Tender with { Title = clean } });
            }
        }, cancellationToken);
    }

    /// <summary>Copies a draft with every answer, exclusion, override and custom clause.</summary>
    public Task<Guid> DuplicateAsync(Guid id, CancellationToken cancellationToken = default) =>
        CopyAsync(id, title => words["CopyOf", title].Value, "copied", cancellationToken);

    /// <summary>
    /// Copies a draft, whatever its status, into a new draft: everything in it, and the template it
    /// came from with its locks.
    /// </summary>
    /// <param name="id">The draft to copy.</param>
    /// <param name="title">The copy's title, from the original's.</param>
    /// <param name="what">What the copy's history says happened ("copied", "new version").</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public async Task<Guid> CopyAsync(Guid id, Func<string, string> title, string what, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        ArgumentNullException.ThrowIfNull(title);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var original = await db.TenderDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DraftNotFoundException(id);
        var clean = Title(title(original.Title));
        var json = Read(original) is { } input
            ? TenderInputJson.Serialize(input with { Tender = input.Tender with { Title = clean } })
            : original.InputJson;
        // A copy keeps the template it came from, locks and all.
        return await AddAsync(db, new TenderDraft { Title = clean, InputJson = json, TemplateJson = original.TemplateJson }, what, $"from “{original.Title}”", cancellationToken);
    }

    /// <summary>Reads a draft for editing: its input and the revision to save against.</summary>
    /// <exception cref="DraftNotFoundException">There is no such draft.</exception>
    public async Task<OpenedDraft> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.TenderDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DraftNotFoundException(id);
        var input = Read(draft);
        var binding = draft.TemplateJson is { } bound ? TemplateBinding.FromJson(bound) : null;
        return new OpenedDraft(draft.Id, draft.Title, draft.Revision,
            input ?? new TenderInput { CatalogVersion = _catalogue.Version, Tender = new TenderMetadata { Title = draft.Title } },
            input is null, draft.Status, binding)
        {
            NewerTemplateVersion = binding is null ? null : await NewerVersionAsync(db, binding.Origin, cancellationToken),
        };
    }

    // The draft stays on its version (ADR 0007); its author is only told that the owner published another.
    private static async Task<int?> NewerVersionAsync(TenderBuilderDbContext db, TemplateOrigin origin, CancellationToken cancellationToken) =>
        await TemplateBindings.NewestVersionAsync(db, origin.Id, cancellationToken) is { } newest && newest > origin.Version ? newest : null;

    /// <summary>
    /// Stores the whole input of a draft made from the given revision; its title follows the
    /// tender's title. Returns the new revision.
    /// </summary>
    /// <exception cref="DraftConflictException">Someone saved the draft since that revision.</exception>
    /// <exception cref="DraftNotFoundException">The draft was deleted.</exception>
    public async Task<long> SaveAsync(Guid id, long revision, TenderInput input, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        ArgumentNullException.ThrowIfNull(input);
        // The wizard removes control characters and says so; a caller that did not is cleaned here.
        input = ControlCharacters.RemoveFrom(input).Input;
        return await ChangeAsync(id, revision, draft =>
        {
            // Where a draft came from is the database's to say, not the input's.
            draft.InputJson = TenderInputJson.Serialize(input with { Template = null });
            if (!string.IsNullOrWhiteSpace(input.Tender.Title))
            {
                draft.Title = Title(input.Tender.Title);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Deletes a draft: it moves to the archive, hidden from every list and page, where an
    /// administrator of the organisation can restore it for the retention period. The deletion is
    /// recorded in the draft's history, which stays.
    /// </summary>
    /// <exception cref="DraftNotFoundException">There is no such draft (already deleted, or another organisation's).</exception>
    /// <exception cref="DraftKeptException">The draft is in review or approved: it is a record and stays.</exception>
    /// <exception cref="DraftConflictException">Someone changed the draft while it was being deleted.</exception>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.TenderDrafts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new DraftNotFoundException(id);
        if (!ReviewWorkflow.IsDeletable(draft.Status))
        {
            // Only an approved draft can start a new version; one in review goes back to its author first.
            throw new DraftKeptException(draft.Title, draft.Status,
                words[draft.Status == DraftStatus.Approved ? "KeptApproved" : "KeptInReview", draft.Title].Value);
        }

        draft.DeletedAtUtc = Now;
        draft.DeletedBy = user.DisplayName;
        AuditTrail.RecordDraftEvent(db, id, AuditTrail.DeletedEvent, "moved to the archive", user, Now);
        await DraftSave.SaveAsync(db, id, cancellationToken);
    }

    /// <summary>Whether the signed-in user may change drafts (pages show or hide their buttons by it).</summary>
    public bool CanEdit => _may.MayChangeDrafts;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void RequireAuthor()
    {
        if (!_may.MayChangeDrafts)
        {
            throw new AccessDeniedException(words["OnlyAuthors"].Value);
        }
    }

    // Returns the draft's new revision.
    private async Task<long> ChangeAsync(Guid id, long revision, Action<TenderDraft> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.TenderDrafts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new DraftNotFoundException(id);
        db.Entry(draft).Property(d => d.Revision).OriginalValue = revision;
        if (!ReviewWorkflow.IsEditable(draft.Status))
        {
            throw new DraftReadOnlyException(id, draft.Status,
                words[draft.Status == DraftStatus.Approved ? "ReadOnlyApproved" : "ReadOnlyInReview", id].Value);
        }

        var before = Read(draft) ?? new TenderInput();
        change(draft);
        if (draft.TemplateJson is { } bound)
        {
            RequireLocksKept(TemplateBinding.FromJson(bound), Read(draft) ?? new TenderInput());
        }

        await AuditTrail.RecordAsync(db, id, TenderInputChanges.Between(before, Read(draft) ?? new TenderInput()), user, Now, cancellationToken);
        await DraftSave.SaveAsync(db, id, cancellationToken);

        return draft.Revision;
    }

    // A new draft is stored with the event that made it, in one save.
    private async Task<Guid> AddAsync(TenderBuilderDbContext db, TenderDraft draft, string what, string detail, CancellationToken cancellationToken)
    {
        db.TenderDrafts.Add(draft);
        AuditTrail.RecordDraftEvent(db, draft.Id, what, detail, user, Now);
        await db.SaveChangesAsync(cancellationToken);
        return draft.Id;
    }

    // The wizard never offers a change a lock forbids; this refuses one from anywhere else.
    private void RequireLocksKept(TemplateBinding binding, TenderInput input)
    {
        var package = _evaluator.Evaluate(input);
        if (binding.Check(input, package, _catalogue, System.Globalization.CultureInfo.CurrentUICulture.Name) is { IsEmpty: false } violations)
        {
            throw new DraftLockedException(violations);
        }
    }

    private static bool Matches(DraftSummary summary, string? search) =>
        string.IsNullOrWhiteSpace(search)
        || summary.Title.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
        || (summary.Reference?.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase) ?? false);

    private static string Title(string title)
    {
        var clean = ControlCharacters.Remove(title).Text.Trim();
        if (clean.Length == 0)
        {
            throw new ArgumentException("A draft needs a title.", nameof(title));
        }

        return clean.Length <= TenderDraft.TitleMaxLength ? clean : clean[..TenderDraft.TitleMaxLength];
    }

    // A draft whose stored input cannot be read still lists (with no requirements) rather than
    // hiding the officer's work.
    private static TenderInput? Read(TenderDraft draft)
    {
        try
        {
            return TenderInputJson.Deserialize(draft.InputJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>A draft opened for editing.</summary>
/// <param name="Id">The draft.</param>
/// <param name="Title">Its title.</param>
/// <param name="Revision">The revision read, to save against.</param>
/// <param name="Input">Its input (a fresh one when the stored input could not be read).</param>
/// <param name="WasUnreadable">Whether the stored input could not be read, so the officer is told before anything is saved over it.</param>
/// <param name="Status">Where the draft is in its review (only a draft or a returned draft changes).</param>
/// <param name="Template">The template version it was started from, with its locks; null when none.</param>
public sealed record OpenedDraft(Guid Id, string Title, long Revision, TenderInput Input, bool WasUnreadable, DraftStatus Status = DraftStatus.Draft, TemplateBinding? Template = null)
{
    /// <summary>The input as a draft file holds it: with the template it came from, so an import keeps the locks.</summary>
    public TenderInput FileInput => Template is { } binding ? Input with { Template = binding.Origin } : Input;

    /// <summary>
    /// The newest version of the template the draft came from, when its owner has published one since
    /// and the user's organisation still sees the template; otherwise null.
    /// </summary>
    public int? NewerTemplateVersion { get; init; }

    /// <summary>Whether its review lets it change (the user's role is a separate question).</summary>
    public bool IsEditable => ReviewWorkflow.IsEditable(Status);
}

/// <summary>There is no such draft for the signed-in user: deleted, or never theirs to see.</summary>
public sealed class DraftNotFoundException(Guid id) : Exception($"The draft {id} does not exist.");

/// <summary>The draft is in review or approved, so nothing in it changes.</summary>
/// <param name="id">The draft.</param>
/// <param name="status">Its status.</param>
/// <param name="message">The sentence in the interface language, from the service that refused.</param>
public sealed class DraftReadOnlyException(Guid id, DraftStatus status, string message) : Exception(message)
{
    public Guid DraftId { get; } = id;

    public DraftStatus Status { get; } = status;
}

/// <summary>
/// An author tried to delete a draft that is in review or approved: it is the record of what was
/// submitted or decided, so it stays (work goes on in a new version).
/// </summary>
/// <param name="title">The draft's title.</param>
/// <param name="status">Its status.</param>
/// <param name="message">What the author reads, in the interface language, from the service that refused.</param>
public sealed class DraftKeptException(string title, DraftStatus status, string message) : Exception(message)
{
    public string Title { get; } = title;

    public DraftStatus Status { get; } = status;
}

/// <summary>A change would break a lock of the template the draft was started from.</summary>
public sealed class DraftLockedException(IReadOnlyList<LockViolation> violations)
    : Exception(string.Join(Environment.NewLine, violations.Select(v => v.Message)))
{
    public IReadOnlyList<LockViolation> Violations { get; } = violations;
}

/// <summary>Someone saved the draft since it was read.</summary>
public sealed class DraftConflictException(Guid id, Exception inner)
    : Exception($"The draft {id} was changed elsewhere since it was opened.", inner);
