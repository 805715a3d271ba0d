using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Audit;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Data.Templates;

namespace TenderBuilder.Data;

/// <summary>
/// The one database of TenderBuilder: organisations, their users, drafts and templates, and the keys that
/// protect sign-in cookies. Create a short-lived instance per operation through
/// <see cref="IDbContextFactory{TContext}"/>: Blazor Server circuits live long and a shared
/// context would hold stale entities.
/// </summary>
/// <remarks>
/// Organisation-owned data is filtered here, once, by <see cref="IOrganisationScope"/>: a query
/// for another organisation's draft finds nothing, whichever page, endpoint or service asks.
/// </remarks>
public sealed class TenderBuilderDbContext(DbContextOptions<TenderBuilderDbContext> options, IOrganisationScope scope)
    : IdentityDbContext<TenderBuilderUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<TenderDraft> TenderDrafts => Set<TenderDraft>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApprovedPackage> ApprovedPackages => Set<ApprovedPackage>();

    public DbSet<TenderTemplate> Templates => Set<TenderTemplate>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// The organisations' API keys. Not filtered: a request is authenticated before anyone acts, so
    /// the key is found by its lookup id alone; the administrators' page asks for its own organisation's.
    /// </summary>
    public DbSet<ApiKeys.ApiKey> ApiKeys => Set<ApiKeys.ApiKey>();

    /// <summary>Every request made with a key (filtered by the acting organisation).</summary>
    public DbSet<ApiKeys.ApiAccessRecord> ApiAccessLog => Set<ApiKeys.ApiAccessRecord>();

    /// <summary>
    /// The organisation whose content this context works with; <see cref="Guid.Empty"/> (which no
    /// row has) when none, so an unscoped context sees no drafts rather than all of them. A scope
    /// that may not see content (an administrator without the author or reviewer role) gets
    /// <see cref="Guid.Empty"/> too: its drafts, history and templates are filtered out like another
    /// organisation's, and it cannot create any.
    /// </summary>
    public Guid OrganisationId => scope.SeesContent ? scope.OrganisationId ?? Guid.Empty : Guid.Empty;

    /// <summary>
    /// The organisation of whoever acts, whether or not they see content (<see cref="Guid.Empty"/>
    /// when none): the records they write are that organisation's, as when an administrator restores
    /// one of its deleted drafts.
    /// </summary>
    public Guid ActingOrganisationId => scope.OrganisationId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TenderBuilderDbContext).Assembly);
        AccountConfiguration.Configure(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        // Read per query from this instance, so each context sees its own organisation.
        // A deleted draft is archived, not gone: hidden here from every normal query; only the
        // administrators' archive asks for it, with IgnoreQueryFilters and its own organisation.
        modelBuilder.Entity<TenderDraft>().HasQueryFilter(d => d.OrganisationId == OrganisationId && d.DeletedAtUtc == null);
        modelBuilder.Entity<AuditEntry>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        modelBuilder.Entity<ApprovedPackage>().HasQueryFilter(p => p.OrganisationId == OrganisationId);
        // Administrators read their organisation's log without seeing its content.
        modelBuilder.Entity<ApiKeys.ApiAccessRecord>().HasQueryFilter(r => r.OrganisationId == ActingOrganisationId);
        // A template is seen by its owner, and by others only as its sharing says; no scope sees none.
        modelBuilder.Entity<TenderTemplate>().HasQueryFilter(t =>
            OrganisationId != Guid.Empty
            && (t.OrganisationId == OrganisationId
                || t.Sharing == TenderBuilder.Core.Templates.TemplateSharing.AllOrganisations
                || (t.Sharing == TenderBuilder.Core.Templates.TemplateSharing.NamedOrganisations && t.Shares.Any(s => s.OrganisationId == OrganisationId))));
    }
}
