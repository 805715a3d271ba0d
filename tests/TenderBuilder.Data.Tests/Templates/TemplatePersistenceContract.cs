using Microsoft.EntityFrameworkCore;
using TenderBuilder.Core.Templates;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Data.Templates;
using TenderBuilder.Data.Tests.TestSupport;
using TenderBuilder.Testing;

namespace TenderBuilder.Data.Tests.Templates;

/// <summary>
/// What the database itself guarantees for templates, whichever service asks: who sees one, that a
/// version (or a recorded change of name or sharing) once written never changes, that a template stays its organisation's, and that a
/// draft's template binding is never rewritten. On SQLite and PostgreSQL.
/// </summary>
public abstract class TemplatePersistenceContract : IAsyncLifetime
{
    private DataHost _data = null!;
    private Guid _region;
    private Guid _utrecht;
    private Guid _stockholm;

    protected abstract Task<DataHost> CreateHostAsync();

    public async Task InitializeAsync()
    {
        _data = await CreateHostAsync();
        await _data.Initializer.InitializeAsync();
        _utrecht = await _data.ActAsNewOrganisationAsync("Utrecht");
        _stockholm = await _data.ActAsNewOrganisationAsync("Stockholm");
        _region = await _data.ActAsNewOrganisationAsync("Region Utrecht");
    }

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task A_template_is_seen_by_its_owner_by_the_organisations_it_names_and_by_all_only_when_shared_with_all()
    {
        var named = await SaveNewTemplateAsync("Regional concession", TemplateSharing.NamedOrganisations, _utrecht);
        var everyone = await SaveNewTemplateAsync("Open template", TemplateSharing.AllOrganisations);
        var own = await SaveNewTemplateAsync("Region's own", TemplateSharing.Private);

        (await VisibleToAsync(_region)).ShouldBe([named, everyone, own], ignoreOrder: true);
        (await VisibleToAsync(_utrecht)).ShouldBe([named, everyone], ignoreOrder: true);
        (await VisibleToAsync(_stockholm)).ShouldBe([everyone]);
        (await VisibleToAsync(null)).ShouldBeEmpty("no organisation sees none, not all");
    }

    [Fact]
    public async Task A_version_or_a_recorded_change_once_written_never_changes_but_goes_with_its_template()
    {
        var id = await SaveNewTemplateAsync("Regional concession", TemplateSharing.Private);
        _data.Scope.OrganisationId = _region;

        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            var template = await db.Templates.SingleAsync(t => t.Id == id);
            template.Versions.Single().InputJson = """{"schemaVersion":1}""";
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message
                .ShouldBe("A template version never changes: publish a new one.");
        }

        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            var template = await db.Templates.SingleAsync(t => t.Id == id);
            template.Changes.Single().Note = "Nobody shared it.";
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message
                .ShouldBe("A template's recorded change never changes.");
        }

        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            var template = await db.Templates.SingleAsync(t => t.Id == id);
            template.Changes.Clear();
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message
                .ShouldBe("A template's recorded change never changes.");
        }

        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            var template = await db.Templates.SingleAsync(t => t.Id == id);
            template.Versions.Single().InputJson.ShouldBe("{}");
            template.Changes.Single().Note.ShouldBe("Made, shared with: no other organisation.");
            db.Templates.Remove(template);
            await db.SaveChangesAsync();
            (await db.Templates.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_template_stays_its_organisations_and_a_drafts_binding_never_changes()
    {
        var id = await SaveNewTemplateAsync("Regional concession", TemplateSharing.AllOrganisations);
        _data.Scope.OrganisationId = _utrecht;
        await using var db = await _data.Contexts.CreateDbContextAsync();
        var template = await db.Templates.SingleAsync(t => t.Id == id);
        template.OrganisationId = _utrecht;
        (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message
            .ShouldBe("A template cannot move to another organisation.");

        await using var drafts = await _data.Contexts.CreateDbContextAsync();
        var draft = new TenderDraft { Title = "Utrecht from the region", InputJson = "{}", TemplateJson = """{"locks":[]}""" };
        drafts.TenderDrafts.Add(draft);
        await drafts.SaveChangesAsync();
        draft.TemplateJson = null;
        (await Should.ThrowAsync<InvalidOperationException>(() => drafts.SaveChangesAsync())).Message
            .ShouldBe("A draft's template and its locks never change.");
    }

    private async Task<Guid> SaveNewTemplateAsync(string name, TemplateSharing sharing, params Guid[] sharedWith)
    {
        _data.Scope.OrganisationId = _region;
        await using var db = await _data.Contexts.CreateDbContextAsync();
        var template = new TenderTemplate
        {
            Name = name,
            Sharing = sharing,
            Shares = [.. sharedWith.Select(o => new TemplateShare { OrganisationId = o })],
            Versions = [new TemplateVersion { Number = 1, InputJson = "{}", LocksJson = "[]", Note = "Made", CreatedBy = "Rita Region", CreatedAtUtc = _data.Clock.GetUtcNow().UtcDateTime }],
            Changes = [new TemplateChange { Note = "Made, shared with: no other organisation.", ChangedBy = "Rita Region", ChangedAtUtc = _data.Clock.GetUtcNow().UtcDateTime }],
        };
        db.Templates.Add(template);
        await db.SaveChangesAsync();
        template.OrganisationId.ShouldBe(_region);
        return template.Id;
    }

    private async Task<List<Guid>> VisibleToAsync(Guid? organisation)
    {
        _data.Scope.OrganisationId = organisation;
        await using var db = await _data.Contexts.CreateDbContextAsync();
        return await db.Templates.Select(t => t.Id).ToListAsync();
    }
}

public sealed class SqliteTemplatePersistenceTests : TemplatePersistenceContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-sqlite-").FullName;

    protected override Task<DataHost> CreateHostAsync() =>
        Task.FromResult(DataHost.Create("Sqlite", $"Data Source={Path.Combine(_folder, "templates.db")};Pooling=false"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTemplatePersistenceTests(PostgresServer server) : TemplatePersistenceContract
{
    protected override async Task<DataHost> CreateHostAsync() =>
        DataHost.Create("Postgres", await server.CreateDatabaseAsync());
}
