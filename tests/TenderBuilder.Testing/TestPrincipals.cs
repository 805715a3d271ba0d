using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Application.Accounts;

namespace TenderBuilder.Testing;

/// <summary>
/// Signed-in users for component tests that run without the app's sign-in: the same claims the
/// app's sign-in cookie carries (organisation, name, roles).
/// </summary>
public static class TestPrincipals
{
    public static ClaimsPrincipal Author(Guid organisationId) => For(organisationId, TenderBuilderRoles.Author);

    public static ClaimsPrincipal For(Guid organisationId, params string[] roles) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new Claim(ClaimTypes.Name, "officer@utrecht.test"),
            new Claim(TenderBuilderClaims.Organisation, organisationId.ToString()),
            new Claim(TenderBuilderClaims.DisplayName, "Test officer"),
            .. roles.Select(role => new Claim(ClaimTypes.Role, role)),
        ], authenticationType: "Test"));
}

/// <summary>Contexts for one organisation scope, for component tests that build their services by hand.</summary>
public sealed class OrganisationContexts(DbContextOptions<TenderBuilderDbContext> options, IOrganisationScope scope)
    : IDbContextFactory<TenderBuilderDbContext>
{
    public TenderBuilderDbContext CreateDbContext() => new(options, scope);
}
