using TenderBuilder.Application.Accounts;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Administration;

/// <summary>What the administration pages say about users, roles and organisations.</summary>
internal static class AdministrationText
{
    /// <summary>"Author, Reviewer": the user's roles by the vocabulary's names.</summary>
    public static string Roles(UserSummary user) => string.Join(", ", user.Roles.Select(role => Vocabulary.English.Role(role).Label));

    /// <summary>"Locked until 14:05" while failed sign-ins lock the user out, else "Active".</summary>
    public static string Status(UserSummary user) => user.LockedUntil is { } until ? $"Locked until {until.ToLocalTime():HH:mm}" : "Active";

    /// <summary>The label of a user's role choice: "Roles of Anna de Vries".</summary>
    public static string RolesOf(UserSummary user) => $"Roles of {user.Name}";

    /// <summary>A role's check box: "Author: writes and exports drafts".</summary>
    public static string RoleChoice(string role) => Vocabulary.English.Role(role) is { Help: { } help } term ? $"{term.Label}: {help}" : Vocabulary.English.Role(role).Label;

    /// <summary>What switching four-eyes approval on or off for an organisation did.</summary>
    public static string FourEyesSwitched(OrganisationSummary organisation, bool required) => required
        ? $"Drafts of {organisation.Name} are approved by a second person again."
        : $"Four-eyes approval is off for {organisation.Name}: its approvals by the submitter or last editor say so in the draft's history.";
}
