namespace TenderBuilder.Data.Organisations;

/// <summary>
/// Whose data a database context may see: the signed-in user's organisation. Every query of
/// organisation-owned data is filtered by it in the context itself, so no page or endpoint can
/// forget to. No organisation means nothing organisation-owned is visible, and nothing can be
/// created.
/// </summary>
public interface IOrganisationScope
{
    /// <summary>The organisation whose data is visible, or null for none.</summary>
    Guid? OrganisationId { get; }

    /// <summary>
    /// Whether the organisation's content (its drafts, their history and its templates) is visible
    /// at all. False for someone who only administers accounts: administrators manage people and
    /// organisations and never read what the organisations write, so to the database they are of no
    /// organisation. Decided here, once, for every page, download and service.
    /// </summary>
    bool SeesContent { get; }
}

/// <summary>A fixed scope: none (start-up, migrations, account administration) or one organisation (tests, tools).</summary>
public sealed class FixedOrganisationScope(Guid? organisationId) : IOrganisationScope
{
    /// <summary>Sees no organisation's data.</summary>
    public static readonly FixedOrganisationScope None = new(null);

    public Guid? OrganisationId { get; } = organisationId;

    /// <summary>A fixed organisation is named to work with its content.</summary>
    public bool SeesContent => OrganisationId is not null;
}
