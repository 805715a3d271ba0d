using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Packages;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Data;
using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests.Drafts;

/// <summary>
/// Drafts and templates saved before schema version 2 keep working: their stored JSON (fixtures
/// written by the code of schema version 1, in tests/TenderBuilder.Testing/Fixtures/schema-1) opens,
/// builds a package and is saved back as version 2, with nothing the officer wrote lost. On SQLite
/// and PostgreSQL, since each stores the JSON column its own way.
/// </summary>
public abstract class StoredSchemaOneContract : IAsyncLifetime
{
    private ApplicationHost _app = null!;
    private TestUser _author = null!;

    protected abstract Task<ApplicationHost> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _author = await _app.UserAsync("Anna Author", "Utrecht", "Author");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_draft_stored_in_schema_version_1_opens_builds_and_is_saved_as_version_2()
    {
        var stored = File.ReadAllText(RepositoryFiles.Fixture("schema-1/draft-utrecht-like-concession.json"));
        var draft = await AsAsync(_author, (DraftsService drafts) => drafts.CreateAsync("Stored before sites"));
        await StoreDraftJsonAsync(draft, stored);

        var opened = await AsAsync(_author, (DraftsService drafts) => drafts.OpenAsync(draft));

        opened.Input.SchemaVersion.ShouldBe(TenderInput.CurrentSchemaVersion);
        opened.Input.Tender.Title.ShouldBe("Smart and V2G-ready public charging concession 2026-2036 (illustrative example)");
        opened.Input.Tender.Lots.IsDivided().ShouldBeFalse();
        opened.Input.Tender.Lots.ReasonNotDivided.ShouldNotBeNullOrWhiteSpace();
        opened.Input.Answers.Count.ShouldBe(AnswerCount(stored));

        var built = (await AsAsync(_author, (DraftPackages packages) => packages.GetAsync(draft))).ShouldNotBeNull();
        // The only errors are the values a clause added to the catalogue since then asks for, and
        // the weights: a concession now scores its price elements, not the price the old draft weighted.
        built.Package.Findings.Where(f => f.Severity == FindingSeverity.Error).ShouldAllBe(
            f => (f.Code == "clause.parameter-unset" && f.ClauseId == "operations.performance-security") || f.Code == "award.weights-not-100",
            string.Join('\n', built.Package.Findings.Select(f => $"{f.Code}: {f.Message}")));
        built.Files.ShouldContain(f => f.File.Path.EndsWith(".zip", StringComparison.Ordinal));

        await AsAsync(_author, (DraftsService drafts) => drafts.SaveAsync(draft, opened.Revision, opened.Input));
        var saved = await DraftJsonAsync(draft);
        saved.ShouldContain("\"schemaVersion\":2");
        saved.ShouldNotContain("\"divided\"");
    }

    [Fact]
    public async Task A_template_version_stored_in_schema_version_1_starts_drafts_that_keep_its_three_lots()
    {
        var stored = File.ReadAllText(RepositoryFiles.Fixture("schema-1/template-regional-framework-lots.json"));
        var source = await AsAsync(_author, (DraftsService drafts) => drafts.CreateAsync("Regional source"));
        var template = await AsAsync(_author, (TemplatesService templates) => templates.CreateFromDraftAsync(source, new TemplateForm { Name = "Regional framework" }));
        await StoreTemplateJsonAsync(template, stored);

        var started = await AsAsync(_author, (TemplatesService templates) => templates.StartDraftAsync(template, "Town draft from an old template"));
        var opened = await AsAsync(_author, (DraftsService drafts) => drafts.OpenAsync(started));

        opened.Input.SchemaVersion.ShouldBe(TenderInput.CurrentSchemaVersion);
        opened.Input.Tender.Lots.IsDivided().ShouldBeTrue();
        opened.Input.Tender.Lots.Items.Count.ShouldBe(3);
        opened.Input.Tender.Reference.ShouldBe("EXAMPLE-AT-2026-RG-03");
        opened.Input.Tender.Lots.Items.Select(l => l.Id).ShouldBe(["1", "2", "3"]);

        var built = (await AsAsync(_author, (DraftPackages packages) => packages.GetAsync(started))).ShouldNotBeNull();
        built.Package.HasErrors.ShouldBeFalse(string.Join('\n', built.Package.Findings.Select(f => $"{f.Code}: {f.Message}")));
    }

    // The number of answers in a stored JSON document, counted from the document itself.
    private static int AnswerCount(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("answers").EnumerateObject().Count();
    }

    private async Task StoreDraftJsonAsync(Guid draft, string json)
    {
        await using var scope = _app.ScopeFor(_author);
        await using var db = await ContextAsync(scope);
        (await db.TenderDrafts.Where(d => d.Id == draft).ExecuteUpdateAsync(s => s.SetProperty(d => d.InputJson, json))).ShouldBe(1);
    }

    private async Task<string> DraftJsonAsync(Guid draft)
    {
        await using var scope = _app.ScopeFor(_author);
        await using var db = await ContextAsync(scope);
        var json = await db.TenderDrafts.AsNoTracking().Where(d => d.Id == draft).Select(d => d.InputJson).SingleAsync();
        return json.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
    }

    // Template versions are never changed by the application (the data layer refuses it), so the test
    // writes the old JSON in place of the first version's with plain SQL, as a database carried over
    // from schema version 1 holds it.
    private async Task StoreTemplateJsonAsync(Guid template, string json)
    {
        await using var scope = _app.ScopeFor(_author);
        await using var db = await ContextAsync(scope);
        (await db.Database.ExecuteSqlAsync($"UPDATE template_versions SET input_json = {json} WHERE template_id = {template}")).ShouldBe(1);
    }

    private static async Task<TenderBuilderDbContext> ContextAsync(AsyncServiceScope scope)
    {
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContextAsync();
    }

    private Task<T> AsAsync<TService, T>(TestUser account, Func<TService, Task<T>> act)
        where TService : notnull => _app.AsAsync(account, act);
}

public sealed class SqliteStoredSchemaOneTests : StoredSchemaOneContract
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Sqlite);
}

public sealed class PostgresStoredSchemaOneTests(PostgresServer server) : StoredSchemaOneContract, IClassFixture<PostgresServer>
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Postgres, server);
}
