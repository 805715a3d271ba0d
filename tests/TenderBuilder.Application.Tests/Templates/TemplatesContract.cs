using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Testing;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Review;
using TenderBuilder.Application.Templates;

namespace TenderBuilder.Application.Tests.Templates;

/// <summary>
/// A region writes a template for its municipalities: every lock and publication is a new version,
/// sharing decides who sees it, only the region's authors change it, and every draft started from it
/// keeps its locks, through saving, exporting and importing, even after the template is unshared.
/// On SQLite and PostgreSQL.
/// </summary>
public abstract class TemplatesContract : IAsyncLifetime
{
    private const string TemplateName = "Regional AC charging";
    private const string ClauseReason = "Every municipality of the region offers the same to drivers.";
    private const string AnswerReason = "The regional subsidy is granted for this choice only.";

    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;

    private ApplicationHost _app = null!;
    private TestUser _region = null!;
    private TestUser _regionLocker = null!;
    private TestUser _utrecht = null!;
    private TestUser _utrechtReviewer = null!;
    private TestUser _amersfoort = null!;
    private TestUser _stockholm = null!;
    private TenderInput _example = null!;
    private Guid _template;
    private IncludedClause _lockedClause = null!;
    private Question _lockedQuestion = null!;

    protected abstract Task<ApplicationHost> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _region = await _app.UserAsync("Rita Region", "Region Utrecht", "Author");
        _regionLocker = await _app.UserAsync("Lars Locker", "Region Utrecht", "Author");
        _utrecht = await _app.UserAsync("Ute Utrecht", "Utrecht", "Author");
        _utrechtReviewer = await _app.UserAsync("Rob Reviewer", "Utrecht", "Reviewer");
        _amersfoort = await _app.UserAsync("Arie Amersfoort", "Amersfoort", "Author");
        _stockholm = await _app.UserAsync("Sven Stockholm", "Stockholm", "Author");
        _example = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        var draft = await AsAsync(_region, (DraftsService drafts) => drafts.CreateFromAsync(_example, "Regional draft"));
        _template = await AsAsync(_region, (TemplatesService templates) => templates.CreateFromDraftAsync(draft, new TemplateForm { Name = TemplateName }));

        // What to lock is read from the template's own requirements: a recommended clause, and a
        // yes/no answer whose change leaves that clause in place.
        var details = await GetAsync(_region);
        _lockedClause = details.Package.Clauses.First(c => c.Strength == Strength.Recommended && !c.IsCustom);
        _lockedQuestion = s_catalogue.Questionnaire.Questions.First(q =>
            q.Type == QuestionType.YesNo && q.Field is null && TemplateAnswers.Given(details.Input, q.Id, s_catalogue) is not null
            && Evaluate(details.Input.WithAnswer(q, Flipped(details.Input, q))).Clauses.Any(c => c.Id == _lockedClause.Id));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_lock_and_publication_is_a_new_version_and_a_draft_keeps_the_version_it_started_from()
    {
        var made = await GetAsync(_region);
        made.Version.ShouldBe(1);
        made.Locks.ShouldBeEmpty();
        made.IsOwn.ShouldBeTrue();
        made.OwnerName.ShouldBe("Region Utrecht");

        var locked = await AsAsync(_regionLocker, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Clause, _lockedClause.Id, ClauseReason));

        locked.ShouldBe(2);
        var lockedVersion = await GetAsync(_region);
        lockedVersion.Version.ShouldBe(2);
        var theLock = lockedVersion.Locks.ShouldHaveSingleItem();
        (theLock.Kind, theLock.Target, theLock.Label, theLock.Reason, theLock.LockedBy).ShouldBe((LockKind.Clause, _lockedClause.Id, _lockedClause.Title, ClauseReason, "Lars Locker"));

        var early = await AsAsync(_region, (TemplatesService templates) => templates.StartDraftAsync(_template, "Early town draft"));
        var earlyDraft = await OpenAsync(_region, early);
        earlyDraft.Title.ShouldBe("Early town draft");
        earlyDraft.Input.Tender.Title.ShouldBe("Early town draft");
        var binding = earlyDraft.Template.ShouldNotBeNull();
        binding.Origin.ShouldBe(new TemplateOrigin(_template, 2, TemplateName));
        earlyDraft.NewerTemplateVersion.ShouldBeNull("version 2 is the newest");
        binding.OwnerName.ShouldBe("Region Utrecht");
        var boundLock = binding.Locks.ShouldHaveSingleItem();
        (boundLock.Target, boundLock.Reason, boundLock.LockedBy).ShouldBe((_lockedClause.Id, ClauseReason, "Lars Locker"));

