using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Web.Features.Administration;

namespace TenderBuilder.Web.Tests.Features.Administration;

/// <summary>
/// What the administration pages say about a user and an organisation reads in the interface
/// language: the page's words from its resources, the roles by the vocabulary of that language.
/// </summary>
public sealed class AdministrationTextTests
{
    private static readonly IStringLocalizer<AdministrationText> s_words = Localization.InterfaceWords.For<AdministrationText>();

    private static readonly UserSummary s_anna = new(Guid.NewGuid(), "Anna de Vries", "anna@utrecht.test", Guid.NewGuid(), "Utrecht", ["Author", "Reviewer"], null);

    private static readonly OrganisationSummary s_utrecht = new(Guid.NewGuid(), "Utrecht", OrganisationKind.City, 1, 2);

    [Theory]
    [InlineData("en-GB", "Author, Reviewer", "Active", "Locked until 14:05", "Roles of Anna de Vries", "Author: writes and exports drafts")]
    [InlineData("nl-NL", "Opsteller, Beoordelaar", "Actief", "Geblokkeerd tot 14:05", "Rollen van Anna de Vries", "Opsteller: stelt concepten op en exporteert ze")]
    [InlineData("sv-SE", "Författare, Granskare", "Aktiv", "Spärrad till kl. 14:05", "Roller för Anna de Vries", "Författare: skriver och exporterar utkast")]
    [InlineData("de-DE", "Verfasser, Prüfer", "Aktiv", "Gesperrt bis 14:05 Uhr", "Rollen von Anna de Vries", "Verfasser: erstellt und exportiert Entwürfe")]
    public void A_user_s_roles_status_and_role_choice_read_in_the_interface_language(
        string culture, string roles, string active, string locked, string rolesOf, string authorChoice)
    {
        var lockedUntil = new DateTime(2027, 3, 1, 14, 5, 0, DateTimeKind.Local);
        var lockedOut = s_anna with { LockedUntil = new DateTimeOffset(lockedUntil) };

        var said = In(culture, () => (
            AdministrationText.Roles(s_anna),
            AdministrationText.Status(s_anna, s_words),
            AdministrationText.Status(lockedOut, s_words),
            AdministrationText.RolesOf(s_anna, s_words),
            AdministrationText.RoleChoice("Author")));

        said.ShouldBe((roles, active, locked, rolesOf, authorChoice));
    }

    [Theory]
    [InlineData("en-GB", true, "Drafts of Utrecht are approved by a second person again.")]
    [InlineData("en-GB", false, "Four-eyes approval is off for Utrecht: its approvals by the submitter or last editor say so in the draft's history.")]
    [InlineData("nl-NL", true, "Concepten van Utrecht worden weer door een tweede persoon goedgekeurd.")]
    [InlineData("de-DE", false, "Das Vier-Augen-Prinzip ist für Utrecht ausgeschaltet: Freigaben durch die einreichende oder zuletzt bearbeitende Person werden im Verlauf des Entwurfs als solche vermerkt.")]
    public void Switching_four_eyes_approval_says_what_it_did_in_the_interface_language(string culture, bool required, string expected) =>
        In(culture, () => AdministrationText.FourEyesSwitched(s_utrecht, required, s_words)).ShouldBe(expected);

    private static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
