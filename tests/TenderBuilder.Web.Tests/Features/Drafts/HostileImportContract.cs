using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;
using Xunit.Abstractions;

namespace TenderBuilder.Web.Tests.Features.Drafts;

/// <summary>
/// Every import ends in a new draft or a message, on SQLite and PostgreSQL alike: a thousand
/// malformed and hostile files go through the import service with no crash, no silent nothing, no
/// partial write and bounded memory; control characters get a message naming their line; a
/// database that refuses the save is a message and a log line.
/// </summary>
public abstract class HostileImportContract(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>More than any parse of a refused file needs: the alias bomb took 4 GB before.</summary>
    private const long MemoryBound = 300L * 1024 * 1024;

    private TenderBuilderAppFactory _app = null!;
    private TestAccount _author = null!;

    protected abstract Task<TenderBuilderAppFactory> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _ = _app.Server;
        _author = await _app.Services.CreateAccountAsync("Utrecht", "Author");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_thousand_hostile_files_each_end_in_a_draft_or_a_message_and_nothing_in_between()
    {
        var seed = HostileFiles.Seed;
        output.WriteLine($"Corpus seed {seed} (replay with TENDERBUILDER_CORPUS_SEED={seed}).");
        var corpus = HostileFiles.Generate(seed, 1_100);
        var failures = new List<string>();
        var (drafts, entries) = await CountAsync();
        var imported = 0;
        var timeByKind = new Dictionary<string, TimeSpan>();

        foreach (var file in corpus)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (outcome, allocated) = await ImportAsync(file);
            timeByKind[file.Kind] = timeByKind.GetValueOrDefault(file.Kind) + clock.Elapsed;
            var (draftsAfter, entriesAfter) = await CountAsync();
            switch (outcome)
            {
                case Guid id:
                    imported++;
                    drafts++;
                    entries++;
                    var opened = await _app.Services.AsAsync(_author, (DraftsService service) => service.OpenAsync(id));
                    if (opened.WasUnreadable || ControlCharacters.First(TenderInputJson.Serialize(opened.Input)) is not null || ControlCharacters.First(opened.Title) is not null)
                    {
                        failures.Add($"{file}: imported, but the stored draft is unreadable or holds a control character");
                    }

                    break;
                case TenderInputFormatException refused when !string.IsNullOrWhiteSpace(refused.Message):
                    break;
                case Exception crash:
                    failures.Add($"{file}: {crash.GetType().Name}: {crash.Message}");
                    break;
            }

            if ((draftsAfter, entriesAfter) != (drafts, entries))
            {
                failures.Add($"{file}: {draftsAfter - drafts} drafts and {entriesAfter - entries} history entries more than expected (a partial write or a silent nothing)");
                (drafts, entries) = (draftsAfter, entriesAfter);
            }

            if (allocated > MemoryBound)
            {
                failures.Add($"{file}: reading it allocated {allocated / 1024 / 1024:N0} MB");
            }
        }

        output.WriteLine(string.Join(", ", timeByKind.Select(k => $"{k.Key} {k.Value.TotalSeconds:0.0} s")));
        foreach (var failure in failures.Take(20))
        {
            var number = int.Parse(failure[1..failure.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            var text = corpus[number].Text;
            output.WriteLine($"{failure}\n  file: {(text.Length > 400 ? text[..400] + "…" : text)}");
        }

        failures.ShouldBeEmpty($"seed {seed}: {failures.Count} of {corpus.Count} files failed (see the test output for the files)");
        imported.ShouldBeGreaterThan(0, "the corpus holds hostile but valid files (markup, formulas, right-to-left text) that must import");
        imported.ShouldBeLessThan(corpus.Count, "the corpus holds malformed files that must be refused");
    }

    [Fact]
    public async Task A_NUL_byte_in_an_imported_title_is_refused_with_its_line_and_stores_nothing()
    {
        var before = await CountAsync();

        var refused = await Should.ThrowAsync<TenderInputFormatException>(() => _app.Services.AsAsync(_author,
            (DraftsService drafts) => drafts.ImportAsync("schemaVersion: 1\ntender:\n  title: \"Laadpalen\\0 Utrecht\"\n", "nul.yaml")));

        refused.Message.ShouldBe("Line 3: \"tender.title\" contains an invisible control character (U+0000), often left by copying and pasting; retype that text and try again.");
        (await CountAsync()).ShouldBe(before);
        _app.Logs.Entries.ShouldContain(e => e.Message.Contains("Refused the draft file \"nul.yaml\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_NUL_byte_typed_into_a_title_or_an_answer_is_removed_and_the_same_text_is_stored()
    {
        var id = await _app.Services.AsAsync(_author, (DraftsService drafts) => drafts.CreateAsync("Laadpalen\0 Utrecht"));
        var draft = await _app.Services.AsAsync(_author, (DraftsService drafts) => drafts.OpenAsync(id));
        var input = draft.Input with
        {
            Tender = draft.Input.Tender with { Reference = "REF\0-1\u001B" },
            CustomClauses = [new CustomClause { Id = "own.1", Title = "Own\u0007", Text = "Text\0 with\ttab\nand line", Kind = "technicalSpecification" }],
        };

        await _app.Services.AsAsync(_author, (DraftsService drafts) => drafts.SaveAsync(id, draft.Revision, input));

        var stored = await _app.Services.AsAsync(_author, (DraftsService drafts) => drafts.OpenAsync(id));
        stored.Title.ShouldBe("Laadpalen Utrecht");
        stored.Input.Tender.Reference.ShouldBe("REF-1");
        stored.Input.CustomClauses.ShouldHaveSingleItem().Text.ShouldBe("Text with\ttab\nand line");
    }

    [Fact]
    public async Task A_database_that_refuses_the_import_gives_a_message_and_a_log_line_and_stores_nothing()
    {
        // An organisation the database does not know: the new draft breaks a foreign key.
        await using var scope = await _app.Services.ScopeForAsync(_author);
        var user = scope.ServiceProvider.GetRequiredService<SignedInUser>();
        var identity = new ClaimsIdentity(user.Principal.Claims.Where(c => c.Type != TenderBuilderClaims.Organisation), "test");
        identity.AddClaim(new Claim(TenderBuilderClaims.Organisation, Guid.NewGuid().ToString()));
        user.Principal = new ClaimsPrincipal(identity);
        var before = await CountAsync();

        var failed = await Should.ThrowAsync<ImportFailedException>(() =>
            scope.ServiceProvider.GetRequiredService<DraftsService>().ImportAsync("tender:\n  title: Orphan\n", "orphan.yaml"));

        failed.Message.ShouldBe("The database refused to store it; the problem is logged for your administrator.");
        _app.Logs.Entries.ShouldContain(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("Could not store the draft file \"orphan.yaml\"", StringComparison.Ordinal));
        (await CountAsync()).ShouldBe(before);
    }

    // Runs one import and returns the draft's id or the exception, with what reading the file
    // allocated: the import runs synchronously on this thread up to its first database call, which
    // is where the file is read.
    private async Task<(object Outcome, long Allocated)> ImportAsync(HostileFile file)
    {
        await using var scope = await _app.Services.ScopeForAsync(_author);
        var drafts = scope.ServiceProvider.GetRequiredService<DraftsService>();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var import = drafts.ImportAsync(file.Text, $"hostile-{file.Number}.yaml");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        try
        {
            return (await import, allocated);
        }
        catch (Exception e)
        {
            return (e, allocated);
        }
    }

    private async Task<(int Drafts, int Entries)> CountAsync()
    {
        await using var scope = await _app.Services.ScopeForAsync(_author);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContextAsync();
        return (await db.TenderDrafts.IgnoreQueryFilters().CountAsync(), await db.AuditEntries.IgnoreQueryFilters().CountAsync());
    }
}

public sealed class SqliteHostileImportTests(ITestOutputHelper output) : HostileImportContract(output)
{
    protected override Task<TenderBuilderAppFactory> CreateAppAsync() => Task.FromResult(new TenderBuilderAppFactory());
}

public sealed class PostgresHostileImportTests(PostgresServer server, ITestOutputHelper output) : HostileImportContract(output), IClassFixture<PostgresServer>
{
    protected override async Task<TenderBuilderAppFactory> CreateAppAsync() =>
        new() { DatabaseProvider = "Postgres", DatabaseConnectionString = await server.CreateDatabaseAsync() };
}
