using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TenderBuilder.Data.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable("organisations");
        organisation.HasKey(o => o.Id);
        organisation.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        organisation.Property(o => o.Name).HasColumnName("name").HasMaxLength(Organisation.NameMaxLength).IsRequired();
        // Stored by name, so a reordered enum never changes what a row means.
        organisation.Property(o => o.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        // Existing organisations keep four-eyes approval; true is the sentinel so that false is written.
        organisation.Property(o => o.FourEyesRequired).HasColumnName("four_eyes_required").HasDefaultValue(true).HasSentinel(true);
        // One JSON text column, like a draft's input: the profile's shape follows the TenderInput's records (ADR 0020).
        organisation.Property(o => o.BuyerProfileJson).HasColumnName("buyer_profile_json");
        organisation.HasIndex(o => o.Name).IsUnique();
    }
}
