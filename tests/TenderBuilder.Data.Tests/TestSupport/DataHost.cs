using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Data.Startup;

namespace TenderBuilder.Data.Tests.TestSupport;

/// <summary>
/// The data layer wired exactly as the app wires it (through AddTenderBuilderData), pointed at
/// one database, with a clock the test controls.
/// </summary>
public sealed class DataHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DataHost(IHost host, FakeTimeProvider clock, SwitchableOrganisationScope scope)
    {
        _host = host;
        Clock = clock;
        Scope = scope;
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Whose data the contexts see; a test switches it as a user of another organisation would sign in.</summary>
    public SwitchableOrganisationScope Scope { get; }

    /// <summary>Creates an organisation and makes it the one the contexts work for.</summary>
    public async Task<Guid> ActAsNewOrganisationAsync(string name)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var organisation = new Organisation { Name = name, Kind = OrganisationKind.City };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        Scope.OrganisationId = organisation.Id;
        return organisation.Id;
    }

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
        var scope = new SwitchableOrganisationScope();
        builder.Services.AddSingleton<IOrganisationScope>(scope);
        builder.AddTenderBuilderData();
        return new DataHost(builder.Build(), clock, scope);
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

/// <summary>An organisation scope a test can switch.</summary>
public sealed class SwitchableOrganisationScope : IOrganisationScope
{
    public Guid? OrganisationId { get; set; }

    public bool SeesContent { get; set; } = true;
}
