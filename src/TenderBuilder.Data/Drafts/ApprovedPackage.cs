namespace TenderBuilder.Data.Drafts;

/// <summary>
/// The tender package of an approved draft, exactly as it was built when the reviewer approved it:
/// the ZIP's bytes and every file's SHA-256. Downloads of an approved draft come from here, never
/// from a rebuild, because a rebuild on another day (or with another catalogue) is not what was
/// approved. Written once, with the approval; never changed.
/// </summary>
public sealed class ApprovedPackage
{
    /// <summary>The approved draft (one package per draft: an approved draft never changes).</summary>
    public Guid DraftId { get; set; }

    /// <summary>The draft's organisation; the package is filtered by it like the draft.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>When the draft was approved and the package frozen (UTC).</summary>
    public DateTime ApprovedAtUtc { get; set; }

    /// <summary>The whole package as one ZIP; every single file downloads from inside it.</summary>
    public byte[] Zip { get; set; } = [];

    /// <summary>
    /// Every file of the package (the ZIP included) with its media type, title, audience, size and
    /// SHA-256, as JSON: what the downloads serve and what anyone can check a copy against.
    /// </summary>
    public string FilesJson { get; set; } = "[]";
}
