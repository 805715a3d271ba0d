using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Administration;

/// <summary>
/// What the administration pages say about users, roles and organisations, in the language of the
/// interface: its own words from its resources (ADR 0018), the roles' names from the vocabulary of
/// that language.
/// </summary>
internal sealed class AdministrationText
{
    private AdministrationText()
    {
    }

    /// <summary>"Author, Reviewer": the user's roles by the vocabulary's names.</summary>
    public static string Roles(UserSummary user) => string.Join(", ", user.Roles.Select(role => Words.Role(role).Label));

    /// <summary>"Locked until 14:05" while failed sign-ins lock the user out, else "Active".</summary>
    public static string Status(UserSummary user, IStringLocalizer<AdministrationText> words) =>
        user.LockedUntil is { } until ? words["LockedUntil", until.ToLocalTime()] : words["Active"];

    /// <summary>The label of a user's role choice: "Roles of Anna de Vries".</summary>
    public static string RolesOf(UserSummary user, IStringLocalizer<AdministrationText> words) => words["RolesOf", user.Name];

    /// <summary>A role's check box: "Author: writes and exports drafts".</summary>
    public static string RoleChoice(string role) => Words.Role(role) is { Help: { } help } term ? $"{term.Label}: {help}" : Words.Role(role).Label;

    /// <summary>What switching four-eyes approval on or off for an organisation did.</summary>
    public static string FourEyesSwitched(OrganisationSummary organisation, bool required, IStringLocalizer<AdministrationText> words) => required
        ? words["FourEyesOn", organisation.Name]
        : words["FourEyesOff", organisation.Name];

    // The vocabulary of the interface language; English for a language without one.
    private static Vocabulary Words => TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary;
}
