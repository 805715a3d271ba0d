using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.History;

namespace TenderBuilder.Application.Tests.History;

/// <summary>
/// Every change to a draft reaches its audit trail with who, when, before and after; the trail
/// reads as what people did (typing is one change). (Its CSV download is the web tests'
/// AuditTrailTests.) On SQLite and PostgreSQL.
/// </summary>
public abstract class AuditTrailContract : IAsyncLifetime
{
    private ApplicationHost _app = null!;
    private TestUser _anna = null!;
    private TestUser _bert = null!;

    protected static DateTimeOffset Start { get; } = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ApplicationHost> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _anna = await _app.UserAsync("Test user of Utrecht", "Utrecht", "Author");
        _bert = await _app.UserAsync("Test user of Utrecht", "Utrecht", "Author");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_kind_of_change_is_recorded_with_who_when_before_and_after()
    {
        var id = await AsAsync(_anna, drafts => drafts.CreateAsync("Charging for residents"));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        await SaveAsync(_anna, id, input => input with
        {
            Tender = input.Tender with { Reference = "UTR-2027-01" },
            Answers = new Dictionary<string, JsonElement> { ["sites.site_count"] = Json("900") },
            Exclusions = [new ClauseExclusion { Clause = "operations.penalties-and-bonus", Justification = "Covered by the concession." }],
            ParameterOverrides = [new ParameterOverride { Clause = "grid.peak-limitation", Parameter = "start_hour", Value = Json("16") }],
            CustomClauses = [new CustomClause { Id = "custom-1", Title = "Local art", Text = "…", Kind = "performance" }],
        });

        var history = await HistoryAsync(_anna, id);
        history.Entries.Select(e => (e.Kind, e.Subject, e.Before)).ShouldBe(
        [
            ("TenderDetail", "tender.reference", null),
            ("Answer", "sites.site_count", null),
            ("Exclusion", "operations.penalties-and-bonus", null),
            ("ParameterOverride", "grid.peak-limitation/start_hour", null),
            ("CustomClause", "custom-1", null),
            ("Draft", "created", null),
        ], ignoreOrder: true);
        history.Entries.Single(e => e.Subject == "tender.reference").After.ShouldBe("UTR-2027-01");
        history.Entries.Single(e => e.Subject == "sites.site_count").After.ShouldBe("900");
        history.Entries.Single(e => e.Kind == "Exclusion").After.ShouldBe("Covered by the concession.");
        history.Entries.Single(e => e.Kind == "ParameterOverride").After.ShouldBe("16");
        history.Entries.Single(e => e.Kind == "CustomClause").After!.ShouldContain("Local art");
        history.Entries.ShouldAllBe(e => e.UserName == "Test user of Utrecht");
        history.Entries.Single(e => e.Subject == "created").AtUtc.ShouldBe(new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc));
        history.Entries.Single(e => e.Subject == "sites.site_count").AtUtc.ShouldBe(new DateTime(2026, 11, 30, 9, 1, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Typing_an_answer_is_one_change_an_undo_leaves_none_and_a_later_or_another_persons_change_is_its_own()
    {
        var id = await AsAsync(_anna, drafts => drafts.CreateAsync("Charging for residents"));
        foreach (var typed in new[] { "S", "St", "Sted", "Stedin" })
        {
            _app.Clock.Advance(TimeSpan.FromSeconds(1));
            await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["grid.dso_name"] = Json($"\"{typed}\"") } });
        }

        await SaveAsync(_anna, id, input => input with { Tender = input.Tender with { Reference = "typo" } });
        await SaveAsync(_anna, id, input => input with { Tender = input.Tender with { Reference = null } });
        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["grid.dso_name"] = Json("\"Enexis\"") } });
        await SaveAsync(_bert, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["grid.dso_name"] = Json("\"Liander\"") } });

        var history = await HistoryAsync(_anna, id);
        history.Entries.Where(e => e.Subject == "grid.dso_name").Reverse().Select(e => (e.Before, e.After)).ToList()
            .ShouldBe([(null, "\"Stedin\""), ("\"Stedin\"", "\"Enexis\""), ("\"Enexis\"", "\"Liander\"")]);
        history.Entries.ShouldNotContain(e => e.Subject == "tender.reference");
    }

    private Task<T> AsAsync<T>(TestUser account, Func<DraftsService, Task<T>> act) => _app.AsAsync(account, act);

    private Task<long> SaveAsync(TestUser account, Guid id, Func<TenderInput, TenderInput> edit) =>
        AsAsync(account, async drafts =>
        {
            var draft = await drafts.OpenAsync(id);
            return await drafts.SaveAsync(id, draft.Revision, edit(draft.Input));
        });

    private async Task<DraftHistoryView> HistoryAsync(TestUser account, Guid id)
    {
        await using var scope = _app.ScopeFor(account);
        return await scope.ServiceProvider.GetRequiredService<DraftHistory>().ReadAsync(id);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}

public sealed class SqliteAuditTrailTests : AuditTrailContract
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Sqlite, start: Start);
}

public sealed class PostgresAuditTrailTests(PostgresServer server) : AuditTrailContract, IClassFixture<PostgresServer>
{
    protected override Task<ApplicationHost> CreateAppAsync() => ApplicationHost.StartAsync(Provider.Postgres, server, start: Start);
}
