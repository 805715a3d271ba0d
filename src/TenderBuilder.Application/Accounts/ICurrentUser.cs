using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Application.Accounts;

/// <summary>
/// Who is acting, for the application's services: the person, their organisation and their roles.
/// The web app fills it from the sign-in cookie of the request or circuit; tests fill it directly;
/// later an API key acting for its organisation can too. It is also the database's organisation
/// scope (ADR 0006), so the one object that says who acts also decides what they may see.
/// </summary>
public interface ICurrentUser : IOrganisationScope
{
    /// <summary>The person, when someone is signed in.</summary>
    Guid? UserId { get; }

    /// <summary>Their name as shown in histories and reviews.</summary>
    string DisplayName { get; }

    /// <summary>Whether they hold the role (<see cref="TenderBuilder.Data.Accounts.TenderBuilderRoles"/>).</summary>
    /// <remarks>What each role may do is <see cref="ContentPermissions"/>' to say, not the caller's.</remarks>
    bool IsInRole(string role);

    /// <summary>
    /// Whether another system acts through an API key rather than a person. A key holds the roles
    /// its scopes need to read and change drafts, never a step of the review: approving is a person's act.
    /// </summary>
    bool ActsForApiKey => false;
}

/// <summary>Refused because the user's roles do not allow it (a reviewer trying to change a draft).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
