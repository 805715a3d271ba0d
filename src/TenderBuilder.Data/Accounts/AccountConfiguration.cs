using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Data.Accounts;

/// <summary>Names Identity's tables like the rest of the schema and ties users to organisations.</summary>
internal static class AccountConfiguration
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<TenderBuilderUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(TenderBuilderUser.DisplayNameMaxLength).IsRequired();
            user.Property(u => u.InterfaceLanguage).HasMaxLength(TenderBuilderUser.InterfaceLanguageMaxLength);
            // An organisation with users cannot be deleted by accident.
            user.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            user.HasIndex(u => u.OrganisationId);
        });
        model.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("roles");
            role.HasData(TenderBuilderRoles.Seed());
        });
        model.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        model.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        model.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        model.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        model.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }
}
