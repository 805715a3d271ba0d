using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TenderBuilder.Data;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests;

/// <summary>The app as an operator and a browser meet it over HTTP.</summary>
public sealed class AppHostTests : IClassFixture<TenderBuilderAppFactory>
{
    private readonly TenderBuilderAppFactory _app;

    public AppHostTests(TenderBuilderAppFactory app) => _app = app;

    [Fact]
    public async Task The_home_page_names_the_product_and_says_what_it_is_for()
    {
        using var client = await _app.CreateAuthorClientAsync();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<title>TenderBuilder — EV charging tenders</title>");
        html.ShouldContain("Who it is for");
        html.ShouldContain("What is coming");
    }

    [Fact]
    public async Task The_styles_and_scripts_the_pages_need_are_served()
    {
        using var client = _app.CreateClient();

        foreach (var asset in new[] { "_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js", "_framework/blazor.web.js", "app.css" })
        {
            var response = await client.GetAsync(new Uri("/" + asset, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, asset);
        }
    }

    [Fact]
    public async Task Liveness_answers_without_touching_the_database()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        body.RootElement.GetProperty("checks").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_names_it()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var database = body.RootElement.GetProperty("checks").EnumerateArray().Single();
        database.GetProperty("name").GetString().ShouldBe("database");
        database.GetProperty("status").GetString().ShouldBe("Healthy");
        database.GetProperty("description").GetString().ShouldStartWith("SQLite database at ");
    }

    [Fact]
    public async Task An_unknown_address_shows_a_not_found_page()
    {
        using var client = await _app.CreateAuthorClientAsync();

        var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }

    [Fact]
    public async Task A_draft_saved_through_the_app_reads_back_after_the_database_was_created_at_start()
    {
        _ = _app.Server; // start the app: it creates and migrates its database
        await using var scope = await _app.Services.ScopeForAsync(await _app.AuthorAsync());
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>();
        var id = Guid.NewGuid();

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.TenderDrafts.Add(new TenderDraft { Id = id, Title = "Eindhoven destination charging", InputJson = """{"schemaVersion":1}""" });
            await db.SaveChangesAsync();
        }

        await using var reader = await contexts.CreateDbContextAsync();
        var draft = await reader.TenderDrafts.SingleAsync(d => d.Id == id);
        draft.Title.ShouldBe("Eindhoven destination charging");
        draft.InputJson.ShouldBe("""{"schemaVersion":1}""");
        _app.Logs.Entries.ShouldContain(entry => entry.Message.StartsWith("Using the SQLite database at ", StringComparison.Ordinal));
    }
}

public sealed class StartupFailureTests
{
    [Fact]
    public void An_unreachable_database_stops_the_app_with_one_line_naming_it_and_the_reason()
    {
        using var app = new TenderBuilderAppFactory
        {
            DatabaseProvider = "Postgres",
            DatabaseConnectionString = "Host=127.0.0.1;Port=1;Database=tenders;Username=app;Password=s3cret;Timeout=3",
        };

        Should.Throw<Exception>(() => app.CreateClient());

        var problems = app.Logs.Entries.Where(entry => entry.Level >= LogLevel.Error).ToList();
        problems.Count.ShouldBe(1);
        problems[0].Level.ShouldBe(LogLevel.Critical);
        problems[0].Message.ShouldBe(
            "TenderBuilder cannot start: The PostgreSQL database \"tenders\" on 127.0.0.1:1 cannot be reached: Connection refused.");
    }
}
