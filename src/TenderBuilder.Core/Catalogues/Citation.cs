namespace TenderBuilder.Core.Catalogues;

/// <summary>Whether a citation has been checked against the primary text.</summary>
public enum VerificationStatus
{
    /// <summary>Confirmed against the primary text (the section of the verified facts is recorded).</summary>
    Verified,

    /// <summary>Not confirmed yet: a lawyer must check it before publication.</summary>
    ToVerify,
}

/// <summary>A reference to a place in a source document.</summary>
/// <param name="SourceId">The id of the document in sources.yaml.</param>
/// <param name="Locator">Article, annex point, section or table.</param>
/// <param name="VerifiedIn">The verified-facts section confirming it, or null when it is still to verify.</param>
public sealed record Citation(string SourceId, string Locator, string? VerifiedIn)
{
    /// <summary>Verified only where the verified facts confirm it.</summary>
    public VerificationStatus Status => VerifiedIn is null ? VerificationStatus.ToVerify : VerificationStatus.Verified;
}
