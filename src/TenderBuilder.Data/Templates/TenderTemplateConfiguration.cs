using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Data.Templates;

internal sealed class TenderTemplateConfiguration : IEntityTypeConfiguration<TenderTemplate>
{
    public void Configure(EntityTypeBuilder<TenderTemplate> template)
    {
        template.ToTable("tender_templates");
        template.HasKey(t => t.Id);
        template.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
        template.Property(t => t.OrganisationId).HasColumnName("organisation_id");
        template.Property(t => t.Name).HasColumnName("name").HasMaxLength(TenderTemplate.NameMaxLength).IsRequired();
        template.Property(t => t.Description).HasColumnName("description").HasMaxLength(TenderTemplate.DescriptionMaxLength).IsRequired();
        template.Property(t => t.Sharing).HasColumnName("sharing").HasConversion<string>().HasMaxLength(30);
        template.Property(t => t.CreatedAtUtc).HasColumnName("created_at_utc").HasConversion(UtcTimes.Converter);
        template.Property(t => t.UpdatedAtUtc).HasColumnName("updated_at_utc").HasConversion(UtcTimes.Converter);
        template.Property(t => t.Revision).HasColumnName("revision").IsConcurrencyToken();
        template.Ignore(t => t.Current);
        template.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        template.HasIndex(t => t.OrganisationId);

        // Owned: versions and shares are only ever reached through their template, so they are
        // filtered with it and can never be read on their own.
        template.OwnsMany(t => t.Shares, share =>
        {
            share.ToTable("template_shares");
            share.WithOwner().HasForeignKey("TemplateId");
            share.Property<Guid>("TemplateId").HasColumnName("template_id");
            share.Property(s => s.OrganisationId).HasColumnName("organisation_id");
            share.HasKey("TemplateId", nameof(TemplateShare.OrganisationId));
            share.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            share.HasIndex(s => s.OrganisationId);
        });
        template.OwnsMany(t => t.Versions, version =>
        {
            version.ToTable("template_versions");
            version.WithOwner().HasForeignKey("TemplateId");
            version.Property<Guid>("TemplateId").HasColumnName("template_id");
            version.Property(v => v.Number).HasColumnName("number").ValueGeneratedNever();
            version.HasKey("TemplateId", nameof(TemplateVersion.Number));
            version.Property(v => v.InputJson).HasColumnName("input_json").IsRequired();
            version.Property(v => v.LocksJson).HasColumnName("locks_json").IsRequired();
            version.Property(v => v.Note).HasColumnName("note").HasMaxLength(1000).IsRequired();
            version.Property(v => v.CreatedBy).HasColumnName("created_by").HasMaxLength(200).IsRequired();
            version.Property(v => v.CreatedAtUtc).HasColumnName("created_at_utc").HasConversion(UtcTimes.Converter);
        });
        template.OwnsMany(t => t.Changes, change =>
        {
            change.ToTable("template_changes");
            change.WithOwner().HasForeignKey("TemplateId");
            change.Property<Guid>("TemplateId").HasColumnName("template_id");
            change.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
            change.HasKey("TemplateId", nameof(TemplateChange.Id));
            change.Property(c => c.Note).HasColumnName("note").HasMaxLength(TemplateChange.NoteMaxLength).IsRequired();
            change.Property(c => c.ChangedBy).HasColumnName("changed_by").HasMaxLength(200).IsRequired();
            change.Property(c => c.ChangedAtUtc).HasColumnName("changed_at_utc").HasConversion(UtcTimes.Converter);
        });
    }
}
