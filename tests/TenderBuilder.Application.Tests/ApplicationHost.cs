using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests;

/// <summary>The databases the application runs on; each contract test class runs on both.</summary>
public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The application's services on a database of their own, as <c>AddTenderBuilderData</c> and
/// <c>AddTenderBuilderApplication</c> register them, with no web host: each call runs in a scope
/// of its own (as one request would) acting as the user given.
/// </summary>
public sealed class ApplicationHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _sqliteFile;
    private readonly FakeTimeProvider? _clock;

    private ApplicationHost(ServiceProvider services, string? sqliteFile, FakeTimeProvider? clock)
    {
        _services = services;
        _sqliteFile = sqliteFile;
        _clock = clock;
    }

    /// <summary>The clock every service reads; tests move it.</summary>
    public FakeTimeProvider Clock => _clock ?? throw new InvalidOperationException("This host runs on the system clock.");

    public IServiceProvider Services => _services;

    /// <summary>Starts the services on a new, migrated database: a SQLite file, or a database of the PostgreSQL server.</summary>
    /// <param name="provider">The database.</param>
    /// <param name="server">The PostgreSQL server, for <see cref="Provider.Postgres"/>.</param>
    /// <param name="systemClock">Whether the services read the real time (tests that order by time stamps) rather than <see cref="Clock"/>.</param>
    /// <param name="start">When <see cref="Clock"/> starts; 1 December 2026, 09:00 UTC unless given.</param>
    public static async Task<ApplicationHost> StartAsync(Provider provider, PostgresServer? server = null, bool systemClock = false, DateTimeOffset? start = null)
    {
        var sqliteFile = provider == Provider.Sqlite ? Path.Combine(Path.GetTempPath(), $"tenderbuilder-app-{Guid.NewGuid():N}.db") : null;
        var connectionString = provider == Provider.Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = sqliteFile }.ConnectionString
            : await (server ?? throw new ArgumentNullException(nameof(server), "PostgreSQL needs the server fixture.")).CreateDatabaseAsync();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
        });
        builder.Services.AddLogging();
        // Who acts is set per scope before any service is resolved, as the web app's middleware does.
        builder.Services.AddScoped<Acting>();
        builder.Services.AddScoped<ICurrentUser>(p => p.GetRequiredService<Acting>().User);
        builder.Services.AddScoped<IOrganisationScope>(p => p.GetRequiredService<Acting>().User);
        builder.AddTenderBuilderData();
        builder.Services.AddTenderBuilderApplication(builder.Configuration);
        // The accounts service works through Identity's user manager, as the web app registers it.
        builder.Services.AddIdentityCore<TenderBuilderUser>(options => options.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TenderBuilderDbContext>();

        var clock = systemClock ? null : new FakeTimeProvider(start ?? new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock ?? TimeProvider.System);
        var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await services.InitializeDatabaseAsync();
        return new ApplicationHost(services, sqliteFile, clock);
    }

    /// <summary>A person of the organisation (made when new), with the roles given; Author when none.</summary>
    public async Task<TestUser> UserAsync(string name, string organisation, params string[] roles)
    {
        var made = await _services.GetRequiredService<UserAccounts>().EnsureOrganisationAsync(organisation, OrganisationKind.City);
        made.Succeeded.ShouldBeTrue(string.Join(" ", made.Problems.Select(p => p.Message)));
        return new TestUser(Guid.NewGuid(), name, made.Value, roles.Length == 0 ? [TenderBuilderRoles.Author] : roles) { OrganisationName = organisation };
    }

    /// <summary>Runs one call of a service as the user, in a scope of its own.</summary>
    public async Task AsAsync<TService>(TestUser user, Func<TService, Task> act)
        where TService : notnull
    {
        await using var scope = ScopeFor(user);
        await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs one call of a service as the user, in a scope of its own, and returns its result.</summary>
    public async Task<T> AsAsync<TService, T>(TestUser user, Func<TService, Task<T>> act)
        where TService : notnull
    {
        await using var scope = ScopeFor(user);
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A scope acting as the user (every service resolved from it acts as them).</summary>
    public AsyncServiceScope ScopeFor(TestUser user)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Acting>().User = user;
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            // The database runs with write-ahead logging: its log and index files go with it.
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    private sealed class Acting
    {
        public ICurrentUser User { get; set; } = TestUser.Nobody;
    }
}
