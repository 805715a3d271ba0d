using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MudBlazor;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Web.Tests.Localization;
using Keys = TenderBuilder.Application.ApiKeys.ApiKeys;

namespace TenderBuilder.Web.Tests.Features.Administration;

/// <summary>
/// The API keys page on a real (SQLite) database, as an organisation's administrator sees it: a new
/// key shown once with the sentence that says so, every field labelled and its problem under it,
/// revoking only after a confirmation, each key's access log from its row; and the service's
/// refusal for someone who is not an administrator.
/// </summary>
public sealed class ApiKeysPageTests : IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(5);
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-apikeys-").FullName;
    private IHost _data = null!;
    private DbContextOptions<TenderBuilderDbContext> _options = null!;
    private Guid _organisation;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "tenderbuilder.db")}",
        });
        builder.AddTenderBuilderData();
        _data = builder.Build();
        await _data.Services.InitializeDatabaseAsync();

        _options = _data.Services.GetRequiredService<DbContextOptions<TenderBuilderDbContext>>();
        await using var db = new TenderBuilderDbContext(_options, FixedOrganisationScope.None);
        var organisation = new Organisation { Name = "Utrecht", Kind = OrganisationKind.City };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        _organisation = organisation.Id;
    }

    public Task DisposeAsync()
    {
        _data.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_field_is_labelled_and_a_new_key_defaults_to_reading_for_a_year()
    {
        await using var context = Context(out var keys);
        var page = Open(context);

        page.Find("label[for='api-key-name']").TextContent.Trim().ShouldBe("Name");
        page.Find("label[for='api-key-expires']").TextContent.Trim().ShouldBe("Valid until");
        page.Find("#api-key-scopes > legend").TextContent.ShouldBe("Permissions");
        ScopeLabel(page, "read").ShouldBe("Read: list and read drafts, their findings and review state, templates and the catalogue");
        ScopeLabel(page, "write").ShouldBe("Write: create, change and delete drafts");
        ScopeLabel(page, "build").ShouldBe("Build: build packages and download their files");
        page.Find("input[data-scope='read']").HasAttribute("checked").ShouldBeTrue();
        page.Find("input[data-scope='write']").HasAttribute("checked").ShouldBeFalse();
        page.Find("#api-key-expires").GetAttribute("value").ShouldBe(keys.DefaultExpiry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        page.Find("#api-keys-none").TextContent.ShouldContain("no API keys yet");
        page.Find("#api-keys-intro a").GetAttribute("href").ShouldBe("developers/api/");
        page.Find("#api-keys-status").GetAttribute("role").ShouldBe("status");
    }

    [Fact]
    public async Task A_created_key_is_shown_once_with_a_copy_button_and_stored_only_as_its_hash()
    {
        await using var context = Context(out _);
        var page = Open(context);

        page.Find("#api-key-name").Change("Negometrix sync");
        page.Find("input[data-scope='build']").Change(true);
        page.Find("#api-key-create-button").Click();

        page.WaitForAssertion(() => page.Find("#api-key-created"), s_wait);
        var key = page.Find("#api-key-value").GetAttribute("value")!;
        key.ShouldStartWith(ApiKeyFormat.Prefix);
        page.Find("#api-key-created-heading").TextContent.ShouldBe("Your new key “Negometrix sync”");
        page.Find("#api-key-created").TextContent.ShouldContain("Copy the key now: it will not be shown again.");
        page.Find("label[for='api-key-value']").TextContent.Trim().ShouldBe("API key");
        page.Find("#api-keys-status").TextContent.ShouldBe("“Negometrix sync” is created. Copy its key now: it is shown only this once.");
        var row = page.Find("#api-keys-table tbody tr");
        row.TextContent.ShouldContain("Negometrix sync");
        row.TextContent.ShouldContain("Read, Build");
        row.QuerySelector(".tb-api-key-status")!.TextContent.ShouldBe("Active");
        (await StoredAsync()).ShouldHaveSingleItem().SecretHash.ShouldBe(ApiKeyFormat.Hash(key));

        page.Find("#api-key-copy").Click();
        context.JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments.ShouldBe([key]);
        page.Find("#api-keys-status").TextContent.ShouldBe("The key is copied to the clipboard.");
        page.Find("#api-key-done").Click();

        page.FindAll("#api-key-created").ShouldBeEmpty();
        page.Markup.ShouldNotContain(key);
        Open(context).Markup.ShouldNotContain(key, customMessage: "opened again, the page cannot show the key");
        page.Find("#api-key-name").GetAttribute("value").ShouldBeNullOrEmpty("the form is ready for the next key");
    }

    [Fact]
    public async Task Problems_are_named_under_their_fields_and_no_key_is_made()
    {
        await using var context = Context(out _);
        var page = Open(context);

        page.Find("input[data-scope='read']").Change(false);
        page.Find("#api-key-expires").Change("2020-01-01");
        page.Find("#api-key-create-button").Click();

        page.WaitForAssertion(() => page.Find("#api-key-problems"), s_wait);
        page.Markup.ShouldContain("Name: enter a name that says which system uses the key.");
        page.Find("#api-key-scopes-problem").TextContent.ShouldBe("Permissions: choose at least one.");
        page.Find("#api-key-scopes").GetAttribute("aria-describedby").ShouldBe("api-key-scopes-problem");
        page.Markup.ShouldContain("Valid until: choose a day after today.");
        page.FindAll("#api-key-created").ShouldBeEmpty();
        (await StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Revoking_asks_first_names_the_key_and_keeping_it_changes_nothing()
    {
        await using var context = Context(out var keys);
        var created = (await keys.CreateAsync("Document system", ApiKeyScopes.Build, null)).Value!;
        var dialog = context.Render<MudDialogProvider>();
        var page = Open(context);
        var revoke = page.Find(".tb-api-key-revoke");
        revoke.GetAttribute("aria-label").ShouldBe("Revoke Document system");

        revoke.Click();
        dialog.WaitForAssertion(() => dialog.Markup.ShouldContain("From now on TenderBuilder refuses every request made with “Document system”."), s_wait);
        Button(dialog, "Keep it").Click();

        dialog.WaitForAssertion(() => dialog.FindAll(".mud-dialog").ShouldBeEmpty(), s_wait);
        (await keys.ListAsync()).ShouldHaveSingleItem().Status.ShouldBe(ApiKeyState.Active);

        page.Find(".tb-api-key-revoke").Click();
        dialog.WaitForAssertion(() => Button(dialog, "Revoke"), s_wait);
        Button(dialog, "Revoke").Click();

        page.WaitForAssertion(() => page.Find("#api-keys-status").TextContent.ShouldBe("“Document system” is revoked: the API refuses it from now on."), s_wait);
        page.Find(".tb-api-key-status").TextContent.ShouldStartWith("Revoked on ");
        page.Find(".tb-api-key-status").TextContent.ShouldEndWith(" by Test officer");
        page.FindAll(".tb-api-key-revoke").ShouldBeEmpty("a revoked key has nothing left to revoke");
        (await new ApiKeyAuthenticator(Contexts(FixedOrganisationScope.None), TimeProvider.System).CheckAsync(created.Key)).Status.ShouldBe(ApiKeyStatus.Revoked);
    }

    [Fact]
    public async Task A_keys_access_log_opens_from_its_row()
    {
        await using var context = Context(out var keys);
        var created = (await keys.CreateAsync("Platform", ApiKeyScopes.Read, null)).Value!;
        var authenticator = new ApiKeyAuthenticator(Contexts(FixedOrganisationScope.None), TimeProvider.System);
        await authenticator.RecordAccessAsync(created.Summary.Id, _organisation, "GET", "/api/v1/drafts", 200);
        await authenticator.RecordAccessAsync(created.Summary.Id, _organisation, "DELETE", "/api/v1/drafts/42", 403);
        var page = Open(context);

        var open = page.Find(".tb-api-key-log");
        open.GetAttribute("aria-label").ShouldBe("Access log of Platform");
        open.Click();

        page.WaitForAssertion(() => page.Find("#api-key-log-heading").TextContent.ShouldBe("Access log: Platform"), s_wait);
        page.WaitForAssertion(() => context.JSInterop.VerifyFocusAsyncInvoke(), s_wait);
        var rows = page.FindAll("#api-key-log tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.Count.ShouldBe(2);
        rows.ShouldContain(r => r[1] == "DELETE" && r[2] == "/api/v1/drafts/42" && r[3] == "403");
        rows.ShouldContain(r => r[1] == "GET" && r[2] == "/api/v1/drafts" && r[3] == "200");
        page.FindAll("#api-key-log th[scope='col']").Select(h => h.TextContent).ShouldBe(["Time", "Method", "Address", "Answer (HTTP status)"]);
        page.Find("#api-key-log-close").Click();
        page.FindAll("#api-key-log").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(TenderBuilderRoles.Author)]
    [InlineData(TenderBuilderRoles.Reviewer)]
    public async Task Someone_who_is_not_an_administrator_reads_the_refusal_and_no_form(string role)
    {
        await using var context = Context(out _, role);

        var page = context.Render<ApiKeysPage>();

        page.WaitForAssertion(() => page.Find("#api-keys-refused").TextContent.ShouldBe("Only an administrator of the organisation may manage its API keys."), s_wait);
        page.FindAll("#api-key-create").ShouldBeEmpty();
        page.FindAll("#api-keys-table").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_Dutch_administrator_reads_the_page_and_its_problems_in_Dutch()
    {
        await using var context = Context(out _);
        InterfaceWords.In("nl-NL", () =>
        {
            var page = Open(context);
            page.Find("label[for='api-key-name']").TextContent.Trim().ShouldBe("Naam");
            page.Find("#api-key-create-button").Click();
            page.WaitForAssertion(() => page.Markup.ShouldContain("Naam: vul een naam in die zegt welk systeem de sleutel gebruikt."), s_wait);
            ScopeLabel(page, "write").ShouldBe("Schrijven: concepten aanmaken, wijzigen en verwijderen");
        });
    }

    private BunitContext Context(out Keys keys, string role = TenderBuilderRoles.Administrator)
    {
        var user = new SignedInUser { Principal = TestPrincipals.For(_organisation, role) };
        var service = new Keys(Contexts(user), TimeProvider.System, user, InterfaceWords.For<Keys>());
        keys = service;
        return MudTestContext.Create(services => services.AddSingleton(service), roles: [role]);
    }

    private OrganisationContexts Contexts(IOrganisationScope scope) => new(_options, scope);

    private static IRenderedComponent<ApiKeysPage> Open(BunitContext context)
    {
        var page = context.Render<ApiKeysPage>();
        page.WaitForElement("#api-key-create-button", s_wait);
        return page;
    }

    private async Task<List<ApiKey>> StoredAsync()
    {
        await using var db = new TenderBuilderDbContext(_options, FixedOrganisationScope.None);
        return await db.ApiKeys.AsNoTracking().Where(k => k.OrganisationId == _organisation).ToListAsync();
    }

    // What a scope's check box says to a screen reader and on screen: its label.
    private static string ScopeLabel(IRenderedComponent<ApiKeysPage> page, string scope) =>
        page.FindAll("label.mud-checkbox").Single(l => l.QuerySelector($"input[data-scope='{scope}']") is not null).TextContent.Trim();

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<MudDialogProvider> dialog, string text) =>
        dialog.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
