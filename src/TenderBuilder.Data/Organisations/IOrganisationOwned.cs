namespace TenderBuilder.Data.Organisations;

/// <summary>
/// A record an organisation owns and edits (a draft, a template): stamped with its organisation,
/// its times and a revision on every save, by the save interceptor, so no caller can forget to.
/// </summary>
public interface IOrganisationOwned
{
    /// <summary>Set from the creating user's organisation; never changed.</summary>
    Guid OrganisationId { get; set; }

    DateTime CreatedAtUtc { get; set; }

    DateTime UpdatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every save.</summary>
    long Revision { get; set; }
}
