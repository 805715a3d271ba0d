using TenderBuilder.Application.Accounts;
using TenderBuilder.Data.Accounts;

namespace TenderBuilder.Application.Tests;

/// <summary>
/// Someone acting, filled in directly, as an API key or a background job would be: the web app's
/// sign-in cookie is not needed to say who acts.
/// </summary>
/// <param name="UserId">The person.</param>
/// <param name="DisplayName">Their name as histories show it.</param>
/// <param name="OrganisationId">Their organisation; null for nobody's.</param>
/// <param name="Roles">Their roles.</param>
public sealed record TestUser(Guid? UserId, string DisplayName, Guid? OrganisationId, IReadOnlyList<string> Roles) : ICurrentUser
{
    /// <summary>No one: no organisation, no roles (start-up, a job that names no scope).</summary>
    public static readonly TestUser Nobody = new(null, "", null, []);

    /// <summary>Their organisation's name, for failure messages.</summary>
    public string OrganisationName { get; init; } = "";

    public bool IsInRole(string role) => Roles.Contains(role);

    // As the web app's signed-in user: an administrator who is neither author nor reviewer sees no content (ADR 0006).
    public bool SeesContent => IsInRole(TenderBuilderRoles.Author) || IsInRole(TenderBuilderRoles.Reviewer);

    public override string ToString() => $"{DisplayName} ({string.Join(", ", Roles)})";
}
