using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Application.Organisations;

/// <summary>What a field of the buyer profile holds, and so how it is checked.</summary>
public enum BuyerProfileFieldKind
{
    Text,
    Email,
    WebAddress,
    Telephone,
    Nuts,
    Country,
    AuthorityType,
}

/// <summary>
/// One text field of a <see cref="BuyerProfile"/>: its path (the name problems and the audit
/// trail use), what it holds, its longest value, and how to read and write it on the record.
/// </summary>
/// <param name="Path">camelCase, dotted, as the profile's JSON ("contact.email").</param>
/// <param name="Kind">What it holds.</param>
/// <param name="MaxLength">The longest value accepted.</param>
/// <param name="Get">Reads the field.</param>
/// <param name="Set">A copy of the profile with the field set.</param>
public sealed record BuyerProfileField(
    string Path, BuyerProfileFieldKind Kind, int MaxLength, Func<BuyerProfile, string?> Get, Func<BuyerProfile, string?, BuyerProfile> Set);

/// <summary>
/// The buyer profile's fields, once: the service cleans and checks them from this list, the audit
/// trail compares them, and the page lays out its form from the same paths, so a field added here
/// is checked and recorded everywhere. The tender languages, a list, are the one field apart.
/// </summary>
public static partial class BuyerProfileFields
{
    public const string OfficialName = "officialName";
    public const string Country = "country";
    public const string AuthorityType = "authorityType";
    public const string RegistrationId = "registrationId";
    public const string Street = "address.street";
    public const string PostalCode = "address.postalCode";
    public const string City = "address.city";
    public const string Nuts = "address.nuts";
    public const string ContactName = "contact.name";
    public const string ContactEmail = "contact.email";
    public const string ContactPhone = "contact.phone";
    public const string ContactWebsite = "contact.website";
    public const string ReviewBodyName = "reviewBody.name";
    public const string ReviewBodyRegistrationId = "reviewBody.registrationId";
    public const string ReviewBodyStreet = "reviewBody.address.street";
    public const string ReviewBodyPostalCode = "reviewBody.address.postalCode";
    public const string ReviewBodyCity = "reviewBody.address.city";
    public const string ReviewBodyNuts = "reviewBody.address.nuts";
    public const string ReviewBodyCountry = "reviewBody.country";
    public const string ReviewBodyContactName = "reviewBody.contact.name";
    public const string ReviewBodyEmail = "reviewBody.contact.email";
    public const string ReviewBodyPhone = "reviewBody.contact.phone";
    public const string ReviewBodyWebsite = "reviewBody.contact.website";
    public const string ReviewDeadlines = "reviewDeadlines";
    public const string TenderLanguages = "tenderLanguages";

    /// <summary>The catalogue's question whose options are the countries a profile may name.</summary>
    public const string CountryQuestion = "tender.country";

    /// <summary>The catalogue's question whose options are the kinds of public body.</summary>
    public const string AuthorityTypeQuestion = "tender.authority_type";

    // The catalogue's own limit for the authority's name; the rest are generous for what they hold.
    private const int NameLength = 300;
    private const int ShortLength = 100;
    private const int AddressLength = 200;
    private const int CodeLength = 20;
    private const int AddressOnlineLength = 500;

