using TenderBuilder.Application.Accounts;
using TenderBuilder.Core.Review;
using TenderBuilder.Data.Accounts;

namespace TenderBuilder.Application.Tests.Accounts;

/// <summary>Who may do what with a draft, a review step or a template, from roles and status alone.</summary>
public sealed class ContentPermissionsTests
{
    private static readonly Guid s_utrecht = Guid.NewGuid();
    private static readonly Guid s_stockholm = Guid.NewGuid();

    public static TheoryData<DraftStatus> Statuses => [DraftStatus.Draft, DraftStatus.InReview, DraftStatus.Returned, DraftStatus.Approved];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void An_author_edits_and_deletes_a_draft_only_while_its_review_lets_it_change(DraftStatus status)
    {
        var author = As(TenderBuilderRoles.Author);
        var changes = status is DraftStatus.Draft or DraftStatus.Returned;

        author.MayChangeDrafts.ShouldBeTrue();
        author.MayEdit(status).ShouldBe(changes);
        author.MayDelete(status).ShouldBe(changes);
        author.MayStartNewVersion(status).ShouldBe(status == DraftStatus.Approved);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void A_reviewer_or_an_administrator_alone_never_edits_deletes_or_starts_a_version(DraftStatus status)
    {
        foreach (var permissions in new[] { As(TenderBuilderRoles.Reviewer), As(TenderBuilderRoles.Administrator), As() })
        {
            permissions.MayChangeDrafts.ShouldBeFalse();
            permissions.MayEdit(status).ShouldBeFalse();
            permissions.MayDelete(status).ShouldBeFalse();
            permissions.MayStartNewVersion(status).ShouldBeFalse();
            permissions.MayChangeTemplates.ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData(DraftStatus.Draft, true, false)]
    [InlineData(DraftStatus.Returned, true, false)]
    [InlineData(DraftStatus.InReview, false, true)]
    [InlineData(DraftStatus.Approved, false, false)]
    public void Authors_submit_a_draft_or_a_returned_one_and_reviewers_decide_on_one_in_review(DraftStatus status, bool submit, bool decide)
    {
        As(TenderBuilderRoles.Author).MaySubmit(status).ShouldBe(submit);
        As(TenderBuilderRoles.Author).MayDecide(status).ShouldBeFalse();
        As(TenderBuilderRoles.Reviewer).MaySubmit(status).ShouldBeFalse();
        As(TenderBuilderRoles.Reviewer).MayDecide(status).ShouldBe(decide);
        As(TenderBuilderRoles.Reviewer).May(ReviewAction.Approve, status).ShouldBe(decide);
        As(TenderBuilderRoles.Reviewer).May(ReviewAction.Return, status).ShouldBe(decide);
        As(TenderBuilderRoles.Author, TenderBuilderRoles.Reviewer).MaySubmit(status).ShouldBe(submit);
        As(TenderBuilderRoles.Author, TenderBuilderRoles.Reviewer).MayDecide(status).ShouldBe(decide);
        As(TenderBuilderRoles.Administrator).MaySubmit(status).ShouldBeFalse();
        As(TenderBuilderRoles.Administrator).MayDecide(status).ShouldBeFalse();
    }

    [Fact]
    public void The_role_for_a_review_step_is_known_whatever_the_status()
    {
        As(TenderBuilderRoles.Author).HasRoleFor(ReviewAction.Submit).ShouldBeTrue();
        As(TenderBuilderRoles.Author).HasRoleFor(ReviewAction.Approve).ShouldBeFalse();
        As(TenderBuilderRoles.Author).HasRoleFor(ReviewAction.Return).ShouldBeFalse();
        As(TenderBuilderRoles.Reviewer).HasRoleFor(ReviewAction.Submit).ShouldBeFalse();
        As(TenderBuilderRoles.Reviewer).HasRoleFor(ReviewAction.Approve).ShouldBeTrue();
        As(TenderBuilderRoles.Reviewer).HasRoleFor(ReviewAction.Return).ShouldBeTrue();
    }

    [Fact]
    public void No_one_approves_a_version_they_submitted_or_last_changed_unless_four_eyes_is_off_and_then_the_record_says_so()
    {
        var me = Guid.NewGuid();
        var colleague = Guid.NewGuid();
        var reviewer = new ContentPermissions(new TestUser(me, "Rob Reviewer", s_utrecht, [TenderBuilderRoles.Reviewer]));

        reviewer.FourEyes(submitter: colleague, lastEditor: colleague, fourEyesRequired: true).ShouldBe(Core.Review.ApprovalCheck.Allowed);
        reviewer.FourEyes(submitter: me, lastEditor: colleague, fourEyesRequired: true).IsRefused.ShouldBeTrue();
        reviewer.FourEyes(submitter: colleague, lastEditor: me, fourEyesRequired: true).IsRefused.ShouldBeTrue();
        var off = reviewer.FourEyes(submitter: me, lastEditor: me, fourEyesRequired: false);
        off.IsRefused.ShouldBeFalse();
        off.Self.ShouldBe(Core.Review.SelfApproval.Submitted | Core.Review.SelfApproval.LastEdited);
        off.NeedsNote.ShouldBeTrue("the approval's record says no second person checked it");
    }

    [Fact]
    public void Someone_with_no_user_id_is_never_taken_for_the_submitter_or_last_editor_of_a_version_with_none_recorded()
    {
        var job = new ContentPermissions(new TestUser(null, "", s_utrecht, [TenderBuilderRoles.Reviewer]));

        job.FourEyes(submitter: Guid.NewGuid(), lastEditor: null, fourEyesRequired: true).IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void Only_authors_of_the_owning_organisation_change_a_template()
    {
        As(TenderBuilderRoles.Author).MayChangeTemplates.ShouldBeTrue();
        As(TenderBuilderRoles.Author).MayChangeTemplate(s_utrecht).ShouldBeTrue();
        As(TenderBuilderRoles.Author).MayChangeTemplate(s_stockholm).ShouldBeFalse();
        As(TenderBuilderRoles.Reviewer).MayChangeTemplate(s_utrecht).ShouldBeFalse();
        As(TenderBuilderRoles.Administrator).MayChangeTemplate(s_utrecht).ShouldBeFalse();
    }

    [Fact]
    public void Only_an_administrator_has_an_archive_and_it_is_their_own_organisations()
    {
        As(TenderBuilderRoles.Administrator).ArchiveOrganisation.ShouldBe(s_utrecht);
        As(TenderBuilderRoles.Administrator, TenderBuilderRoles.Author).ArchiveOrganisation.ShouldBe(s_utrecht);
        As(TenderBuilderRoles.Author).ArchiveOrganisation.ShouldBeNull();
        As(TenderBuilderRoles.Reviewer).ArchiveOrganisation.ShouldBeNull();
        new ContentPermissions(new TestUser(Guid.NewGuid(), "Ada", null, [TenderBuilderRoles.Administrator])).ArchiveOrganisation.ShouldBeNull();
    }

    [Fact]
    public void Only_an_administrator_of_the_organisation_changes_its_buyer_profile()
    {
        As(TenderBuilderRoles.Administrator).MayChangeBuyerProfile(s_utrecht).ShouldBeTrue();
        As(TenderBuilderRoles.Administrator, TenderBuilderRoles.Author).MayChangeBuyerProfile(s_utrecht).ShouldBeTrue();
        As(TenderBuilderRoles.Administrator).MayChangeBuyerProfile(s_stockholm).ShouldBeFalse("administrators manage every organisation, but not what another says as a buyer");
        As(TenderBuilderRoles.Author, TenderBuilderRoles.Reviewer).MayChangeBuyerProfile(s_utrecht).ShouldBeFalse();
        new ContentPermissions(new TestUser(Guid.NewGuid(), "Ada", null, [TenderBuilderRoles.Administrator])).MayChangeBuyerProfile(Guid.Empty).ShouldBeFalse();
    }

    [Fact]
    public void Only_an_administrator_of_the_organisation_manages_its_api_keys()
    {
        As(TenderBuilderRoles.Administrator).MayManageApiKeys(s_utrecht).ShouldBeTrue();
        As(TenderBuilderRoles.Administrator, TenderBuilderRoles.Author).MayManageApiKeys(s_utrecht).ShouldBeTrue();
        As(TenderBuilderRoles.Administrator).MayManageApiKeys(s_stockholm).ShouldBeFalse("a key acts as its organisation: only its own administrators hand one out");
        As(TenderBuilderRoles.Author, TenderBuilderRoles.Reviewer).MayManageApiKeys(s_utrecht).ShouldBeFalse();
        new ContentPermissions(new TestUser(Guid.NewGuid(), "Ada", null, [TenderBuilderRoles.Administrator])).MayManageApiKeys(Guid.Empty).ShouldBeFalse();
    }

    private static ContentPermissions As(params string[] roles) =>
        new(new TestUser(Guid.NewGuid(), "Someone", s_utrecht, roles));
}
