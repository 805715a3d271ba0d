using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TenderBuilder.Data.Startup;

namespace TenderBuilder.Data.Tests.TestSupport;

/// <summary>
/// The data layer wired exactly as the app wires it (through AddTenderBuilderData), pointed at
/// one database, with a clock the test controls.
/// </summary>
public sealed class DataHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DataHost(IHost host, FakeTimeProvider clock)
    {
        _host = host;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IDbContextFactory<TenderBuilderDbContext> Contexts =>
        _host.Services.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>();

    public DatabaseInitializer Initializer => _host.Services.GetRequiredService<DatabaseInitializer>();

    public static DataHost Create(string provider, string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddTenderBuilderData();
        return new DataHost(builder.Build(), clock);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
