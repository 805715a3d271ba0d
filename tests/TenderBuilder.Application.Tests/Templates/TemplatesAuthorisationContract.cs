using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Templates;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests.Templates;

/// <summary>
/// Who reads and who changes a template, through the services alone: its organisation's authors
/// change and lock it, its reviewers read it, organisations it is shared with read it and start
/// drafts from it, and everyone else, administrators alone included, is told it does not exist.
/// On SQLite and PostgreSQL.
/// </summary>
public abstract class TemplatesAuthorisationContract(HostFixture fixture) : IAsyncLifetime
{
    private const string Name = "Regional AC charging";
    private const string Refusal = "Only authors can make, change or use templates.";
    private const string NotOwner = "Only the organisation that owns a template changes it.";

    private ApplicationHost _host = null!;
    private TestUser _rita = null!;
    private TestUser _lars = null!;
    private TestUser _rob = null!;
    private TestUser _ada = null!;
    private TestUser _ute = null!;
    private TestUser _sven = null!;
    private Guid _template;
    private string _clause = "";

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        var region = People.Organisation("Region Utrecht");
        _rita = await _host.UserAsync("Rita Region", region, TenderBuilderRoles.Author);
        _lars = await _host.UserAsync("Lars Locker", region, TenderBuilderRoles.Author);
        _rob = await _host.UserAsync("Rob Reviewer", region, TenderBuilderRoles.Reviewer);
        _ada = await _host.UserAsync("Ada Administrator", region, TenderBuilderRoles.Administrator);
        _ute = await _host.UserAsync("Ute Utrecht", People.Organisation("Utrecht"), TenderBuilderRoles.Author);
        _sven = await _host.UserAsync("Sven Stockholm", People.Organisation("Stockholm"), TenderBuilderRoles.Author);
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        var draft = await AsAsync(_rita, (DraftsService drafts) => drafts.CreateFromAsync(input, "Regional draft"));
        _template = await AsAsync(_rita, (TemplatesService templates) => templates.CreateFromDraftAsync(draft, new TemplateForm
        {
            Name = Name,
            Sharing = TemplateSharing.NamedOrganisations,
            SharedWith = [_ute.OrganisationId!.Value],
        }));
        _clause = (await GetAsync(_rita)).Package.Clauses.First(c => c.Strength == Strength.Recommended && !c.IsCustom).Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Another_author_of_the_owning_organisation_locks_it_and_the_version_names_them()
    {
        var version = await LockAsync(_lars);

        var details = await GetAsync(_rita);
        details.Version.ShouldBe(version);
        details.Locks.ShouldHaveSingleItem().Target.ShouldBe(_clause);
        details.Versions[0].CreatedBy.ShouldBe("Lars Locker");
        (await AsAsync(_rita, (TemplatesService templates) => templates.UnlockAsync(_template, LockKind.Clause, _clause))).ShouldBe(version + 1);
    }