    /// <summary>The 24 official languages of the EU by ISO 639-1 code, the values eForms takes for the languages of tenders.</summary>
    public static ImmutableArray<string> EuLanguages { get; } =
        ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];

    /// <summary>Every text field, in the order the page shows them.</summary>
    public static ImmutableArray<BuyerProfileField> All { get; } =
    [
        new(OfficialName, BuyerProfileFieldKind.Text, NameLength, p => p.OfficialName, (p, v) => p with { OfficialName = v }),
        new(Country, BuyerProfileFieldKind.Country, 2, p => p.Country, (p, v) => p with { Country = v }),
        new(AuthorityType, BuyerProfileFieldKind.AuthorityType, 40, p => p.AuthorityType, (p, v) => p with { AuthorityType = v }),
        new(RegistrationId, BuyerProfileFieldKind.Text, ShortLength, p => p.RegistrationId, (p, v) => p with { RegistrationId = v }),
        new(Street, BuyerProfileFieldKind.Text, AddressLength, p => p.Address.Street, (p, v) => p with { Address = p.Address with { Street = v } }),
        new(PostalCode, BuyerProfileFieldKind.Text, CodeLength, p => p.Address.PostalCode, (p, v) => p with { Address = p.Address with { PostalCode = v } }),
        new(City, BuyerProfileFieldKind.Text, ShortLength, p => p.Address.City, (p, v) => p with { Address = p.Address with { City = v } }),
        new(Nuts, BuyerProfileFieldKind.Nuts, 5, p => p.Address.Nuts, (p, v) => p with { Address = p.Address with { Nuts = v } }),
        new(ContactName, BuyerProfileFieldKind.Text, AddressLength, p => p.Contact.Name, (p, v) => p with { Contact = p.Contact with { Name = v } }),
        new(ContactEmail, BuyerProfileFieldKind.Email, 254, p => p.Contact.Email, (p, v) => p with { Contact = p.Contact with { Email = v } }),
        new(ContactPhone, BuyerProfileFieldKind.Telephone, 40, p => p.Contact.Phone, (p, v) => p with { Contact = p.Contact with { Phone = v } }),
        new(ContactWebsite, BuyerProfileFieldKind.WebAddress, AddressOnlineLength, p => p.Contact.Website, (p, v) => p with { Contact = p.Contact with { Website = v } }),
        new(ReviewBodyName, BuyerProfileFieldKind.Text, NameLength, p => p.ReviewBody.Name, (p, v) => p with { ReviewBody = p.ReviewBody with { Name = v } }),
        new(ReviewBodyRegistrationId, BuyerProfileFieldKind.Text, ShortLength, p => p.ReviewBody.RegistrationId,
            (p, v) => p with { ReviewBody = p.ReviewBody with { RegistrationId = v } }),
        new(ReviewBodyStreet, BuyerProfileFieldKind.Text, AddressLength, p => p.ReviewBody.Address.Street,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Address = p.ReviewBody.Address with { Street = v } } }),
        new(ReviewBodyPostalCode, BuyerProfileFieldKind.Text, CodeLength, p => p.ReviewBody.Address.PostalCode,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Address = p.ReviewBody.Address with { PostalCode = v } } }),
        new(ReviewBodyCity, BuyerProfileFieldKind.Text, ShortLength, p => p.ReviewBody.Address.City,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Address = p.ReviewBody.Address with { City = v } } }),
        new(ReviewBodyNuts, BuyerProfileFieldKind.Nuts, 5, p => p.ReviewBody.Address.Nuts,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Address = p.ReviewBody.Address with { Nuts = v } } }),
        new(ReviewBodyCountry, BuyerProfileFieldKind.Country, 2, p => p.ReviewBody.Country, (p, v) => p with { ReviewBody = p.ReviewBody with { Country = v } }),
        new(ReviewBodyContactName, BuyerProfileFieldKind.Text, AddressLength, p => p.ReviewBody.Contact.Name,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Contact = p.ReviewBody.Contact with { Name = v } } }),
        new(ReviewBodyEmail, BuyerProfileFieldKind.Email, 254, p => p.ReviewBody.Contact.Email,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Contact = p.ReviewBody.Contact with { Email = v } } }),
        new(ReviewBodyPhone, BuyerProfileFieldKind.Telephone, 40, p => p.ReviewBody.Contact.Phone,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Contact = p.ReviewBody.Contact with { Phone = v } } }),
        new(ReviewBodyWebsite, BuyerProfileFieldKind.WebAddress, AddressOnlineLength, p => p.ReviewBody.Contact.Website,
            (p, v) => p with { ReviewBody = p.ReviewBody with { Contact = p.ReviewBody.Contact with { Website = v } } }),
        new(ReviewDeadlines, BuyerProfileFieldKind.Text, Question.DefaultMaxLength, p => p.ReviewDeadlines, (p, v) => p with { ReviewDeadlines = v }),
    ];

    private static readonly Dictionary<string, BuyerProfileField> s_byPath = All.ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>The field at a path; throws for a path that is not one.</summary>
    public static BuyerProfileField Find(string path) =>
        s_byPath.TryGetValue(path, out var field) ? field : throw new ArgumentException($"The buyer profile has no field {path}.", nameof(path));

    /// <summary>The values the catalogue offers for the authority's country (the EU and EEA countries).</summary>
    public static IReadOnlyList<string> Countries(Catalogue catalogue) => OptionsOf(catalogue, CountryQuestion);

    /// <summary>The values the catalogue offers for the kind of public body (municipality, region, …).</summary>
    public static IReadOnlyList<string> AuthorityTypes(Catalogue catalogue) => OptionsOf(catalogue, AuthorityTypeQuestion);

    /// <summary>
    /// The value as stored: trimmed, nothing for blank, codes in the case their lists write them
    /// (country and NUTS upper case), so that "nl310 " and "NL310" are one value.
    /// </summary>
    public static string? Clean(BuyerProfileField field, string? value)
    {
        var clean = ControlCharacters.Remove(value ?? "").Text.Trim();
        return clean.Length == 0 ? null
            : field.Kind is BuyerProfileFieldKind.Country or BuyerProfileFieldKind.Nuts ? clean.ToUpperInvariant()
            : clean;
    }

    /// <summary>Whether a cleaned value has the shape its kind needs (the lists of countries and authority types are the caller's).</summary>
    internal static bool HasShape(BuyerProfileFieldKind kind, string value) => kind switch
    {
        BuyerProfileFieldKind.Email => EmailShape().IsMatch(value),
        BuyerProfileFieldKind.WebAddress => Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal),
        BuyerProfileFieldKind.Telephone => TelephoneShape().IsMatch(value) && value.Count(char.IsAsciiDigit) is >= 6 and <= 15,
        BuyerProfileFieldKind.Nuts => NutsShape().IsMatch(value),
        _ => true,
    };

    private static IReadOnlyList<string> OptionsOf(Catalogue catalogue, string questionId) =>
        [.. (catalogue.Questionnaire.Find(questionId)?.Options ?? []).Select(o => o.Value)];

    // One @, something before it, a domain with a dot after it, no spaces: what a person can check by eye.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailShape();

    // An optional +, then digits with the separators people write (spaces, hyphens, dots, slashes, brackets).
    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]*[0-9]$")]
    private static partial Regex TelephoneShape();

    // NUTS codes: the country's two letters, then one to three letters or digits per level (NL3, NL31, NL310).
    [GeneratedRegex(@"^[A-Z]{2}[A-Z0-9]{1,3}$")]
    private static partial Regex NutsShape();
}
