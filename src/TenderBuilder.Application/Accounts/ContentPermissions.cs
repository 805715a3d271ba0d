using TenderBuilder.Core.Review;
using TenderBuilder.Data.Accounts;

namespace TenderBuilder.Application.Accounts;

/// <summary>
/// What the acting user may do with their organisation's drafts, their review and its templates,
/// decided from their roles and the draft's status alone. The services enforce these answers and
/// the pages ask the same ones to decide which buttons to show, so a page never offers what a
/// service would refuse, and the rule is written once.
/// </summary>
/// <remarks>
/// Which drafts and templates a user sees at all is not decided here: the database's organisation
/// filter does that (ADR 0006), so another organisation's draft is not found rather than refused.
/// Whether an approval passes four-eyes needs the draft's trail and its organisation's setting;
/// <see cref="FourEyes"/> answers it once the service has read them.
/// </remarks>
public sealed class ContentPermissions(ICurrentUser user)
{
    /// <summary>Authors create, change, copy, import and delete drafts; reviewers and administrators alone only read them.</summary>
    public bool MayChangeDrafts => user.IsInRole(TenderBuilderRoles.Author);

    /// <summary>Whether the user may change this draft now: an author, while its review lets it change.</summary>
    public bool MayEdit(DraftStatus status) => MayChangeDrafts && ReviewWorkflow.IsEditable(status);

    /// <summary>Whether the user may delete (archive) this draft: an author, while it is not a record of a review.</summary>
    public bool MayDelete(DraftStatus status) => MayChangeDrafts && ReviewWorkflow.IsDeletable(status);

    /// <summary>Whether the user's roles allow the review step at all, whatever the draft's status: authors submit, reviewers approve and return.</summary>
    public bool HasRoleFor(ReviewAction action) =>
        user.IsInRole(action == ReviewAction.Submit ? TenderBuilderRoles.Author : TenderBuilderRoles.Reviewer);

    /// <summary>Whether the user may take the review step on a draft in this status (four-eyes aside, see <see cref="FourEyes"/>).</summary>
    public bool May(ReviewAction action, DraftStatus status) => HasRoleFor(action) && ReviewWorkflow.Next(status, action) is not null;

    /// <summary>Whether the user may submit this draft for review.</summary>
    public bool MaySubmit(DraftStatus status) => May(ReviewAction.Submit, status);

    /// <summary>Whether the user may approve or return this draft: a reviewer, while it is in review.</summary>
    public bool MayDecide(DraftStatus status) => May(ReviewAction.Approve, status) || May(ReviewAction.Return, status);

    /// <summary>Whether the user may start a new version of this draft: an author, once it is approved.</summary>
    public bool MayStartNewVersion(DraftStatus status) => MayChangeDrafts && status == DraftStatus.Approved;

    /// <summary>
    /// Whether the user may approve a version submitted and last changed by the people given, in an
    /// organisation that does or does not require a second person; with the note the approval's
    /// record must carry when the rule is off.
    /// </summary>
    public ApprovalCheck FourEyes(Guid? submitter, Guid? lastEditor, bool fourEyesRequired) =>
        FourEyesApproval.Check(user.UserId ?? Guid.Empty, submitter, lastEditor, fourEyesRequired);

    /// <summary>Authors make templates and start drafts from them.</summary>
    public bool MayChangeTemplates => MayChangeDrafts;

    /// <summary>Whether the user may change, lock, unlock, share or delete the template: an author of the organisation that owns it.</summary>
    public bool MayChangeTemplate(Guid owner) => MayChangeTemplates && user.OrganisationId == owner;

    /// <summary>
    /// Whether the user may change an organisation's buyer profile: an administrator of that
    /// organisation. Administrators manage every organisation's name and four-eyes setting, but the
    /// name, address, contact and review body an organisation publishes as a buyer are its own
    /// administrators' to say (ADR 0020).
    /// </summary>
    public bool MayChangeBuyerProfile(Guid organisation) =>
        user.IsInRole(TenderBuilderRoles.Administrator) && user.OrganisationId == organisation && organisation != Guid.Empty;

    /// <summary>
    /// Whether the user may create, revoke and see the keys (and their access log) with which other
    /// systems act for an organisation through the HTTP API: an administrator of that organisation.
    /// A key acts as the organisation, so only the people who answer for the organisation hand one
    /// out, and another organisation's administrator never sees that it exists.
    /// </summary>
    public bool MayManageApiKeys(Guid organisation) =>
        user.IsInRole(TenderBuilderRoles.Administrator) && user.OrganisationId == organisation && organisation != Guid.Empty;

    /// <summary>
    /// Administrators see their own organisation's deleted drafts (titles, who and when, never
    /// content) and restore them; null when the user may not, else the organisation whose archive it is.
    /// </summary>
    public Guid? ArchiveOrganisation =>
        user.IsInRole(TenderBuilderRoles.Administrator) ? user.OrganisationId : null;
}
