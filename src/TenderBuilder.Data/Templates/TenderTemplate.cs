using TenderBuilder.Core.Templates;

namespace TenderBuilder.Data.Templates;

/// <summary>
/// A reusable starting point for drafts, owned by one organisation and shared as it chooses. Its
/// content lives in <see cref="Versions"/>: a change is a new version, never an edit of an old one,
/// so a draft's recorded version always means what it meant when the draft started.
/// </summary>
public sealed class TenderTemplate : Organisations.IOrganisationOwned
{
    /// <summary>The longest name accepted.</summary>
    public const int NameMaxLength = 200;

    /// <summary>The longest description accepted.</summary>
    public const int DescriptionMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The owning organisation: only its authors change the template.</summary>
    public Guid OrganisationId { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public TemplateSharing Sharing { get; set; }

    /// <summary>The organisations it is shared with when <see cref="Sharing"/> names them.</summary>
    public List<TemplateShare> Shares { get; set; } = [];

    /// <summary>Every version, 1 first; the highest is the one new drafts start from.</summary>
    public List<TemplateVersion> Versions { get; set; } = [];

    /// <summary>
    /// Changes of name, description and sharing, which are the template's, not a version's: who
    /// shared it with whom, and when, stays on record.
    /// </summary>
    public List<TemplateChange> Changes { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency token: two owners publishing at once cannot both be version 3.</summary>
    public long Revision { get; set; }

    /// <summary>The newest version.</summary>
    public TemplateVersion Current => Versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A template has at least one version.");
}

/// <summary>One organisation a template is shared with.</summary>
public sealed class TemplateShare
{
    public Guid OrganisationId { get; set; }
}

/// <summary>A template's content at one point: never changed once written.</summary>
public sealed class TemplateVersion
{
    /// <summary>1, 2, … per template.</summary>
    public int Number { get; set; }

    /// <summary>The TenderInput drafts start from, as JSON.</summary>
    public string InputJson { get; set; } = "{}";

    /// <summary>The locks, as JSON (a list of <see cref="TemplateLock"/>).</summary>
    public string LocksJson { get; set; } = "[]";

    /// <summary>What this version changed, in words (“Locked the clause …”).</summary>
    public string Note { get; set; } = "";

    /// <summary>Who made it (a display name, as it was then).</summary>
    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A change of a template's name, description or sharing: written once, like a version.</summary>
public sealed class TemplateChange
{
    /// <summary>The longest note kept; a longer one is cut with an ellipsis.</summary>
    public const int NoteMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>What changed, in words (“Shared with: Amersfoort → all organisations”).</summary>
    public string Note { get; set; } = "";

    /// <summary>Who changed it (a display name, as it was then).</summary>
    public string ChangedBy { get; set; } = "";

    public DateTime ChangedAtUtc { get; set; }
}
