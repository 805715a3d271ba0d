using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TenderBuilder.Data.ApiKeys;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("api_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).HasColumnName("id").ValueGeneratedNever();
        key.Property(k => k.OrganisationId).HasColumnName("organisation_id");
        key.Property(k => k.Name).HasColumnName("name").HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        key.Property(k => k.LookupId).HasColumnName("lookup_id").HasMaxLength(32).IsRequired();
        key.Property(k => k.SecretHash).HasColumnName("secret_hash").HasMaxLength(64).IsRequired();
        key.Property(k => k.Scopes).HasColumnName("scopes");
        key.Property(k => k.CreatedAtUtc).HasColumnName("created_at_utc").HasConversion(UtcTimes.Converter);
        key.Property(k => k.CreatedBy).HasColumnName("created_by").HasMaxLength(200).IsRequired();
        key.Property(k => k.ExpiresAtUtc).HasColumnName("expires_at_utc").HasConversion(UtcTimes.Converter);
        key.Property(k => k.RevokedAtUtc).HasColumnName("revoked_at_utc").HasConversion(UtcTimes.Converter);
        key.Property(k => k.RevokedBy).HasColumnName("revoked_by").HasMaxLength(200);
        key.Property(k => k.LastUsedAtUtc).HasColumnName("last_used_at_utc").HasConversion(UtcTimes.Converter);
        key.HasIndex(k => k.LookupId).IsUnique();
        key.HasIndex(k => k.OrganisationId);
        key.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiAccessRecordConfiguration : IEntityTypeConfiguration<ApiAccessRecord>
{
    public void Configure(EntityTypeBuilder<ApiAccessRecord> record)
    {
        record.ToTable("api_access_log");
        record.HasKey(r => r.Id);
        record.Property(r => r.Id).HasColumnName("id");
        record.Property(r => r.OrganisationId).HasColumnName("organisation_id");
        record.Property(r => r.KeyId).HasColumnName("key_id");
        record.Property(r => r.AtUtc).HasColumnName("at_utc").HasConversion(UtcTimes.Converter);
        record.Property(r => r.Method).HasColumnName("method").HasMaxLength(ApiAccessRecord.MethodMaxLength).IsRequired();
        record.Property(r => r.Path).HasColumnName("path").HasMaxLength(ApiAccessRecord.PathMaxLength).IsRequired();
        record.Property(r => r.Status).HasColumnName("status");
        record.HasIndex(r => new { r.KeyId, r.AtUtc });
        record.HasIndex(r => new { r.OrganisationId, r.AtUtc });
        // Keys are revoked, never deleted, so this only acts when their organisation goes: its log
        // goes with it instead of being left behind under an organisation that no longer exists.
        record.HasOne<ApiKey>().WithMany().HasForeignKey(r => r.KeyId).OnDelete(DeleteBehavior.Cascade);
    }
}
