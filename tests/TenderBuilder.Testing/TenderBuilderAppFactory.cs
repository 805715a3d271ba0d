using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TenderBuilder.Testing;

/// <summary>
/// The real app (its Program, its configuration, its migrations) in the Production environment,
/// on its own SQLite file unless a test names another database.
/// </summary>
public class TenderBuilderAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-app-").FullName;

    /// <summary>The <c>Database:Provider</c> setting; SQLite unless a test says otherwise.</summary>
    public string DatabaseProvider { get; init; } = "Sqlite";

    /// <summary>The <c>Database:ConnectionString</c> setting; a fresh SQLite file when not set.</summary>
    public string? DatabaseConnectionString { get; init; }

    /// <summary>Whether the first administrator comes from configuration; without it the app prints a setup token.</summary>
    public bool ConfigureAdministrator { get; init; } = true;

    /// <summary>The administrator configured when <see cref="ConfigureAdministrator"/> is on.</summary>
    public const string AdministratorEmail = "administrator@tenderbuilder.test";

    /// <summary>
    /// Keep the app's own sign-in rate limits. Off by default: tests sign in many times a minute from
    /// one address, so the factory raises the limits through their settings (the limiter still runs).
    /// </summary>
    public bool UseDefaultSignInRateLimits { get; init; }

    /// <summary>
    /// The address every request appears to come from (the in-memory server gives none), for tests
    /// of what a client's or a proxy's address changes.
    /// </summary>
    public IPAddress? ClientAddress { get; init; }

    /// <summary>Further settings, applied last (for example <c>Authentication:OpenIdConnect:*</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public CapturedLogs Logs { get; } = new();

    private readonly SemaphoreSlim _authorGate = new(1, 1);
    private TestAccount? _author;

    /// <summary>One author of the organisation "Test City", made on first use, for tests that only need someone signed in.</summary>
    public async Task<TestAccount> AuthorAsync()
    {
        await _authorGate.WaitAsync();
        try
        {
            return _author ??= await Services.CreateAccountAsync("Test City", "Author");
        }
        finally
        {
            _authorGate.Release();
        }
    }

    /// <summary>A client signed in as <see cref="AuthorAsync"/>'s author.</summary>
    public async Task<HttpClient> CreateAuthorClientAsync() => await this.CreateSignedInClientAsync(await AuthorAsync());

    /// <summary>Serves on a real loopback port (for a browser) instead of the in-memory test server.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", DatabaseProvider);
        builder.UseSetting(
            "Database:ConnectionString",
            DatabaseConnectionString ?? $"Data Source={Path.Combine(_folder, "tenderbuilder.db")}");
        if (ConfigureAdministrator)
        {
            builder.UseSetting("Administrator:Email", AdministratorEmail);
            builder.UseSetting("Administrator:Password", TestAccounts.Password);
            builder.UseSetting("Administrator:Name", "Test administrator");
            builder.UseSetting("Administrator:Organisation", "TenderBuilder operations");
        }

        if (!UseDefaultSignInRateLimits)
        {
            builder.UseSetting("SignIn:RateLimit:PerClient:PermitLimit", "100000");
            builder.UseSetting("SignIn:RateLimit:PerAddress:PermitLimit", "100000");
        }

        if (ClientAddress is { } clientAddress)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressFilter(clientAddress)));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>Sets the client's address before the app's own pipeline (and its forwarded headers) runs.</summary>
internal sealed class ClientAddressFilter(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
