namespace TenderBuilder.Application.Drafts;

/// <summary>
/// How long a deleted draft stays restorable (section <c>Drafts</c>). A deleted draft is archived,
/// not removed: an administrator of its organisation can restore it for this many days, after which
/// it stays archived for good (its history stays too).
/// </summary>
public sealed class DraftRetentionOptions
{
    public const string SectionName = "Drafts";

    /// <summary>Days a deleted draft can be restored; 90 unless configured.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>The last moment a draft deleted at <paramref name="deletedAtUtc"/> can be restored (UTC).</summary>
    public DateTime RestorableUntil(DateTime deletedAtUtc) => deletedAtUtc.AddDays(Math.Max(0, RetentionDays));
}
