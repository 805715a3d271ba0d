namespace TenderBuilder.Data.ApiKeys;

/// <summary>
/// One request made with an API key: the access log. Changes are in the audit trail under the
/// key's name as well; this records reads and builds too, which the trail does not.
/// </summary>
public sealed class ApiAccessRecord
{
    public const int PathMaxLength = 400;

    public const int MethodMaxLength = 10;

    public long Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid KeyId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>GET, POST, PUT, PATCH or DELETE (whatever a client sent, cut to <see cref="MethodMaxLength"/>).</summary>
    public string Method { get; set; } = "";

    /// <summary>The path asked for, without the query (which may hold search text), cut to <see cref="PathMaxLength"/>.</summary>
    public string Path { get; set; } = "";

    /// <summary>The HTTP status answered.</summary>
    public int Status { get; set; }
}
