using System.Text.Json;
using System.Text.Json.Serialization;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Data.Organisations;

/// <summary>
/// What an organisation says about itself as a buyer, entered once by its administrator and
/// copied into every new draft where the draft holds nothing yet: the contracting authority's
/// identity, address and contact, the body that hears appeals, the appeal deadlines and the
/// languages tenders may be written in (the EU notice needs them all). Built from the
/// <see cref="TenderInput"/>'s own records, so a profile and a draft never disagree on shape.
/// Stored as one JSON text column on the organisation (ADR 0020).
/// </summary>
public sealed record BuyerProfile
{
    /// <summary>An organisation that has entered nothing: its drafts get its name alone.</summary>
    public static readonly BuyerProfile Empty = new();

    /// <summary>The authority's official name; null means the organisation's name.</summary>
    public string? OfficialName { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of an EU or EEA country (an option of the catalogue's country question).</summary>
    public string? Country { get; init; }

    /// <summary>An option of the catalogue's authority type question: municipality, region, central_government, other_public_body.</summary>
    public string? AuthorityType { get; init; }

    /// <summary>The number in the national register of legal persons (eForms BT-501).</summary>
    public string? RegistrationId { get; init; }

    /// <summary>The postal address; its country is <see cref="Country"/>.</summary>
    public PostalAddress Address { get; init; } = new();

    /// <summary>How bidders reach the authority.</summary>
    public ContactDetails Contact { get; init; } = new();

    /// <summary>The body that hears appeals against the authority's procurements.</summary>
    public OrganisationDetails ReviewBody { get; init; } = new();

    /// <summary>The deadlines for an appeal, in words.</summary>
    public string? ReviewDeadlines { get; init; }

    /// <summary>Languages tenders may be written in, as ISO 639-1 codes (eForms BT-97).</summary>
    public IReadOnlyList<string> TenderLanguages { get; init; } = [];

    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A profile written by a later version reads in an earlier one; what it does not know it drops.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The profile as the organisation's column stores it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_options);

    /// <summary>
    /// The profile of a stored column; <see cref="Empty"/> for none. A column that cannot be read
    /// gives the empty profile rather than stopping every new draft of the organisation; the
    /// administrator sees the empty form and enters it again.
    /// </summary>
    public static BuyerProfile FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<BuyerProfile>(json, s_options) ?? Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }
}
