using System.Net;
using Microsoft.Extensions.Logging;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests;

/// <summary>The app on PostgreSQL, the production database, from a server with an empty database.</summary>
public sealed class PostgresAppTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_first_start_on_an_empty_database_migrates_it_quietly_and_reports_ready()
    {
        using var app = new TenderBuilderAppFactory
        {
            DatabaseProvider = "Postgres",
            DatabaseConnectionString = await server.CreateDatabaseAsync(),
        };
        using var client = app.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldContain("PostgreSQL database");
        app.Logs.Entries.Where(entry => entry.Level >= LogLevel.Warning && !entry.Category.Contains("DataProtection", StringComparison.Ordinal))
            .ShouldBeEmpty("an operator should read no errors on a normal first start");
        // Every migration there is, applied at the first start.
        var migrations = typeof(Data.Postgres.Migrations.InitialCreate).Assembly.GetTypes()
            .Count(t => !t.IsAbstract && typeof(Microsoft.EntityFrameworkCore.Migrations.Migration).IsAssignableFrom(t));
        migrations.ShouldBeGreaterThanOrEqualTo(3);
        app.Logs.Entries.ShouldContain(entry => entry.Message.Contains($"({migrations} migration(s) applied at start)", StringComparison.Ordinal));
    }
}
