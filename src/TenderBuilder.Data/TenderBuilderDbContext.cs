using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data.Drafts;

namespace TenderBuilder.Data;

/// <summary>
/// The one database of TenderBuilder. Create a short-lived instance per operation through
/// <see cref="IDbContextFactory{TContext}"/>: Blazor Server circuits live long and a shared
/// context would hold stale entities.
/// </summary>
public sealed class TenderBuilderDbContext(DbContextOptions<TenderBuilderDbContext> options) : DbContext(options)
{
    public DbSet<TenderDraft> TenderDrafts => Set<TenderDraft>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TenderBuilderDbContext).Assembly);
}
