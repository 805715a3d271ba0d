using Microsoft.EntityFrameworkCore;

namespace TenderBuilder.Data.Drafts;

/// <summary>
/// Stamps timestamps and bumps the concurrency token on every saved draft and template, and gives a
/// new one the context's organisation, so no caller can forget to and the rules hold for the web
/// app, the command line and tests alike. Neither can be created without an organisation nor moved
/// to another one; a draft's template binding and a template's versions are never rewritten.
/// </summary>
internal sealed class DraftStampingInterceptor(TimeProvider clock) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var organisationId = (context as TenderBuilderDbContext)?.OrganisationId ?? Guid.Empty;
        var actingOrganisationId = (context as TenderBuilderDbContext)?.ActingOrganisationId ?? Guid.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<Audit.AuditEntry>().Where(e => e.State == EntityState.Added))
        {
            // An audit entry belongs to its draft's organisation, which is the acting user's: the filter
            // hides every other organisation's drafts. An administrator who sees no content still
            // records what they do to the organisation's drafts (a restore) in its trail.
            entry.Entity.OrganisationId = actingOrganisationId != Guid.Empty
                ? actingOrganisationId
                : throw new InvalidOperationException("An audit entry can only be written by a user of an organisation.");
        }

        StampApprovedPackages(context, organisationId);
        foreach (var entry in context.ChangeTracker.Entries<TenderDraft>().Where(e => e.State == EntityState.Modified))
        {
            if (entry.Property(d => d.TemplateJson).IsModified)
            {
                throw new InvalidOperationException("A draft's template and its locks never change.");
            }
        }

        RefuseRewrittenTemplateRecords(context);
        StampOwned<TenderDraft>(context, organisationId, now, "A draft");
        StampOwned<Templates.TenderTemplate>(context, organisationId, now, "A template");
    }

    // An approved package is its draft's organisation's (the context's), and what was approved stays
    // what was approved: it is written once and goes only with its draft's row.
    private static void StampApprovedPackages(DbContext context, Guid organisationId)
    {
        var deletedDrafts = context.ChangeTracker.Entries<TenderDraft>()
            .Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        foreach (var entry in context.ChangeTracker.Entries<ApprovedPackage>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.OrganisationId = organisationId != Guid.Empty
                        ? organisationId
                        : throw new InvalidOperationException("An approved package can only be stored by a user of an organisation.");
                    break;
                case EntityState.Modified:
                case EntityState.Deleted when !deletedDrafts.Contains(entry.Entity.DraftId):
                    throw new InvalidOperationException("An approved package never changes: start a new version of the draft.");
            }
        }
    }

    // A draft or a template belongs to the organisation of the user who creates it, for good.
    private static void StampOwned<TEntity>(DbContext context, Guid organisationId, DateTime now, string what)
        where TEntity : class, Organisations.IOrganisationOwned
    {
        foreach (var entry in context.ChangeTracker.Entries<TEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (organisationId == Guid.Empty)
                    {
                        throw new InvalidOperationException($"{what} can only be created by a user of an organisation.");
                    }

                    entry.Entity.OrganisationId = organisationId;
                    entry.Entity.CreatedAtUtc = now;
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.Revision = 1;
                    break;
                case EntityState.Modified:
                    // By name: the entity's property, not the interface's.
                    if (entry.Property(nameof(Organisations.IOrganisationOwned.OrganisationId)).IsModified)
                    {
                        throw new InvalidOperationException($"{what} cannot move to another organisation.");
                    }

                    entry.Entity.UpdatedAtUtc = now;
                    // The original value stays the one that was read, so the UPDATE's WHERE clause
                    // checks it: a stale copy matches no row and EF reports a concurrency conflict.
                    entry.Entity.Revision = entry.Property<long>(nameof(Organisations.IOrganisationOwned.Revision)).OriginalValue + 1;
                    break;
            }
        }
    }

    // A template version is written once: drafts name it. A recorded change of name or sharing is
    // written once too: it is the template's record. Both go only with their whole template.
    private static void RefuseRewrittenTemplateRecords(DbContext context)
    {
        var deletedTemplates = context.ChangeTracker.Entries<Templates.TenderTemplate>()
            .Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        RefuseRewritten<Templates.TemplateVersion>(context, deletedTemplates, "A template version never changes: publish a new one.");
        RefuseRewritten<Templates.TemplateChange>(context, deletedTemplates, "A template's recorded change never changes.");
    }

    private static void RefuseRewritten<TEntity>(DbContext context, HashSet<Guid> deletedTemplates, string message)
        where TEntity : class
    {
        foreach (var entry in context.ChangeTracker.Entries<TEntity>())
        {
            var withItsTemplate = entry.State == EntityState.Deleted && deletedTemplates.Contains((Guid)entry.Property("TemplateId").CurrentValue!);
            if (entry.State is EntityState.Modified || (entry.State == EntityState.Deleted && !withItsTemplate))
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
