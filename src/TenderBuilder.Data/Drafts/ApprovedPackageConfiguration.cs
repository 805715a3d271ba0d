using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Data.Drafts;

internal sealed class ApprovedPackageConfiguration : IEntityTypeConfiguration<ApprovedPackage>
{
    public void Configure(EntityTypeBuilder<ApprovedPackage> package)
    {
        package.ToTable("approved_packages");
        package.HasKey(p => p.DraftId);
        package.Property(p => p.DraftId).HasColumnName("draft_id").ValueGeneratedNever();
        package.Property(p => p.OrganisationId).HasColumnName("organisation_id");
        package.Property(p => p.ApprovedAtUtc).HasColumnName("approved_at_utc").HasConversion(UtcTimes.Converter);
        package.Property(p => p.Zip).HasColumnName("zip").IsRequired();
        package.Property(p => p.FilesJson).HasColumnName("files_json").IsRequired();
        // The package is part of its draft: it goes only if the draft's row itself is ever purged.
        package.HasOne<TenderDraft>().WithOne().HasForeignKey<ApprovedPackage>(p => p.DraftId).OnDelete(DeleteBehavior.Cascade);
        package.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
