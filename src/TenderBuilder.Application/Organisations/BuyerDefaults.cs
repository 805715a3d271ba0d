using Microsoft.EntityFrameworkCore;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Application.Organisations;

/// <summary>
/// What a new draft takes from its organisation's buyer profile (ADR 0020): the authority's name,
/// country, kind, registration number, address and contact, the review body, the appeal deadlines
/// and the languages of tenders — each only where the draft holds nothing yet, so what a template
/// or a file brings always wins.
/// </summary>
/// <remarks>
/// An address, a contact point and a review body are taken whole or not at all: a template that
/// gives a street keeps its own address rather than one patched with the profile's town.
/// </remarks>
internal static class BuyerDefaults
{
    /// <summary>The input with its empty buyer fields filled from the organisation's profile (its name when the profile has no official name).</summary>
    public static TenderInput Fill(TenderInput input, BuyerProfile profile, string organisationName)
    {
        var authority = input.Tender.Authority;
        var notice = input.Tender.Notice;
        authority = authority with
        {
            Name = Or(authority.Name, Or(profile.OfficialName, organisationName)),
            Country = Or(authority.Country, profile.Country),
            Type = Or(authority.Type, profile.AuthorityType),
            RegistrationId = Or(authority.RegistrationId, profile.RegistrationId),
            Address = IsEmpty(authority.Address) ? profile.Address : authority.Address,
            Contact = IsEmpty(authority.Contact) ? profile.Contact : authority.Contact,
        };
        notice = notice with
        {
            ReviewBody = IsEmpty(notice.ReviewBody) ? profile.ReviewBody : notice.ReviewBody,
            ReviewDeadlines = Or(notice.ReviewDeadlines, profile.ReviewDeadlines),
            TenderLanguages = notice.TenderLanguages is { Count: > 0 } || profile.TenderLanguages.Count == 0 ? notice.TenderLanguages : profile.TenderLanguages,
        };
        return input with { Tender = input.Tender with { Authority = authority, Notice = notice } };
    }

    /// <summary>The input filled from the profile of the organisation the context works for.</summary>
    public static async Task<TenderInput> FillAsync(TenderBuilderDbContext db, Guid organisationId, TenderInput input, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.BuyerProfileJson }).SingleOrDefaultAsync(cancellationToken);
        // No organisation: the save refuses the draft anyway, with its own reason.
        return organisation is null ? input : Fill(input, BuyerProfile.FromJson(organisation.BuyerProfileJson), organisation.Name);
    }

    private static string? Or(string? given, string? fallback) => string.IsNullOrWhiteSpace(given) ? (string.IsNullOrWhiteSpace(fallback) ? given : fallback) : given;

    private static bool IsEmpty(PostalAddress address) =>
        Blank(address.Street) && Blank(address.City) && Blank(address.PostalCode) && Blank(address.Nuts);

    private static bool IsEmpty(ContactDetails contact) =>
        Blank(contact.Name) && Blank(contact.Email) && Blank(contact.Phone) && Blank(contact.Website);

    private static bool IsEmpty(OrganisationDetails body) =>
        Blank(body.Name) && Blank(body.RegistrationId) && Blank(body.Country) && IsEmpty(body.Address) && IsEmpty(body.Contact);

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
