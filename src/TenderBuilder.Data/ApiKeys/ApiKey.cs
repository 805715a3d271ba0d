namespace TenderBuilder.Data.ApiKeys;

/// <summary>
/// A key with which another system acts for an organisation through the HTTP API, within its
/// scopes. Only a hash of the secret is stored: the whole key is shown once, when it is created.
/// A revoked or expired key stays, so the audit trail and access log keep a name to point to.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>What the administrator called it ("Negometrix sync"); the audit trail names changes by it.</summary>
    public string Name { get; set; } = "";

    /// <summary>The public part of the key, which finds its row without comparing every hash (unique).</summary>
    public string LookupId { get; set; } = "";

    /// <summary>SHA-256 of the whole key, lower-case hex. The key is 256 random bits, so a fast hash is enough.</summary>
    public string SecretHash { get; set; } = "";

    public ApiKeyScopes Scopes { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The administrator who created it, by name as it was then.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>When it stops working; null for a key that never expires.</summary>
    public DateTime? ExpiresAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>The last time it was accepted, to the minute (written at most once a minute).</summary>
    public DateTime? LastUsedAtUtc { get; set; }
}
