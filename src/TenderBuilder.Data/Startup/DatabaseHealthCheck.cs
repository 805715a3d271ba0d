using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TenderBuilder.Data.Startup;

/// <summary>Ready only when the database answers; a load balancer stops routing otherwise.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<TenderBuilderDbContext> contexts, DatabaseTarget target)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(target.Description)
                : HealthCheckResult.Unhealthy($"{target.Description} cannot be reached.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{target.Description}: {e.GetBaseException().Message}");
        }
    }
}
