using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests;

/// <summary>
/// One database for a whole test class. Each test makes organisations of its own (see
/// <see cref="People"/>), so tests share the database the way organisations share an installation,
/// and stay independent for the very reason the app keeps organisations apart.
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    public ApplicationHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await StartAsync();

    public virtual async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    protected abstract Task<ApplicationHost> StartAsync();
}

public sealed class SqliteFixture : HostFixture
{
    protected override Task<ApplicationHost> StartAsync() => ApplicationHost.StartAsync(Provider.Sqlite);
}

/// <summary>A PostgreSQL server of its own for the class; a missing installation fails the class, never skips it.</summary>
public sealed class PostgresFixture : HostFixture
{
    private readonly PostgresServer _server = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }

    protected override async Task<ApplicationHost> StartAsync()
    {
        await _server.InitializeAsync();
        return await ApplicationHost.StartAsync(Provider.Postgres, _server);
    }
}

/// <summary>Names of organisations unique to one test, readable in a failure message.</summary>
public static class People
{
    public static string Organisation(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";
}