        // The region changes the content in a draft of its own and publishes it as the next version.
        var editing = await AsAsync(_region, (TemplatesService templates) => templates.StartEditingAsync(_template));
        var content = await OpenAsync(_region, editing);
        content.Template.ShouldBeNull("the owner's working copy is not held to the template's locks");
        var newReference = "REGION-2026-042";
        await AsAsync(_region, (DraftsService drafts) => drafts.SaveAsync(editing, content.Revision, content.Input with { Tender = content.Input.Tender with { Reference = newReference } }));
        var published = await AsAsync(_region, (TemplatesService templates) => templates.PublishFromDraftAsync(_template, editing));

        published.ShouldBe(3);
        var current = await GetAsync(_region);
        current.Version.ShouldBe(3);
        current.Input.Tender.Reference.ShouldBe(newReference);
        current.Locks.ShouldHaveSingleItem().ShouldBe(theLock);
        var earlyAgain = await OpenAsync(_region, early);
        earlyAgain.Template!.Origin.Version.ShouldBe(2, "a draft started earlier keeps the version it started from");
        earlyAgain.NewerTemplateVersion.ShouldBe(3, "its author is told that version 3 is published");
        var later = await AsAsync(_region, (TemplatesService templates) => templates.StartDraftAsync(_template, "Later town draft"));
        var laterDraft = await OpenAsync(_region, later);
        laterDraft.Template!.Origin.Version.ShouldBe(3);
        laterDraft.NewerTemplateVersion.ShouldBeNull();
        laterDraft.Input.Tender.Reference.ShouldBe(newReference);

