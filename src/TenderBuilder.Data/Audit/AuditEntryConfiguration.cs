using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        entry.Property(e => e.OrganisationId).HasColumnName("organisation_id");
        entry.Property(e => e.DraftId).HasColumnName("draft_id");
        entry.Property(e => e.AtUtc).HasColumnName("at_utc").HasConversion(UtcTimes.Converter);
        entry.Property(e => e.UserId).HasColumnName("user_id");
        entry.Property(e => e.UserName).HasColumnName("user_name").HasMaxLength(200).IsRequired();
        entry.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(40).IsRequired();
        entry.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(300).IsRequired();
        entry.Property(e => e.Before).HasColumnName("before_value").HasMaxLength(AuditEntry.ValueMaxLength);
        entry.Property(e => e.After).HasColumnName("after_value").HasMaxLength(AuditEntry.ValueMaxLength);
        entry.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to the draft on purpose: the trail is a record that outlives its draft, so
        // removing a draft's row (a purge, a manual clean-up) never takes its history with it.
        entry.HasIndex(e => new { e.DraftId, e.AtUtc });
    }
}
