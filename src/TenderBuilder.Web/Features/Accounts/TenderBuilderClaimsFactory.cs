using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Web.Hosting;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>Puts the user's organisation, display name and interface language in the sign-in cookie, so no request needs a lookup to scope its data.</summary>
internal sealed class TenderBuilderClaimsFactory(
    UserManager<TenderBuilderUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TenderBuilderUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TenderBuilderUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenderBuilderClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(TenderBuilderClaims.DisplayName, user.DisplayName));
        if (InterfaceLanguages.Supported(user.InterfaceLanguage) is { } language)
        {
            identity.AddClaim(new Claim(TenderBuilderClaims.InterfaceLanguage, language));
        }

        return identity;
    }
}