        current.Versions.Select(v => v.Number).ShouldBe([3, 2, 1]);
        current.Versions.Select(v => v.CreatedBy).ShouldBe(["Rita Region", "Lars Locker", "Rita Region"]);
        current.Versions[2].Note.ShouldContain("Regional draft");
        current.Versions[1].Note.ShouldContain(_lockedClause.Title);
        current.Versions[1].Note.ShouldContain("Locked");
        current.Versions[0].Note.ShouldContain($"{TemplateName} (next version)");
        current.Versions.ShouldAllBe(v => v.CreatedAtUtc > DateTime.UtcNow.AddMinutes(-10));
    }

    [Fact]
    public async Task A_note_is_written_in_the_language_of_the_author_who_made_the_change_and_read_as_written()
    {
        var made = await GetAsync(_region);
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            // A Swedish author renames the template and locks a clause, like writing a commit message.
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
            await AsAsync(_regionLocker, (TemplatesService templates) => templates.UpdateAsync(_template, made.Revision,
                new TemplateForm { Name = "Regional laddning", Description = made.Description, Sharing = TemplateSharing.AllOrganisations }));
            await AsAsync(_regionLocker, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Clause, _lockedClause.Id, ClauseReason));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }

        // Read back by an English reader, the notes stay as they were written.
        var read = await GetAsync(_region);
        read.Changes[0].Note.ShouldBe($"Bytte namn från ”{TemplateName}” till ”Regional laddning”. Delad med: ingen annan organisation → alla organisationer.");
        read.Versions[0].Note.ShouldBe($"Låste klausulen ”{_lockedClause.Title}”.");
        read.Changes[1].Note.ShouldBe("Made, shared with: no other organisation.");
    }

    [Fact]
    public async Task Who_renamed_and_shared_a_template_with_whom_is_recorded_and_shown_to_the_owner_only()
    {
        var made = await GetAsync(_region);
        var first = made.Changes.ShouldHaveSingleItem();
        (first.Note, first.ChangedBy).ShouldBe(("Made, shared with: no other organisation.", "Rita Region"));

        await AsAsync(_regionLocker, (TemplatesService templates) => templates.UpdateAsync(_template, made.Revision,
            new TemplateForm { Name = "Regional AC charging 2027", Description = "For 2027.", Sharing = TemplateSharing.NamedOrganisations, SharedWith = [_utrecht.OrganisationId!.Value, _amersfoort.OrganisationId!.Value] }));
        var renamed = await GetAsync(_region);
        renamed.Changes.Count.ShouldBe(2);
        (renamed.Changes[0].Note, renamed.Changes[0].ChangedBy).ShouldBe((
            "Renamed from “Regional AC charging” to “Regional AC charging 2027”. Changed the description. Shared with: no other organisation → Amersfoort, Utrecht.",
            "Lars Locker"));

        // Saving the form unchanged records nothing.
        await AsAsync(_region, (TemplatesService templates) => templates.UpdateAsync(_template, renamed.Revision,
            new TemplateForm { Name = "Regional AC charging 2027", Description = "For 2027.", Sharing = TemplateSharing.NamedOrganisations, SharedWith = [_amersfoort.OrganisationId!.Value, _utrecht.OrganisationId!.Value] }));
        var unchanged = await GetAsync(_region);
        unchanged.Changes.Count.ShouldBe(2);

        await AsAsync(_region, (TemplatesService templates) => templates.UpdateAsync(_template, unchanged.Revision,
            new TemplateForm { Name = "Regional AC charging 2027", Description = "For 2027.", Sharing = TemplateSharing.AllOrganisations }));
        var opened = await GetAsync(_region);
        opened.Changes.Select(c => c.Note).ShouldBe([
            "Shared with: Amersfoort, Utrecht → all organisations.",
            renamed.Changes[0].Note,
            first.Note,
        ]);
        opened.Versions.Count.ShouldBe(1, "name and sharing are the template's, not a new version");

        // Whom it is shared with is the owner's business: Utrecht sees the template, not its record.
        (await GetAsync(_utrecht)).Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_lock_that_cannot_be_set_says_why_and_makes_no_new_version()
    {
        var noReason = await Should.ThrowAsync<TemplateFormException>(() =>
            AsAsync(_region, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Clause, _lockedClause.Id, "  ")));
        noReason.Message.ShouldStartWith("Reason:");
        await Should.ThrowAsync<TemplateFormException>(() =>
            AsAsync(_region, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Answer, "tender.title", AnswerReason)));
        await AsAsync(_region, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Answer, _lockedQuestion.Id, AnswerReason));
        await Should.ThrowAsync<TemplateFormException>(() =>
            AsAsync(_region, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Answer, _lockedQuestion.Id, "Again.")));
        await Should.ThrowAsync<TemplateFormException>(() =>
            AsAsync(_region, (TemplatesService templates) => templates.UnlockAsync(_template, LockKind.Clause, _lockedClause.Id)));

        var details = await GetAsync(_region);
        details.Version.ShouldBe(2);
        details.Locks.ShouldHaveSingleItem().Target.ShouldBe(_lockedQuestion.Id);

        (await AsAsync(_region, (TemplatesService templates) => templates.UnlockAsync(_template, LockKind.Answer, _lockedQuestion.Id))).ShouldBe(3);
        (await GetAsync(_region)).Locks.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_private_template_is_seen_and_used_only_by_its_owner()
    {
        (await ListAsync(_region)).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => t.Id.ShouldBe(_template),
            t => t.IsOwn.ShouldBeTrue(),
            t => t.Sharing.ShouldBe(TemplateSharing.Private));

        foreach (var other in new[] { _utrecht, _amersfoort, _stockholm })
        {
            await ShouldNotSeeTemplateAsync(other);
        }
    }

    [Fact]
    public async Task A_template_shared_with_named_organisations_is_seen_and_used_by_them_only()
    {
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);

        var listed = (await ListAsync(_utrecht)).ShouldHaveSingleItem();
        (listed.Id, listed.Name, listed.OwnerName, listed.IsOwn, listed.Version).ShouldBe((_template, TemplateName, "Region Utrecht", false, 1));
        var seen = await GetAsync(_utrecht);
        seen.IsOwn.ShouldBeFalse();
        seen.SharedWith.ShouldBeEmpty("who else receives a template is the owner's business");
        (await GetAsync(_region)).SharedWith.Select(o => o.Name).ShouldBe(["Utrecht"]);
        var started = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));
        (await OpenAsync(_utrecht, started)).Template!.Origin.ShouldBe(new TemplateOrigin(_template, 1, TemplateName));

        await ShouldNotSeeTemplateAsync(_amersfoort);
        await ShouldNotSeeTemplateAsync(_stockholm);
    }

    [Fact]
    public async Task A_template_shared_with_all_organisations_is_seen_and_used_by_every_one()
    {
        await ShareAsync(TemplateSharing.AllOrganisations);

        foreach (var other in new[] { _utrecht, _amersfoort, _stockholm })
        {
            var listed = (await ListAsync(other)).ShouldHaveSingleItem();
            listed.Id.ShouldBe(_template);
            listed.IsOwn.ShouldBeFalse();
            (await GetAsync(other)).Name.ShouldBe(TemplateName);
            var started = await AsAsync(other, (TemplatesService templates) => templates.StartDraftAsync(_template, $"{other.OrganisationName} AC points"));
            (await OpenAsync(other, started)).Template!.Origin.Id.ShouldBe(_template);
        }
    }

    [Fact]
    public async Task A_draft_keeps_its_locks_after_the_template_is_unshared()
    {
        await LockClauseAsync();
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);
        var draft = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));
        await AsAsync(_region, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Answer, _lockedQuestion.Id, AnswerReason));
        (await OpenAsync(_utrecht, draft)).NewerTemplateVersion.ShouldBe(3, "Utrecht sees the template, so it is told of version 3");

        await ShareAsync(TemplateSharing.Private);

        await ShouldNotSeeTemplateAsync(_utrecht);
        var opened = await OpenAsync(_utrecht, draft);
        opened.NewerTemplateVersion.ShouldBeNull("Utrecht no longer sees the template, nor its versions");
        opened.Template.ShouldNotBeNull().Locks.ShouldHaveSingleItem().Target.ShouldBe(_lockedClause.Id);
        var refused = await ShouldRefuseAsync(_utrecht, draft, opened.Input.WithExclusion(_lockedClause.Id, "We do without."));
        refused.Message.ShouldContain(ClauseReason);
    }

    [Fact]
    public async Task The_owner_deletes_a_template_and_drafts_started_from_it_keep_their_locks()
    {
        await LockClauseAsync();
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);
        var draft = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));

        await AsAsync(_region, (TemplatesService templates) => templates.DeleteAsync(_template));

        (await ListAsync(_region)).ShouldBeEmpty();
        await Should.ThrowAsync<TemplateNotFoundException>(() => GetAsync(_region));
        await ShouldNotSeeTemplateAsync(_utrecht);
        var opened = await OpenAsync(_utrecht, draft);
        opened.Template.ShouldNotBeNull().Origin.Name.ShouldBe(TemplateName);
        await ShouldRefuseAsync(_utrecht, draft, opened.Input.WithExclusion(_lockedClause.Id, "We do without."));
    }

    [Fact]
    public async Task Only_the_owners_authors_change_a_template_even_where_it_is_shared_with_others()
    {
        await LockClauseAsync();
        await ShareAsync(TemplateSharing.AllOrganisations);
        var before = await GetAsync(_region);
        var utrechtDraft = await AsAsync(_utrecht, (DraftsService drafts) => drafts.CreateFromAsync(_example, "Utrecht's own content"));

        await Should.ThrowAsync<AccessDeniedException>(() =>
            AsAsync(_utrecht, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Answer, _lockedQuestion.Id, AnswerReason)));
        await Should.ThrowAsync<AccessDeniedException>(() =>
            AsAsync(_utrecht, (TemplatesService templates) => templates.UnlockAsync(_template, LockKind.Clause, _lockedClause.Id)));
        await Should.ThrowAsync<AccessDeniedException>(() =>
            AsAsync(_utrecht, (TemplatesService templates) => templates.UpdateAsync(_template, before.Revision, new TemplateForm { Name = "Taken over" })));
        await Should.ThrowAsync<AccessDeniedException>(() =>
            AsAsync(_utrecht, (TemplatesService templates) => templates.PublishFromDraftAsync(_template, utrechtDraft)));
        await Should.ThrowAsync<AccessDeniedException>(() =>
            AsAsync(_utrecht, (TemplatesService templates) => templates.StartEditingAsync(_template)));
        await Should.ThrowAsync<AccessDeniedException>(() =>
            AsAsync(_utrecht, (TemplatesService templates) => templates.DeleteAsync(_template)));

        var after = await GetAsync(_region);
        (after.Name, after.Sharing, after.Version, after.Revision).ShouldBe((TemplateName, TemplateSharing.AllOrganisations, before.Version, before.Revision));
        after.Locks.ShouldBe(before.Locks);
        (await ListAsync(_utrecht)).ShouldHaveSingleItem().Id.ShouldBe(_template);
        (await AsAsync(_utrecht, (DraftsService drafts) => drafts.ListAsync())).Select(d => d.Id).ShouldBe([utrechtDraft]);
    }

    [Fact]
    public async Task A_reviewer_cannot_start_a_draft_from_a_template()
    {
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);

        (await ListAsync(_utrechtReviewer)).ShouldHaveSingleItem().Id.ShouldBe(_template);
        await Should.ThrowAsync<AccessDeniedException>(() =>
            AsAsync(_utrechtReviewer, (TemplatesService templates) => templates.StartDraftAsync(_template, "Reviewer's draft")));

        (await AsAsync(_utrechtReviewer, (DraftsService drafts) => drafts.ListAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Saving_a_draft_refuses_every_change_that_breaks_a_lock_and_keeps_the_stored_draft()
    {
        await LockClauseAsync();
        await AsAsync(_region, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Answer, _lockedQuestion.Id, AnswerReason));
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);
        var draft = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));
        var opened = await OpenAsync(_utrecht, draft);

        var removed = await ShouldRefuseAsync(_utrecht, draft, opened.Input.WithExclusion(_lockedClause.Id, "We do without."));
        var violation = removed.Violations.ShouldHaveSingleItem();
        violation.Lock.Target.ShouldBe(_lockedClause.Id);
        removed.Message.ShouldContain(_lockedClause.Title);
        removed.Message.ShouldContain(ClauseReason);
        removed.Message.ShouldContain("Region Utrecht");
        removed.Message.ShouldContain("Rita Region");

        var answered = await ShouldRefuseAsync(_utrecht, draft, opened.Input.WithAnswer(_lockedQuestion, Flipped(opened.Input, _lockedQuestion)));
        answered.Violations.ShouldHaveSingleItem().Lock.Target.ShouldBe(_lockedQuestion.Id);
        answered.Message.ShouldContain(AnswerReason);

        var cleared = await ShouldRefuseAsync(_utrecht, draft, opened.Input.WithAnswer(_lockedQuestion, null));
        cleared.Violations.ShouldHaveSingleItem().Lock.Target.ShouldBe(_lockedQuestion.Id);

        var stored = await OpenAsync(_utrecht, draft);
        stored.Revision.ShouldBe(opened.Revision);
        TenderInputJson.Serialize(stored.Input).ShouldBe(TenderInputJson.Serialize(opened.Input));

        var reference = opened.Input with { Tender = opened.Input.Tender with { Reference = "UTR-2026-7" } };
        var revision = await AsAsync(_utrecht, (DraftsService drafts) => drafts.SaveAsync(draft, opened.Revision, reference));
        revision.ShouldBeGreaterThan(opened.Revision);
        var saved = await OpenAsync(_utrecht, draft);
        saved.Input.Tender.Reference.ShouldBe("UTR-2026-7");
        saved.Template!.Locks.Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_copy_of_a_draft_keeps_the_templates_locks()
    {
        await LockClauseAsync();
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);
        var draft = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));

        var copy = await AsAsync(_utrecht, (DraftsService drafts) => drafts.DuplicateAsync(draft));

        var copied = await OpenAsync(_utrecht, copy);
        copied.Template.ShouldNotBeNull().Origin.ShouldBe(new TemplateOrigin(_template, 2, TemplateName));
        await ShouldRefuseAsync(_utrecht, copy, copied.Input.WithExclusion(_lockedClause.Id, "In the copy."));
    }

    [Fact]
    public async Task A_new_version_of_an_approved_draft_keeps_the_templates_locks()
    {
        await LockClauseAsync();
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);
        var draft = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));

        await AsAsync(_utrecht, (DraftReviews reviews) => reviews.SubmitAsync(draft));
        await AsAsync(_utrechtReviewer, (DraftReviews reviews) => reviews.ApproveAsync(draft));
        var next = await AsAsync(_utrecht, (DraftReviews reviews) => reviews.NewVersionAsync(draft));

        var nextVersion = await OpenAsync(_utrecht, next);
        nextVersion.Template.ShouldNotBeNull("the new version of an approved draft is still the template's draft").Origin.ShouldBe(new TemplateOrigin(_template, 2, TemplateName));
        await ShouldRefuseAsync(_utrecht, next, nextVersion.Input.WithExclusion(_lockedClause.Id, "In the new version."));
    }

    [Fact]
    public async Task An_exported_file_edited_to_break_a_lock_does_not_import_and_the_unedited_file_imports_bound_to_the_same_version()
    {
        await LockClauseAsync();
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);
        var draft = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));
        var exported = (await OpenAsync(_utrecht, draft)).FileInput;
        exported.Template.ShouldBe(new TemplateOrigin(_template, 2, TemplateName), "the export names the template version");
        var file = TenderInputJson.Serialize(exported);
        var edited = TenderInputJson.Serialize(exported.WithExclusion(_lockedClause.Id, "Edited outside the app."));

        // The template moves on meanwhile: the file still means version 2.
        await AsAsync(_region, (TemplatesService templates) => templates.UnlockAsync(_template, LockKind.Clause, _lockedClause.Id));
        var count = (await AsAsync(_utrecht, (DraftsService drafts) => drafts.ListAsync())).Count;

        var refused = await Should.ThrowAsync<DraftLockedException>(() =>
            AsAsync(_utrecht, (DraftsService drafts) => drafts.ImportAsync(edited, "utrecht-ac-points.json")));
        refused.Violations.ShouldHaveSingleItem().Lock.Target.ShouldBe(_lockedClause.Id);
        refused.Message.ShouldContain(ClauseReason);
        (await AsAsync(_utrecht, (DraftsService drafts) => drafts.ListAsync())).Count.ShouldBe(count);

        var imported = await AsAsync(_utrecht, (DraftsService drafts) => drafts.ImportAsync(file, "utrecht-ac-points.json"));

        var bound = (await OpenAsync(_utrecht, imported)).Template.ShouldNotBeNull();
        bound.Origin.ShouldBe(new TemplateOrigin(_template, 2, TemplateName));
        bound.Locks.ShouldHaveSingleItem().Reason.ShouldBe(ClauseReason);
        (await AsAsync(_utrecht, (DraftsService drafts) => drafts.ListAsync())).Count.ShouldBe(count + 1);
        var importedDraft = await OpenAsync(_utrecht, imported);
        await ShouldRefuseAsync(_utrecht, imported, importedDraft.Input.WithExclusion(_lockedClause.Id, "After the import."));
    }

    [Fact]
    public async Task A_file_naming_a_template_the_importer_cannot_see_imports_as_an_unbound_draft()
    {
        await LockClauseAsync();
        await ShareAsync(TemplateSharing.NamedOrganisations, _utrecht.OrganisationId!.Value);
        var draft = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(_template, "Utrecht AC points"));
        var exported = (await OpenAsync(_utrecht, draft)).FileInput;
        var edited = TenderInputJson.Serialize(exported.WithExclusion(_lockedClause.Id, "Stockholm does without."));

        var imported = await AsAsync(_stockholm, (DraftsService drafts) => drafts.ImportAsync(edited, "from-utrecht.json"));

        var opened = await OpenAsync(_stockholm, imported);
        opened.Template.ShouldBeNull();
        opened.FileInput.Template.ShouldBeNull("an unbound draft's file names no template");
        opened.Input.Exclusions.ShouldHaveSingleItem().Clause.ShouldBe(_lockedClause.Id);
        opened.Title.ShouldBe("Utrecht AC points");
    }

    [Fact]
    public async Task Template_form_problems_name_their_field_and_change_nothing()
    {
        var draft = await AsAsync(_region, (DraftsService drafts) => drafts.CreateFromAsync(_example, "Another regional draft"));

        (await Should.ThrowAsync<TemplateFormException>(() => CreateAsync(draft, new TemplateForm { Name = "   " }))).Message.ShouldStartWith("Name:");
        (await Should.ThrowAsync<TemplateFormException>(() => CreateAsync(draft, new TemplateForm { Name = new string('N', 300) }))).Message.ShouldStartWith("Name:");
        (await Should.ThrowAsync<TemplateFormException>(() => CreateAsync(draft, new TemplateForm { Name = "Fine", Description = new string('d', 2001) }))).Message.ShouldStartWith("Description:");
        (await Should.ThrowAsync<TemplateFormException>(() =>
            CreateAsync(draft, new TemplateForm { Name = "Fine", Sharing = TemplateSharing.NamedOrganisations }))).Message.ShouldStartWith("Shared with:");
        (await Should.ThrowAsync<TemplateFormException>(() =>
            CreateAsync(draft, new TemplateForm { Name = "Fine", Sharing = TemplateSharing.NamedOrganisations, SharedWith = [Guid.NewGuid()] }))).Message.ShouldStartWith("Shared with:");
        (await ListAsync(_region)).Select(t => t.Id).ShouldBe([_template]);

        var revision = (await GetAsync(_region)).Revision;
        (await Should.ThrowAsync<TemplateFormException>(() =>
            AsAsync(_region, (TemplatesService templates) => templates.UpdateAsync(_template, revision, new TemplateForm { Name = "" })))).Message.ShouldStartWith("Name:");
        (await Should.ThrowAsync<TemplateFormException>(() =>
            AsAsync(_region, (TemplatesService templates) => templates.UpdateAsync(_template, revision,
                new TemplateForm { Name = "Renamed", Sharing = TemplateSharing.NamedOrganisations })))).Message.ShouldStartWith("Shared with:");
        (await Should.ThrowAsync<TemplateFormException>(() =>
            AsAsync(_region, (TemplatesService templates) => templates.UpdateAsync(_template, revision,
                new TemplateForm { Name = "Renamed", Sharing = TemplateSharing.NamedOrganisations, SharedWith = [Guid.NewGuid()] })))).Message.ShouldStartWith("Shared with:");
        var unchanged = await GetAsync(_region);
        (unchanged.Name, unchanged.Sharing, unchanged.Revision).ShouldBe((TemplateName, TemplateSharing.Private, revision));
        unchanged.Changes.ShouldHaveSingleItem("a refused form records no change").Note.ShouldStartWith("Made");
    }

    [Fact]
    public async Task A_template_file_that_cannot_be_read_says_which_line_and_makes_no_template_while_a_good_one_makes_a_private_version_1()
    {
        var broken = "schemaVersion: 1\ntender:\n  title: [unclosed\n";
        var wrongVersion = "schemaVersion: 7\n";
        foreach (var file in new[] { broken, wrongVersion })
        {
            var problem = await Should.ThrowAsync<TenderInputFormatException>(() =>
                AsAsync(_region, (TemplatesService templates) => templates.ImportAsync(file, "regional.yaml")));
            problem.Line.ShouldNotBeNull();
            problem.Message.ShouldStartWith($"Line {problem.Line}:");
        }

        (await ListAsync(_region)).Select(t => t.Id).ShouldBe([_template]);

        var good = TenderInputJson.Serialize(_example with { Tender = _example.Tender with { Title = "Imported regional template" } });
        var imported = await AsAsync(_region, (TemplatesService templates) => templates.ImportAsync(good, "regional.json"));
        var details = await AsAsync(_region, (TemplatesService templates) => templates.GetAsync(imported));
        (details.Name, details.Sharing, details.Version, details.Locks.Length).ShouldBe(("Imported regional template", TemplateSharing.Private, 1, 0));
        details.Versions.Single().Note.ShouldBe("Imported from “regional.json”.");
        (await ListAsync(_utrecht)).ShouldNotContain(t => t.Id == imported);
    }

    [Fact]
    public async Task Hostile_text_in_a_template_stays_exactly_as_typed()
    {
        const string name = "<script>alert('x')</script> =HYPERLINK(\"http://evil.test\",\"Open\") \u202Egnigrahc\u202C";
        const string description = "=cmd|' /C calc'!A0 <img src=x onerror=alert(1)> \u200F\u0627\u0644\u0634\u062D\u0646 & \"quotes\"";
        const string reason = "<b>Because</b> =HYPERLINK(\"http://evil.test\") \u202Etxet";
        var draft = await AsAsync(_region, (DraftsService drafts) => drafts.CreateFromAsync(_example, "Another regional draft"));

        var id = await CreateAsync(draft, new TemplateForm { Name = name, Description = description, Sharing = TemplateSharing.AllOrganisations });
        await AsAsync(_region, (TemplatesService templates) => templates.LockAsync(id, LockKind.Clause, _lockedClause.Id, reason));

        var seen = await GetAsync(_utrecht, id);
        (seen.Name, seen.Description).ShouldBe((name, description));
        seen.Locks.ShouldHaveSingleItem().Reason.ShouldBe(reason);
        (await ListAsync(_utrecht)).ShouldHaveSingleItem().Name.ShouldBe(name);
        var started = await AsAsync(_utrecht, (TemplatesService templates) => templates.StartDraftAsync(id, "Utrecht AC points"));
        var binding = (await OpenAsync(_utrecht, started)).Template!;
        binding.Origin.Name.ShouldBe(name);
        binding.Locks.ShouldHaveSingleItem().Reason.ShouldBe(reason);
        (await AsAsync(_utrecht, (TemplatesService templates) => templates.FileAsync(id))).Name.ShouldBe(name);
    }

    private Task<Guid> CreateAsync(Guid draft, TemplateForm form) =>
        AsAsync(_region, (TemplatesService templates) => templates.CreateFromDraftAsync(draft, form));

    private Task<int> LockClauseAsync() =>
        AsAsync(_region, (TemplatesService templates) => templates.LockAsync(_template, LockKind.Clause, _lockedClause.Id, ClauseReason));

    private async Task ShareAsync(TemplateSharing sharing, params Guid[] organisations)
    {
        var revision = (await GetAsync(_region)).Revision;
        await AsAsync(_region, (TemplatesService templates) =>
            templates.UpdateAsync(_template, revision, new TemplateForm { Name = TemplateName, Sharing = sharing, SharedWith = organisations }));
    }

    private async Task ShouldNotSeeTemplateAsync(TestUser account)
    {
        var drafts = (await AsAsync(account, (DraftsService service) => service.ListAsync())).Count;
        (await ListAsync(account)).ShouldNotContain(t => t.Id == _template, $"{account.OrganisationName} lists it");
        await Should.ThrowAsync<TemplateNotFoundException>(() => GetAsync(account), $"{account.OrganisationName} opens it");
        await Should.ThrowAsync<TemplateNotFoundException>(() =>
            AsAsync(account, (TemplatesService templates) => templates.StartDraftAsync(_template, "Taken")), $"{account.OrganisationName} starts a draft from it");
        await Should.ThrowAsync<TemplateNotFoundException>(() =>
            AsAsync(account, (TemplatesService templates) => templates.FileAsync(_template)), $"{account.OrganisationName} downloads it");
        (await AsAsync(account, (DraftsService service) => service.ListAsync())).Count.ShouldBe(drafts);
    }

    private async Task<DraftLockedException> ShouldRefuseAsync(TestUser account, Guid draft, TenderInput changed)
    {
        var before = await OpenAsync(account, draft);
        var refused = await Should.ThrowAsync<DraftLockedException>(() =>
            AsAsync(account, (DraftsService drafts) => drafts.SaveAsync(draft, before.Revision, changed)));
        var after = await OpenAsync(account, draft);
        after.Revision.ShouldBe(before.Revision);
        TenderInputJson.Serialize(after.Input).ShouldBe(TenderInputJson.Serialize(before.Input));
        return refused;
    }

    private Task<IReadOnlyList<TemplateSummary>> ListAsync(TestUser account) =>
        AsAsync(account, (TemplatesService templates) => templates.ListAsync());

    private Task<TemplateDetails> GetAsync(TestUser account, Guid? id = null) =>
        AsAsync(account, (TemplatesService templates) => templates.GetAsync(id ?? _template));

    private Task<OpenedDraft> OpenAsync(TestUser account, Guid id) =>
        AsAsync(account, (DraftsService drafts) => drafts.OpenAsync(id));

    private static JsonElement Flipped(TenderInput input, Question question) =>
        JsonSerializer.SerializeToElement(TemplateAnswers.Given(input, question.Id, s_catalogue)!.Value.ValueKind != JsonValueKind.True);

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, s_catalogue, DateOnly.FromDateTime(DateTime.UtcNow));

    private Task AsAsync<TService>(TestUser account, Func<TService, Task> act)
        where TService : notnull => _app.AsAsync(account, act);

    private Task<T> AsAsync<TService, T>(TestUser account, Func<TService, Task<T>> act)
        where TService : notnull => _app.AsAsync(account, act);
}

public sealed class SqliteTemplatesTests : TemplatesContract
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Sqlite, systemClock: true);
}

public sealed class PostgresTemplatesTests(PostgresServer server) : TemplatesContract, IClassFixture<PostgresServer>
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Postgres, server, systemClock: true);
}
