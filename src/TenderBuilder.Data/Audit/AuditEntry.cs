namespace TenderBuilder.Data.Audit;

/// <summary>
/// One change to a draft, for its audit trail: who, when, what (an answer, a tender detail, an
/// exclusion, a parameter, a clause of the officer's own, the draft itself) and the values before
/// and after. Belongs to the draft's organisation, like the draft. A change to an organisation's
/// buyer profile is recorded the same way, with the organisation in place of the draft
/// (<see cref="BuyerProfileKind"/>, ADR 0020), and so is an API key's creation or revocation
/// (<see cref="ApiKeyKind"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The kind of an entry that records a change to an organisation's buyer profile; its subject is the field's path.</summary>
    public const string BuyerProfileKind = "BuyerProfile";

    /// <summary>
    /// The kind of an entry that records an API key being created or revoked, with the organisation
    /// in place of the draft; its subject is the event, its after the key's name and what it may do
    /// (never the key itself nor its hash).
    /// </summary>
    public const string ApiKeyKind = "ApiKey";

    /// <summary>The longest value kept; longer ones are cut with a marker (the draft holds the whole).</summary>
    public const int ValueMaxLength = 4000;

    public long Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>
    /// The draft the change was made to; for a <see cref="BuyerProfileKind"/> entry, the organisation
    /// whose profile changed, for an <see cref="ApiKeyKind"/> entry the organisation whose key it is
    /// (ids never collide, and no draft's history asks for it).
    /// </summary>
    public Guid DraftId { get; set; }

    /// <summary>When (UTC); a later change of the same item by the same person shortly after moves it on.</summary>
    public DateTime AtUtc { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>The person's name as it was then.</summary>
    public string UserName { get; set; } = "";

    /// <summary>TenderDetail, Answer, Exclusion, ParameterOverride, CustomClause, Draft, Status, BuyerProfile or ApiKey.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Which item: a question id, a clause id, a metadata path, "created", …</summary>
    public string Subject { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }
}
