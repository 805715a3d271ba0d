using Microsoft.EntityFrameworkCore;

namespace TenderBuilder.Data.Organisations;

/// <summary>
/// Creates contexts for the organisation of the current scope (the signed-in user's request or
/// circuit). Scoped, unlike EF Core's own factory, because the organisation belongs to the scope.
/// </summary>
internal sealed class ScopedDbContextFactory(DbContextOptions<TenderBuilderDbContext> options, IOrganisationScope scope)
    : IDbContextFactory<TenderBuilderDbContext>
{
    public TenderBuilderDbContext CreateDbContext() => new(options, scope);
}
