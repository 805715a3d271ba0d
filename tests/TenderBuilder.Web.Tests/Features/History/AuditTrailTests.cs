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
/// A draft's audit trail downloads as a CSV that is safe to open in a spreadsheet. (What the trail
/// records is the application's tests' AuditTrailContract.)
/// </summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly TenderBuilderAppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;
    private TestAccount _anna = null!;

    public async Task InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _ = _app.Server;
        _anna = await _app.Services.CreateAccountAsync("Utrecht", "Author");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
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

    [Fact]
    public async Task The_history_page_says_in_words_what_changed_from_what_to_what_and_links_to_the_question()
    {
        var id = await AsAsync(_anna, drafts => drafts.CreateAsync("Utrecht 2027"));
        await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["sites.points_ac_under_7_4"] = Json("10") } });
        _clock.Advance(TimeSpan.FromMinutes(30));
        await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["sites.points_ac_under_7_4"] = Json("12") } });
        using var client = await _app.CreateSignedInClientAsync(_anna);

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/drafts/{id}/history", UriKind.Relative)));

        page.ShouldContain("How many AC charging points of less than 7.4 kW? 10 points → 12 points");
        page.ShouldContain("How many AC charging points of less than 7.4 kW? set to 10 points");
        page.ShouldContain($"href=\"drafts/{id}/sites#q-sites-points_ac_under_7_4\"");
        page.ShouldContain("Draft created: Utrecht 2027");
        // The stored key stays within reach, behind the entry's details.
        page.ShouldContain("<summary>Details</summary>");
        page.ShouldContain("<code>sites.points_ac_under_7_4</code>");
    }

    [Fact]
    public async Task A_swedish_reader_gets_the_history_and_its_csv_in_swedish_with_the_swedish_question_labels()
    {
        var id = await AsAsync(_anna, drafts => drafts.CreateAsync("Utrecht 2027"));
        await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["sites.points_ac_under_7_4"] = Json("10") } });
        _clock.Advance(TimeSpan.FromMinutes(30));
        await SaveAsync(_anna, id, input => input with { Answers = new Dictionary<string, JsonElement> { ["sites.points_ac_under_7_4"] = Json("12"), ["payment.contactless_all_points"] = Json("true") } });
        using var client = await _app.CreateSignedInClientAsync(_anna);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv-SE");

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/drafts/{id}/history", UriKind.Relative)));
        var csv = (await client.GetStringAsync(new Uri($"/export/drafts/{id}/history.csv", UriKind.Relative))).TrimStart('\uFEFF');

        page.ShouldContain("Hur många AC-laddningspunkter med en effekt under 7,4 kW? 10 laddningspunkter → 12 laddningspunkter");
        page.ShouldContain("Hur många AC-laddningspunkter med en effekt under 7,4 kW? satt till 10 laddningspunkter");
        page.ShouldContain("Ska varje laddningspunkt, även långsammare AC-laddningspunkter, ta emot kontaktlös betalning? satt till ja");
        page.ShouldContain("Utkastet skapades: Utrecht 2027");
        page.ShouldNotContain("How many");
        csv.Split("\r\n")[0].ShouldBe("\"När\",\"Vem\",\"Vad\",\"Post\",\"Före\",\"Efter\"");
        csv.ShouldContain("\"Svar\",\"sites.points_ac_under_7_4\",\"10\",\"12\"");
    }

    private Task<T> AsAsync<T>(TestAccount account, Func<DraftsService, Task<T>> act) => _app.Services.AsAsync(account, act);

    private Task<long> SaveAsync(TestAccount account, Guid id, Func<TenderInput, TenderInput> edit) =>
        AsAsync(account, async drafts =>
        {
            var draft = await drafts.OpenAsync(id);
            return await drafts.SaveAsync(id, draft.Revision, edit(draft.Input));
        });

    // The cells of one CSV line as a spreadsheet reads them (quoted, "" for a quote).
    private static IEnumerable<string> Cells(string line) =>
        System.Text.RegularExpressions.Regex.Matches(line, "\"((?:[^\"]|\"\")*)\"").Select(m => m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
