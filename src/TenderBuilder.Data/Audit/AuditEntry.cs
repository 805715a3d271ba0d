namespace TenderBuilder.Data.Audit;

/// <summary>
/// One change to a draft, for its audit trail: who, when, what (an answer, a tender detail, an
/// exclusion, a parameter, a clause of the officer's own, the draft itself) and the values before
/// and after. Belongs to the draft's organisation, like the draft.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The longest value kept; longer ones are cut with a marker (the draft holds the whole).</summary>
    public const int ValueMaxLength = 4000;

    public long Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid DraftId { get; set; }

    /// <summary>When (UTC); a later change of the same item by the same person shortly after moves it on.</summary>
    public DateTime AtUtc { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>The person's name as it was then.</summary>
    public string UserName { get; set; } = "";

    /// <summary>TenderDetail, Answer, Exclusion, ParameterOverride, CustomClause or Draft.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Which item: a question id, a clause id, a metadata path, "created", …</summary>
    public string Subject { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }
}