    [Fact]
    public async Task A_reviewer_of_the_owning_organisation_reads_it_but_makes_changes_locks_or_uses_none()
    {
        (await ListAsync(_rob)).ShouldContain(Name);
        (await GetAsync(_rob)).Name.ShouldBe(Name);

        (await Should.ThrowAsync<AccessDeniedException>(() => LockAsync(_rob))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_rob, (TemplatesService t) => t.UnlockAsync(_template, LockKind.Clause, _clause)))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() => UpdateAsync(_rob))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_rob, (TemplatesService t) => t.DeleteAsync(_template)))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_rob, (TemplatesService t) => t.StartDraftAsync(_template, "From a reviewer")))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_rob, (TemplatesService t) => t.ImportAsync("schemaVersion: 1\n", "t.yaml")))).Message.ShouldBe(Refusal);

        var details = await GetAsync(_rita);
        (details.Name, details.Version, details.Locks.Length).ShouldBe((Name, 1, 0));
    }

    [Fact]
    public async Task An_organisation_it_is_shared_with_reads_it_and_starts_drafts_from_it_but_neither_changes_it_nor_sees_who_else_receives_it()
    {
        (await ListAsync(_ute)).ShouldContain(Name);
        var seen = await GetAsync(_ute);
        seen.IsOwn.ShouldBeFalse();
        seen.SharedWith.ShouldBeEmpty();
        seen.Changes.ShouldBeEmpty();
        var draft = await AsAsync(_ute, (TemplatesService t) => t.StartDraftAsync(_template, "Utrecht from the region"));
        (await AsAsync(_ute, (DraftsService drafts) => drafts.OpenAsync(draft))).Template.ShouldNotBeNull().Origin.Id.ShouldBe(_template);

        (await Should.ThrowAsync<AccessDeniedException>(() => LockAsync(_ute))).Message.ShouldBe(NotOwner);
        (await Should.ThrowAsync<AccessDeniedException>(() => UpdateAsync(_ute))).Message.ShouldBe(NotOwner);
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_ute, (TemplatesService t) => t.DeleteAsync(_template)))).Message.ShouldBe(NotOwner);
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_ute, (TemplatesService t) => t.StartEditingAsync(_template)))).Message.ShouldBe(NotOwner);
        (await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(_ute, (TemplatesService t) => t.PublishFromDraftAsync(_template, draft)))).Message.ShouldBe(NotOwner);

        (await GetAsync(_rita)).SharedWith.ShouldHaveSingleItem().Id.ShouldBe(_ute.OrganisationId!.Value);
        (await GetAsync(_rita)).Version.ShouldBe(1);
    }

    [Fact]
    public async Task An_organisation_it_is_not_shared_with_is_told_it_does_not_exist()
    {
        (await ListAsync(_sven)).ShouldNotContain(Name);
        await Should.ThrowAsync<TemplateNotFoundException>(() => GetAsync(_sven));
        await Should.ThrowAsync<TemplateNotFoundException>(() => AsAsync(_sven, (TemplatesService t) => t.FileAsync(_template)));
        await Should.ThrowAsync<TemplateNotFoundException>(() => AsAsync(_sven, (TemplatesService t) => t.StartDraftAsync(_template, "Taken")));
        await Should.ThrowAsync<TemplateNotFoundException>(() => LockAsync(_sven));
        await Should.ThrowAsync<TemplateNotFoundException>(() => AsAsync(_sven, (TemplatesService t) => t.DeleteAsync(_template)));

        (await GetAsync(_rita)).Version.ShouldBe(1);
    }

    [Fact]
    public async Task Once_the_owner_stops_sharing_it_the_other_organisation_no_longer_finds_it()
    {
        await AsAsync(_rita, async (TemplatesService t) =>
        {
            var details = await t.GetAsync(_template);
            await t.UpdateAsync(_template, details.Revision, new TemplateForm { Name = Name, Sharing = TemplateSharing.Private });
        });

        (await ListAsync(_ute)).ShouldNotContain(Name);
        await Should.ThrowAsync<TemplateNotFoundException>(() => GetAsync(_ute));
        (await GetAsync(_rita)).Changes[0].ChangedBy.ShouldBe("Rita Region");
    }

    [Fact]
    public async Task An_administrator_who_is_neither_author_nor_reviewer_sees_no_template_of_their_own_organisation()
    {
        (await ListAsync(_ada)).ShouldBeEmpty();
        await Should.ThrowAsync<TemplateNotFoundException>(() => GetAsync(_ada));
        (await Should.ThrowAsync<AccessDeniedException>(() => LockAsync(_ada))).Message.ShouldBe(Refusal);
    }

    private Task<int> LockAsync(TestUser user) =>
        AsAsync(user, (TemplatesService t) => t.LockAsync(_template, LockKind.Clause, _clause, "Every municipality offers the same."));

    private Task UpdateAsync(TestUser user) =>
        AsAsync(user, async (TemplatesService t) =>
        {
            var details = await t.GetAsync(_template);
            await t.UpdateAsync(_template, details.Revision, new TemplateForm { Name = "Renamed", Sharing = TemplateSharing.AllOrganisations });
        });

    private Task<TemplateDetails> GetAsync(TestUser user) => AsAsync(user, (TemplatesService t) => t.GetAsync(_template));

    private async Task<IReadOnlyList<string>> ListAsync(TestUser user) =>
        [.. (await AsAsync(user, (TemplatesService t) => t.ListAsync())).Select(t => t.Name)];

    private Task AsAsync<TService>(TestUser user, Func<TService, Task> act)
        where TService : notnull => _host.AsAsync(user, act);

    private Task<T> AsAsync<TService, T>(TestUser user, Func<TService, Task<T>> act)
        where TService : notnull => _host.AsAsync(user, act);
}

public sealed class SqliteTemplatesAuthorisationTests(SqliteFixture fixture) : TemplatesAuthorisationContract(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresTemplatesAuthorisationTests(PostgresFixture fixture) : TemplatesAuthorisationContract(fixture), IClassFixture<PostgresFixture>;
