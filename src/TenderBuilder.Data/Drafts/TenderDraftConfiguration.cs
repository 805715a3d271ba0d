using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Data.Drafts;

internal sealed class TenderDraftConfiguration : IEntityTypeConfiguration<TenderDraft>
{
    public void Configure(EntityTypeBuilder<TenderDraft> draft)
    {
        draft.ToTable("tender_drafts");
        draft.HasKey(d => d.Id);
        draft.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        draft.Property(d => d.Title).HasColumnName("title").HasMaxLength(TenderDraft.TitleMaxLength).IsRequired();
        draft.Property(d => d.InputJson).HasColumnName("input_json").IsRequired();
        draft.Property(d => d.CreatedAtUtc).HasColumnName("created_at_utc").HasConversion(UtcTimes.Converter);
        draft.Property(d => d.UpdatedAtUtc).HasColumnName("updated_at_utc").HasConversion(UtcTimes.Converter);
        draft.Property(d => d.Revision).HasColumnName("revision").IsConcurrencyToken();
        draft.Property(d => d.OrganisationId).HasColumnName("organisation_id");
        draft.Property(d => d.TemplateJson).HasColumnName("template_json");
        // By name, so a reordered enum never changes what a row means; existing drafts are drafts.
        draft.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20)
            .HasDefaultValue(TenderBuilder.Core.Review.DraftStatus.Draft).HasSentinel(TenderBuilder.Core.Review.DraftStatus.Draft);
        draft.Property(d => d.DeletedAtUtc).HasColumnName("deleted_at_utc").HasConversion(UtcTimes.Converter);
        draft.Property(d => d.DeletedBy).HasColumnName("deleted_by").HasMaxLength(200);
        draft.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        draft.HasIndex(d => new { d.OrganisationId, d.UpdatedAtUtc });
    }
}
