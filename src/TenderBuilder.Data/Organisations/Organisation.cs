namespace TenderBuilder.Data.Organisations;

/// <summary>
/// A city, a region or a consultancy: the unit that owns drafts. Its users see its drafts and no
/// one else's.
/// </summary>
public sealed class Organisation
{
    /// <summary>The longest name accepted.</summary>
    public const int NameMaxLength = 200;

    /// <summary>
    /// The organisation that drafts made before organisations existed were moved into. It exists
    /// only in databases that had drafts then; administrators may rename it.
    /// </summary>
    public static readonly Guid DefaultId = new("7d0c7a4e-5d2b-4f6b-9a51-0e8f2c1b7a01");

    /// <summary>The name the migration gives <see cref="DefaultId"/>.</summary>
    public const string DefaultName = "Default organisation";

    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    /// <summary>
    /// Whether a draft must be approved by someone other than the person who submitted it and the
    /// person who last changed it. On unless an administrator switches it off for an organisation
    /// with a single officer; approvals made while it is off say so in the draft's history.
    /// </summary>
    public bool FourEyesRequired { get; set; } = true;

    /// <summary>
    /// The organisation's buyer profile as JSON (<see cref="BuyerProfile.ToJson"/>), or null until
    /// its administrator first saves one. Read it with <see cref="BuyerProfile.FromJson"/>.
    /// </summary>
    public string? BuyerProfileJson { get; set; }
}

/// <summary>What sort of body an organisation is.</summary>
public enum OrganisationKind
{
    City,
    Region,
    Consultancy,
}
