using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
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
    /// configured), a context factory, the <see cref="DatabaseInitializer"/> and a readiness check.
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
        services.AddDbContextFactory<TenderBuilderDbContext>((provider, db) =>
        {
            target.Configure(db);
            db.AddInterceptors(provider.GetRequiredService<DraftStampingInterceptor>());
        });
        services.AddSingleton<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadinessTag]);
        return builder;
    }

    /// <summary>Creates and migrates the database; call it once before the app starts serving.</summary>
    /// <exception cref="DatabaseStartupException">The database cannot be reached or migrated.</exception>
    public static Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
}
