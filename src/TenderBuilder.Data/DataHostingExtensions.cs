using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Data.Startup;

namespace TenderBuilder.Data;

/// <summary>Registers TenderBuilder's persistence with a host.</summary>
public static class DataHostingExtensions
{
    /// <summary>The health-check tag of checks that gate readiness (<c>/health/ready</c>).</summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Adds the database named by the <c>Database</c> section (embedded SQLite when none is
    /// configured), a context factory scoped to the <see cref="IOrganisationScope"/> (the app registers its
    /// own, for the signed-in user; without one no organisation's data is visible), the
    /// <see cref="DatabaseInitializer"/> and a readiness check.
    /// </summary>
    /// <exception cref="DatabaseStartupException">The <c>Database</c> section names no usable database.</exception>
    public static IHostApplicationBuilder AddTenderBuilderData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new();
        var target = DatabaseTarget.From(options);

        var services = builder.Services;
        services.AddSingleton(target);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DraftStampingInterceptor>();
        services.AddSingleton(provider =>
        {
            var db = new DbContextOptionsBuilder<TenderBuilderDbContext>();
            target.Configure(db);
            db.UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>());
            db.AddInterceptors(new Text.ControlCharacterInterceptor(), provider.GetRequiredService<DraftStampingInterceptor>());
            return db.Options;
        });
        // Without a signed-in user (start-up, background work) a scope sees no organisation's data.
        services.TryAddScoped<IOrganisationScope>(_ => FixedOrganisationScope.None);
        services.AddScoped<IDbContextFactory<TenderBuilderDbContext>, ScopedDbContextFactory>();
        // Identity's stores and the data-protection key ring resolve the context itself.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadinessTag]);
        return builder;
    }

    /// <summary>Creates and migrates the database; call it once before the app starts serving.</summary>
    /// <exception cref="DatabaseStartupException">The database cannot be reached or migrated.</exception>
    public static Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
}
