using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.History;
using TenderBuilder.Application.History;

namespace TenderBuilder.Web.Tests.Features.History;

/// <summary>
/// Every change to a draft reaches its audit trail with who, when, before and after; the trail
/// reads as what people did (typing is one change), and its CSV is safe to open in a spreadsheet.
/// </summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly TenderBuilderAppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;
    private TestAccount _anna = null!;
    private TestAccount _bert = null!;

    public async Task InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _ = _app.Server;
        _anna = await _app.Services.CreateAccountAsync("Utrecht", "Author");
        _bert = await _app.Services.CreateAccountAsync("Utrecht", "Author");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Every_kind_of_change_is_recorded_with_who_when_before_and_after()
    {
        var id = await AsAsync(_anna, drafts => drafts.CreateAsync("Charging for residents"));
        _clock.Advance(TimeSpan.FromMinutes(1));

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
            _clock.Advance(TimeSpan.FromSeconds(1));
            await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["grid.dso_name"] = Json($"\"{typed}\"") } });
        }

        await SaveAsync(_anna, id, input => input with { Tender = input.Tender with { Reference = "typo" } });
        await SaveAsync(_anna, id, input => input with { Tender = input.Tender with { Reference = null } });
        _clock.Advance(TimeSpan.FromMinutes(11));
        await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["grid.dso_name"] = Json("\"Enexis\"") } });
        await SaveAsync(_bert, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["grid.dso_name"] = Json("\"Liander\"") } });

        var history = await HistoryAsync(_anna, id);
        history.Entries.Where(e => e.Subject == "grid.dso_name").Reverse().Select(e => (e.Before, e.After)).ToList()
            .ShouldBe([(null, "\"Stedin\""), ("\"Stedin\"", "\"Enexis\""), ("\"Enexis\"", "\"Liander\"")]);
        history.Entries.ShouldNotContain(e => e.Subject == "tender.reference");
    }

    [Fact]
    public async Task The_csv_names_every_change_and_neutralises_cells_a_spreadsheet_would_run()
    {
        var id = await AsAsync(_anna, drafts => drafts.CreateAsync("=HYPERLINK(\"http://evil.example\",\"click\")"));
        await SaveAsync(_anna, id, input => input with
        {
            Answers = new Dictionary<string, JsonElement> { ["grid.dso_name"] = Json("\"+cmd|' /C calc'!A0\"") },
            CustomClauses = [new CustomClause { Id = "custom-1", Title = "@SUM(1+1)", Text = "-2+3", Kind = "performance" }],
        });
        using var client = await _app.CreateSignedInClientAsync(_anna);

        var response = await client.GetAsync(new Uri($"/export/drafts/{id}/history.csv", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("\"When\",\"Who\",\"What\",\"Item\",\"Before\",\"After\"");
        csv.ShouldContain("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        lines.Skip(1).SelectMany(Cells).ShouldAllBe(cell => cell.Length == 0 || !"=+-@\t\r".Contains(cell[0]));
        lines.Length.ShouldBe(4);
    }

    private Task<T> AsAsync<T>(TestAccount account, Func<DraftsService, Task<T>> act) => _app.Services.AsAsync(account, act);

    private Task<long> SaveAsync(TestAccount account, Guid id, Func<TenderInput, TenderInput> edit) =>
        AsAsync(account, async drafts =>
        {
            var draft = await drafts.OpenAsync(id);
            return await drafts.SaveAsync(id, draft.Revision, edit(draft.Input));
        });

    private async Task<DraftHistoryView> HistoryAsync(TestAccount account, Guid id)
    {
        await using var scope = await _app.Services.ScopeForAsync(account);
        return await scope.ServiceProvider.GetRequiredService<DraftHistory>().ReadAsync(id);
    }

    // The cells of one CSV line as a spreadsheet reads them (quoted, "" for a quote).
    private static IEnumerable<string> Cells(string line) =>
        System.Text.RegularExpressions.Regex.Matches(line, "\"((?:[^\"]|\"\")*)\"").Select(m => m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
