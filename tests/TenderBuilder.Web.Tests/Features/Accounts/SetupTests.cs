using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>
/// A fresh deployment without a configured administrator: only whoever can read the server's log
/// (where the setup token is printed) can claim it, once.
/// </summary>
public sealed partial class SetupTests : IDisposable
{
    private readonly TenderBuilderAppFactory _app = new() { ConfigureAdministrator = false };

    [Fact]
    public async Task The_setup_token_is_printed_at_start_and_nobody_can_claim_the_app_without_it()
    {
        using var stranger = NewClient();
        var page = await stranger.GetStringAsync(new Uri("/setup", UriKind.Relative));
        page.ShouldContain("Create the first administrator");

        var guessed = await stranger.PostAsync(new Uri("/setup", UriKind.Relative), SetupForm(page, "0123456789ABCDEF0123456789ABCDEF"));

        guessed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await guessed.Content.ReadAsStringAsync()).ShouldContain("That is not the setup token.");
        (await _app.Services.GetRequiredService<UserAccounts>().AnyAdministratorAsync()).ShouldBeFalse();
        Token().Length.ShouldBe(32);
    }

    [Fact]
    public async Task The_token_from_the_log_creates_the_first_administrator_once_and_signs_them_in()
    {
        using var operator_ = NewClient();
        var page = await operator_.GetStringAsync(new Uri("/setup", UriKind.Relative));

        var done = await operator_.PostAsync(new Uri("/setup", UriKind.Relative), SetupForm(page, Token().ToLowerInvariant()));

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The first thing to do is a first draft: setup lands on the drafts page.
        done.Headers.Location!.AbsolutePath.ShouldBe("/drafts");
        (await operator_.GetStringAsync(new Uri("/admin/users", UriKind.Relative))).ShouldContain("ops@region-utrecht.test");
        var users = await _app.Services.GetRequiredService<UserAccounts>().ListUsersAsync();
        var administrator = users.ShouldHaveSingleItem();
        administrator.Organisation.ShouldBe("Region Utrecht");
        administrator.Roles.ShouldBe([TenderBuilderRoles.Administrator, TenderBuilderRoles.Author]);

        using var late = NewClient();
        var closed = await late.GetStringAsync(new Uri("/setup", UriKind.Relative));
        closed.ShouldContain("Setup is finished");
        // Even with the old token and a valid antiforgery token, the closed page has no form to post to.
        var form = await late.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var again = await late.PostAsync(new Uri("/setup", UriKind.Relative), SetupForm(form, Token(), email: "second@elsewhere.test"));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _app.Services.GetRequiredService<UserAccounts>().ListUsersAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_weak_password_is_refused_by_field_and_the_token_still_works_afterwards()
    {
        using var operator_ = NewClient();
        var page = await operator_.GetStringAsync(new Uri("/setup", UriKind.Relative));

        var weak = await operator_.PostAsync(new Uri("/setup", UriKind.Relative), SetupForm(page, Token(), password: "short"));

        var answer = await weak.Content.ReadAsStringAsync();
        answer.ShouldContain("id=\"setup-password-problem\"");
        answer.ShouldContain("at least 12 characters");
        answer.ShouldContain("value=\"ops@region-utrecht.test\"", customMessage: "what was typed stays");
        (await operator_.PostAsync(new Uri("/setup", UriKind.Relative), SetupForm(page, Token()))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Every_problem_shows_at_once_beside_its_field_and_in_a_summary_that_links_to_it_and_takes_the_focus()
    {
        using var operator_ = NewClient();
        var page = await operator_.GetStringAsync(new Uri("/setup", UriKind.Relative));
        var form = SetupForm(page, "not the token", password: "short", email: "ops.region-utrecht.test");
        var fields = (await form.ReadAsStringAsync()).Replace("Input.Organisation=Region+Utrecht", "Input.Organisation=", StringComparison.Ordinal)
            .Replace("Input.Name=Operations", "Input.Name=", StringComparison.Ordinal)
            .Replace("Input.ConfirmPassword=short", "Input.ConfirmPassword=shorter", StringComparison.Ordinal);

        var answer = await (await operator_.PostAsync(new Uri("/setup", UriKind.Relative),
            new StringContent(fields, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"))).Content.ReadAsStringAsync();

        foreach (var (field, message) in new[]
        {
            ("setup-token", "That is not the setup token."),
            ("setup-organisation", "Enter the organisation&#x27;s name."),
            ("setup-name", "Enter your name."),
            ("setup-email", "Enter an e-mail address like name@example.org."),
            ("setup-password", "Use at least 12 characters."),
            ("setup-confirm", "The two passwords differ."),
        })
        {
            answer.ShouldContain($"id=\"{field}-problem\"", customMessage: field);
            SummaryLink(field).IsMatch(answer).ShouldBeTrue($"the summary links to {field}");
            answer.ShouldContain(message);
        }

        answer.ShouldContain("There are 6 problems");
        SummaryWithFocus().IsMatch(answer).ShouldBeTrue("the summary takes the focus");
        answer.ShouldContain("value=\"ops.region-utrecht.test\"", customMessage: "what was typed stays");
        answer.ShouldNotContain("value=\"short\"", customMessage: "a password is never sent back");
        (await _app.Services.GetRequiredService<UserAccounts>().AnyAdministratorAsync()).ShouldBeFalse();
    }

    private static Regex SummaryLink(string field) => new($"<li><a href=\"setup#{field}\">");

    [GeneratedRegex("<div class=\"tb-error-summary\"[^>]*tabindex=\"-1\"[^>]*autofocus")]
    private static partial Regex SummaryWithFocus();

    [Fact]
    public async Task Operators_can_apply_migrations_without_starting_the_site()
    {
        var folder = Directory.CreateTempSubdirectory("tenderbuilder-migrate-").FullName;
        try
        {
            var database = Path.Combine(folder, "tenderbuilder.db");
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "TenderBuilder.Web.dll"), "--migrate-only"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["Database__ConnectionString"] = $"Data Source={database}", ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" },
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

            process.ExitCode.ShouldBe(0, output);
            output.ShouldContain("migration(s) applied at start");
            output.ShouldNotContain("Now listening");
            output.ShouldNotContain("setup token");
            File.Exists(database).ShouldBeTrue();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_setup_form_names_its_problems_in_the_interface_language_and_quotes_the_log_as_it_is()
    {
        var setup = _app.Services.GetRequiredService<FirstAdministrator>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");

            setup.Problems(new FirstAdministratorForm { Password = "short", ConfirmPassword = "shorter" }).Select(p => (p.Field, p.Message)).ShouldBe(
            [
                ("Token", "Ange konfigurationstoken från serverloggen (raden som börjar med ”No administrator exists yet”)."),
                ("Organisation", "Ange organisationens namn."),
                ("Name", "Ange ditt namn."),
                ("Email", "Ange din e-postadress."),
                ("Password", "Använd minst 12 tecken."),
                ("ConfirmPassword", "Lösenorden stämmer inte överens."),
            ]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    public void Dispose() => _app.Dispose();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private string Token()
    {
        _ = _app.Server;
        var line = _app.Logs.Entries.Single(e => e.Message.StartsWith("No administrator exists yet.", StringComparison.Ordinal)).Message;
        return TokenPattern().Match(line).Groups[1].Value;
    }

    private static FormUrlEncodedContent SetupForm(string page, string token, string password = "a long enough password", string email = "ops@region-utrecht.test") =>
        new(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(page),
            ["Input.Token"] = token,
            ["Input.Organisation"] = "Region Utrecht",
            ["Input.OrganisationKind"] = "Region",
            ["Input.Name"] = "Operations",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    [GeneratedRegex("setup token: ([0-9A-F]{32})")]
    private static partial Regex TokenPattern();
}
