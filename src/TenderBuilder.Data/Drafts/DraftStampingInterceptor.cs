using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TenderBuilder.Data.Drafts;

/// <summary>
/// Stamps timestamps and bumps the concurrency token on every saved draft, and gives a new draft
/// the context's organisation, so no caller can forget to and the rules hold for the web app, the
/// command line and tests alike. A draft cannot be created without an organisation nor moved to
/// another one.
/// </summary>
internal sealed class DraftStampingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var organisationId = (context as TenderBuilderDbContext)?.OrganisationId ?? Guid.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<Audit.AuditEntry>().Where(e => e.State == EntityState.Added))
        {
            // An audit entry belongs to its draft's organisation, which is the context's: the filter
            // hides every other organisation's drafts.
            entry.Entity.OrganisationId = organisationId != Guid.Empty
                ? organisationId
                : throw new InvalidOperationException("An audit entry can only be written by a user of an organisation.");
        }

        StampTemplates(context, organisationId, now);
        foreach (var entry in context.ChangeTracker.Entries<TenderDraft>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (organisationId == Guid.Empty)
                    {
                        throw new InvalidOperationException("A draft can only be created by a user of an organisation.");
                    }

                    entry.Entity.OrganisationId = organisationId;
                    entry.Entity.CreatedAtUtc = now;
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.Revision = 1;
                    break;
                case EntityState.Modified:
                    if (entry.Property(d => d.OrganisationId).IsModified)
                    {
                        throw new InvalidOperationException("A draft cannot move to another organisation.");
                    }

                    if (entry.Property(d => d.TemplateJson).IsModified)
                    {
                        throw new InvalidOperationException("A draft's template and its locks never change.");
                    }

                    entry.Entity.UpdatedAtUtc = now;
                    // The original value stays the one that was read, so the UPDATE's WHERE clause
                    // checks it: a stale copy matches no row and EF reports a concurrency conflict.
                    entry.Entity.Revision = entry.Property(d => d.Revision).OriginalValue + 1;
                    break;
            }
        }
    }

    // The same rules for templates: the creator's organisation owns it for good, and a version
    // once written is never rewritten (drafts name it).
    private static void StampTemplates(DbContext context, Guid organisationId, DateTime now)
    {
        var deletedTemplates = context.ChangeTracker.Entries<Templates.TenderTemplate>()
            .Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        foreach (var entry in context.ChangeTracker.Entries<Templates.TemplateVersion>())
        {
            // Versions go only with their whole template.
            var withItsTemplate = entry.State == EntityState.Deleted && deletedTemplates.Contains((Guid)entry.Property("TemplateId").CurrentValue!);
            if (entry.State is EntityState.Modified || (entry.State == EntityState.Deleted && !withItsTemplate))
            {
                throw new InvalidOperationException("A template version never changes: publish a new one.");
            }
        }

        foreach (var entry in context.ChangeTracker.Entries<Templates.TenderTemplate>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.OrganisationId = organisationId != Guid.Empty
                        ? organisationId
                        : throw new InvalidOperationException("A template can only be created by a user of an organisation.");
                    entry.Entity.CreatedAtUtc = now;
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.Revision = 1;
                    break;
                case EntityState.Modified:
                    if (entry.Property(t => t.OrganisationId).IsModified)
                    {
                        throw new InvalidOperationException("A template cannot move to another organisation.");
                    }

                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.Revision = entry.Property(t => t.Revision).OriginalValue + 1;
                    break;
            }
        }
    }
}
