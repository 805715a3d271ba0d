using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Data;
using TenderBuilder.Data.Templates;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Evaluation;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Application.Templates;

/// <summary>
/// Templates: made from a draft or a file, shared as their owner chooses, locked where their owner
/// requires it, and the start of new drafts. Every change of content or locks is a new version; the
/// database shows each organisation only the templates it owns or that are shared with it, and only
/// the owner's authors change one.
/// </summary>
/// <remarks>
/// Its words are in Resources/Templates/TemplatesService.resx. Refusals are worded when they are
/// thrown, in the interface language, as <see cref="DraftsService"/> does. The notes it writes to a
/// template's versions and changes are stored records, like a commit message: they are written once,
/// in the interface language of the person acting at that moment
/// (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>), and read as written by everyone
/// after, whatever their language; the names they quote (drafts, organisations, files) are data.
/// </remarks>
public sealed class TemplatesService(
    IDbContextFactory<TenderBuilderDbContext> contexts, DraftsService drafts, TimeProvider clock, ICurrentUser user, IStringLocalizer<TemplatesService> words,
    ILogger<TemplatesService>? logger = null, DraftEvaluator? evaluator = null)
{
    private readonly DraftEvaluator _evaluator = evaluator ?? new DraftEvaluator(CatalogueLoader.Default, clock);

    private readonly ILogger _logger = logger ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private readonly Core.Catalogues.Catalogue _catalogue = CatalogueLoader.Default;

    private readonly ContentPermissions _may = new(user);

    /// <summary>Whether the signed-in user may make, change and use templates (authors).</summary>
    public bool CanEdit => _may.MayChangeTemplates;

    /// <summary>Whether the signed-in user may change, lock, share or delete this template: an author of the organisation that owns it.</summary>
    public bool MayChange(TemplateDetails template) => template.IsOwn && _may.MayChangeTemplates;

    /// <summary>The templates the organisation owns or may use, its own first, then by name.</summary>
    public async Task<IReadOnlyList<TemplateSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = await db.Templates.AsNoTracking().ToListAsync(cancellationToken);
        var owners = await OrganisationNamesAsync(db, templates.Select(t => t.OrganisationId), cancellationToken);
        return
        [
            .. templates
                .Select(t => new TemplateSummary(t.Id, t.Name, t.Description, owners[t.OrganisationId], IsOwn(t), t.Sharing,
                    t.Current.Number, TemplateBinding.LocksFromJson(t.Current.LocksJson).Length, t.UpdatedAtUtc))
                .OrderByDescending(t => t.IsOwn).ThenBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase),
        ];
    }

    /// <summary>One template with its versions, current content and locks.</summary>
    /// <exception cref="TemplateNotFoundException">No such template for this organisation.</exception>
    public async Task<TemplateDetails> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await FindAsync(db, id, tracked: false, cancellationToken);
        var owner = (await OrganisationNamesAsync(db, [template.OrganisationId], cancellationToken))[template.OrganisationId];
        // Who else receives it is the owner's business only.
        var sharedWith = IsOwn(template)
            ? await db.Organisations.AsNoTracking().Where(o => template.Shares.Select(s => s.OrganisationId).Contains(o.Id))
                .OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(cancellationToken)
            : [];
        var current = template.Current;
        var input = TenderInputJson.Deserialize(current.InputJson);
        return new TemplateDetails(template.Id, template.Name, template.Description, owner, IsOwn(template), template.Sharing, sharedWith,
            template.Revision, current.Number, input, Evaluate(input), TemplateBinding.LocksFromJson(current.LocksJson),
            [.. template.Versions.OrderByDescending(v => v.Number).Select(v => new TemplateVersionSummary(v.Number, v.Note, v.CreatedBy, v.CreatedAtUtc))])
        {
            // Like the sharing itself, its history is the owner's business only.
            Changes = IsOwn(template)
                ? [.. template.Changes.OrderByDescending(c => c.ChangedAtUtc).Select(c => new TemplateChangeSummary(c.Note, c.ChangedBy, c.ChangedAtUtc))]
                : [],
        };
    }

    /// <summary>The organisations a template can be shared with (every one but the user's own).</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> ShareChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().Where(o => o.Id != db.OrganisationId).OrderBy(o => o.Name)
            .Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The templates of the user's own organisation, which a draft can be published into as a new version.</summary>
    public async Task<IReadOnlyList<TemplateSummary>> OwnAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(cancellationToken)).Where(t => t.IsOwn)];

    /// <summary>Makes a new template (version 1, no locks) of a draft's input.</summary>
    /// <exception cref="TemplateFormException">The form has a problem; the message names the field.</exception>
    /// <exception cref="DraftNotFoundException">No such draft for this organisation.</exception>
    public async Task<Guid> CreateFromDraftAsync(Guid draftId, TemplateForm form, CancellationToken cancellationToken = default)
    {
        var input = (await drafts.OpenAsync(draftId, cancellationToken)).Input;
        return await CreateAsync(input, form, words["MadeFromDraft", input.Tender.Title ?? ""].Value, cancellationToken);
    }

    /// <summary>Makes a new private template of a draft file (the TenderInput schema, JSON or YAML).</summary>
    /// <exception cref="TenderInputFormatException">The file cannot be read; the message names the line.</exception>
    /// <exception cref="ImportFailedException">The database refused the new template, or something unexpected happened; it is logged.</exception>
    public Task<Guid> ImportAsync(string text, string fileName, CancellationToken cancellationToken = default) =>
        FileImport.RunAsync(_logger, words, "template", fileName, () => ImportFileAsync(text, fileName, cancellationToken));

    private async Task<Guid> ImportFileAsync(string text, string fileName, CancellationToken cancellationToken)
    {
        RequireAuthor();
        var input = TenderInputReader.Read(text).Input;
        var form = new TemplateForm { Name = FileImport.NameOf(input, fileName, words["ImportedTemplate"].Value) };
        return await CreateAsync(input, form, words["ImportedFrom", fileName].Value, cancellationToken);
    }

    /// <summary>
    /// Publishes a draft's input as the template's next version. Locks that still apply are kept
    /// (a locked answer takes the draft's value: the owner is changing the template); a lock on a
    /// clause the new content no longer has is dropped, and the version's note says so.
    /// </summary>
    /// <returns>The new version's number.</returns>
    public async Task<int> PublishFromDraftAsync(Guid templateId, Guid draftId, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        var input = (await drafts.OpenAsync(draftId, cancellationToken)).Input;
        return await NewVersionAsync(templateId, (template, locks) =>
        {
            var package = Evaluate(input);
            var kept = locks.Where(l => StillApplies(l, input, package)).ToImmutableArray();
            var dropped = locks.Except(kept).Select(l => words["Quoted", l.Label].Value).ToList();
            var note = words["NewContentFromDraft", input.Tender.Title ?? ""].Value
                + (dropped.Count == 0 ? "" : " " + words["LocksDropped", string.Join(", ", dropped)].Value);
            return (input, kept, note);
        }, cancellationToken);
    }

    /// <summary>Locks an answer or a clause of the current version, in a new version.</summary>
    /// <exception cref="TemplateFormException">It cannot be locked; the message says why.</exception>
    public async Task<int> LockAsync(Guid templateId, LockKind kind, string target, string? reason, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        return await NewVersionAsync(templateId, (template, locks) =>
        {
            var input = TenderInputJson.Deserialize(template.Current.InputJson);
            var package = Evaluate(input);
            if (TemplateAnswers.ProblemWithLock(kind, target, reason, input, package, locks, _catalogue, System.Globalization.CultureInfo.CurrentUICulture.Name) is { } problem)
            {
                throw new TemplateFormException(TemplateFormField.None, problem);
            }

            var label = TemplateAnswers.LabelOf(kind, target, package, _catalogue);
            var added = new TemplateLock(kind, target, label, reason!.Trim(), user.DisplayName, Now);
            return (input, locks.Add(added), words[kind == LockKind.Answer ? "LockedAnswer" : "LockedClause", label].Value);
        }, cancellationToken);
    }

    /// <summary>Lifts a lock, in a new version (drafts of earlier versions keep theirs).</summary>
    public async Task<int> UnlockAsync(Guid templateId, LockKind kind, string target, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        return await NewVersionAsync(templateId, (template, locks) =>
        {
            var lifted = locks.FirstOrDefault(l => l.Kind == kind && l.Target == target)
                ?? throw new TemplateFormException(TemplateFormField.None, words["NotLocked"].Value);
            return (TenderInputJson.Deserialize(template.Current.InputJson), locks.Remove(lifted),
                words[kind == LockKind.Answer ? "UnlockedAnswer" : "UnlockedClause", lifted.Label].Value);
        }, cancellationToken);
    }

    /// <summary>Renames, describes and shares a template; its content and versions stay as they are.</summary>
    /// <exception cref="TemplateConflictException">Someone changed the template since it was read.</exception>
    public async Task UpdateAsync(Guid id, long revision, TemplateForm form, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        var clean = form.Validate(words);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await FindOwnAsync(db, id, cancellationToken);
        db.Entry(template).Property(t => t.Revision).OriginalValue = revision;
        var before = (template.Name, template.Description, template.Sharing, Named: SharedWith(template));
        template.Name = clean.Name;
        template.Description = clean.Description;
        template.Sharing = clean.Sharing;
        await ShareAsync(db, template, clean, cancellationToken);

        var names = await OrganisationNamesAsync(db, [.. before.Named, .. SharedWith(template)], cancellationToken);
        var (sharedBefore, sharedNow) = (SharingInWords(before.Sharing, before.Named, names), SharingInWords(template.Sharing, SharedWith(template), names));
        var changes = new List<string>();
        if (before.Name != template.Name)
        {
            changes.Add(words["Renamed", before.Name, template.Name].Value);
        }

        if (before.Description != template.Description)
        {
            changes.Add(words["DescriptionChanged"].Value);
        }

        if (sharedBefore != sharedNow)
        {
            changes.Add(words["SharingChanged", sharedBefore, sharedNow].Value);
        }

        if (changes.Count > 0)
        {
            template.Changes.Add(Change(string.Join(" ", changes)));
        }

        await SaveAsync(db, id, cancellationToken);
    }

    /// <summary>Starts a draft from the template's current version, bound to its locks.</summary>
    public async Task<Guid> StartDraftAsync(Guid templateId, string title, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var binding = await TemplateBindings.ForAsync(db, templateId, null, cancellationToken) ?? throw new TemplateNotFoundException(templateId);
        return await drafts.CreateFromTemplateAsync(binding, title, cancellationToken);
    }

    /// <summary>Starts an ordinary draft (no locks) with the current content, for the owner to change and publish as the next version.</summary>
    public async Task<Guid> StartEditingAsync(Guid templateId, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await FindOwnAsync(db, templateId, cancellationToken);
        var input = TenderInputJson.Deserialize(template.Current.InputJson);
        return await drafts.CreateFromAsync(input, words["NextVersionTitle", template.Name].Value, cancellationToken);
    }

    /// <summary>The current version's input as a draft file, and the template's name.</summary>
    public async Task<(string Name, TenderInput Input)> FileAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await FindAsync(db, id, tracked: false, cancellationToken);
        return (template.Name, TenderInputJson.Deserialize(template.Current.InputJson));
    }

    /// <summary>Deletes a template of the user's organisation; drafts started from it keep their copy and locks.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireAuthor();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await FindOwnAsync(db, id, cancellationToken);
        db.Templates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid> CreateAsync(TenderInput input, TemplateForm form, string note, CancellationToken cancellationToken)
    {
        RequireAuthor();
        var clean = form.Validate(words);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = new TenderTemplate
        {
            Name = clean.Name,
            Description = clean.Description,
            Sharing = clean.Sharing,
            Versions = [Version(1, input, [], note)],
        };
        await ShareAsync(db, template, clean, cancellationToken);
        var names = await OrganisationNamesAsync(db, SharedWith(template), cancellationToken);
        template.Changes.Add(Change(words["Made", SharingInWords(template.Sharing, SharedWith(template), names)].Value));
        db.Templates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return template.Id;
    }

    private async Task<int> NewVersionAsync(
        Guid templateId,
        Func<TenderTemplate, ImmutableArray<TemplateLock>, (TenderInput Input, ImmutableArray<TemplateLock> Locks, string Note)> next,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await FindOwnAsync(db, templateId, cancellationToken);
        var (input, locks, note) = next(template, TemplateBinding.LocksFromJson(template.Current.LocksJson));
        var version = Version(template.Current.Number + 1, input, locks, note);
        template.Versions.Add(version);
        // A new version changes the template row too, so two owners publishing at once conflict
        // on its revision rather than both writing version n + 1.
        db.Entry(template).Property(t => t.UpdatedAtUtc).IsModified = true;
        await SaveAsync(db, templateId, cancellationToken);
        return version.Number;
    }

    private TemplateVersion Version(int number, TenderInput input, IEnumerable<TemplateLock> locks, string note) => new()
    {
        Number = number,
        // Where a draft came from is no part of a template's content.
        InputJson = TenderInputJson.Serialize(input with { Template = null }),
        LocksJson = TemplateBinding.LocksToJson(locks),
        Note = note.Length <= 1000 ? note : note[..999] + "…",
        CreatedBy = user.DisplayName,
        CreatedAtUtc = Now,
    };

    private TemplateChange Change(string note) => new()
    {
        Note = note.Length <= TemplateChange.NoteMaxLength ? note : note[..(TemplateChange.NoteMaxLength - 1)] + "…",
        ChangedBy = user.DisplayName,
        ChangedAtUtc = Now,
    };

    private static Guid[] SharedWith(TenderTemplate template) => [.. template.Shares.Select(s => s.OrganisationId)];

    // Names, not ids: the record must read the same after an organisation is gone.
    private string SharingInWords(TemplateSharing sharing, IEnumerable<Guid> named, Dictionary<Guid, string> names) => sharing switch
    {
        TemplateSharing.AllOrganisations => words["SharedWithAll"].Value,
        TemplateSharing.NamedOrganisations => string.Join(", ", named.Where(names.ContainsKey).Select(id => names[id]).Order(StringComparer.CurrentCultureIgnoreCase)),
        _ => words["SharedWithNone"].Value,
    };

    private async Task ShareAsync(TenderBuilderDbContext db, TenderTemplate template, TemplateForm form, CancellationToken cancellationToken)
    {
        var named = form.Sharing == TemplateSharing.NamedOrganisations ? form.SharedWith.Where(o => o != db.OrganisationId).ToHashSet() : [];
        var known = await db.Organisations.Where(o => named.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        if (known.Count != named.Count)
        {
            throw new TemplateFormException(TemplateFormField.SharedWith, words["OrganisationGone"].Value);
        }

        template.Shares.RemoveAll(s => !named.Contains(s.OrganisationId));
        template.Shares.AddRange(named.Where(o => template.Shares.All(s => s.OrganisationId != o)).Select(o => new TemplateShare { OrganisationId = o }));
    }

    private static async Task SaveAsync(TenderBuilderDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new TemplateConflictException(id, e);
        }
    }

    private async Task<TenderTemplate> FindOwnAsync(TenderBuilderDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var template = await FindAsync(db, id, tracked: true, cancellationToken);
        return _may.MayChangeTemplate(template.OrganisationId)
            ? template
            : throw new AccessDeniedException(words["OnlyOwner"].Value);
    }

    private static async Task<TenderTemplate> FindAsync(TenderBuilderDbContext db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Templates : db.Templates.AsNoTracking();
        return await query.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new TemplateNotFoundException(id);
    }

    private static async Task<Dictionary<Guid, string>> OrganisationNamesAsync(TenderBuilderDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        return await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    private bool StillApplies(TemplateLock locked, TenderInput input, TenderPackage package) =>
        locked.Kind == LockKind.Answer
            ? TemplateAnswers.Given(input, locked.Target, _catalogue) is not null
            : package.Clauses.Any(c => c.Id == locked.Target);

    private bool IsOwn(TenderTemplate template) => template.OrganisationId == user.OrganisationId;

    private TenderPackage Evaluate(TenderInput input) => _evaluator.Evaluate(input);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void RequireAuthor()
    {
        if (!_may.MayChangeTemplates)
        {
            throw new AccessDeniedException(words["OnlyAuthors"].Value);
        }
    }
}
