using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Features.Api;

/// <summary>
/// The real app on a loopback port (real HTTP, its own database) for the API's tests: one per test
/// class. Keys are created the way an administrator creates them, through the ApiKeys service.
/// </summary>
public abstract class ApiHost : IAsyncLifetime
{
    /// <summary>Requests per key per minute in these hosts: enough for any one test, few enough to reach.</summary>
    public const int PermitsPerMinute = 40;

    /// <summary>The request size limit in these hosts, small so an oversized body is cheap to send.</summary>
    public const int MaxRequestBytes = 512 * 1024;

    private TenderBuilderAppFactory? _app;

    public TenderBuilderAppFactory App => _app ?? throw new InvalidOperationException("Not started.");

    public Uri Address { get; private set; } = null!;

    /// <summary>An administrator of the organisation the keys act for (also an author, to compare with the web).</summary>
    public TestAccount Administrator { get; private set; } = null!;

    /// <summary>An administrator of another organisation.</summary>
    public TestAccount Stranger { get; private set; } = null!;

    protected abstract Task<TenderBuilderAppFactory> CreateAppAsync(IReadOnlyDictionary<string, string> settings);

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync(new Dictionary<string, string>
        {
            ["Api:PermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Api:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Address = _app.StartOnLoopback();
        Administrator = await _app.Services.CreateAccountAsync("Api City", TenderBuilderRoles.Administrator, TenderBuilderRoles.Author);
        Stranger = await _app.Services.CreateAccountAsync("Other City", TenderBuilderRoles.Administrator, TenderBuilderRoles.Author);
    }

    public virtual Task DisposeAsync()
    {
        _app?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A new key of the administrator's organisation (or the account's), created as an administrator creates one.</summary>
    public async Task<CreatedApiKey> KeyAsync(ApiKeyScopes scopes, TestAccount? of = null, DateOnly? expiresOn = null, string? name = null)
    {
        var created = await App.Services.AsAsync<ApiKeys, Application.Accounts.AccountResult<CreatedApiKey>>(of ?? Administrator,
            keys => keys.CreateAsync(name ?? $"Test key {Guid.NewGuid():N}"[..20], scopes, expiresOn ?? DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6)));
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Problems.Select(p => p.Message)));
        return created.Value!;
    }

    /// <summary>A client on the loopback address that sends the key (none when null).</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>A client with a new key of every scope.</summary>
    public async Task<HttpClient> FullClientAsync(TestAccount? of = null) =>
        Client((await KeyAsync(ApiKeyScopes.Read | ApiKeyScopes.Write | ApiKeyScopes.Build, of)).Key);
}

/// <summary>The app on its embedded SQLite database.</summary>
public sealed class SqliteApiHost : ApiHost
{
    protected override Task<TenderBuilderAppFactory> CreateAppAsync(IReadOnlyDictionary<string, string> settings) =>
        Task.FromResult(new TenderBuilderAppFactory { Settings = settings });
}

/// <summary>The app on PostgreSQL, the production database, started from the installed server binaries.</summary>
public sealed class PostgresApiHost : ApiHost
{
    private readonly PostgresServer _server = new();

    protected override async Task<TenderBuilderAppFactory> CreateAppAsync(IReadOnlyDictionary<string, string> settings)
    {
        await _server.InitializeAsync();
        return new TenderBuilderAppFactory
        {
            DatabaseProvider = "Postgres",
            DatabaseConnectionString = await _server.CreateDatabaseAsync(),
            Settings = settings,
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }
}
