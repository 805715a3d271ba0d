namespace TenderBuilder.Core.Review;

/// <summary>
/// The four-eyes rule for an approval: the person who approves a version is neither the one who
/// submitted it nor the one who last changed it, so no one approves their own work. An organisation
/// with a single officer may switch the rule off; its approvals then say that they were not
/// checked by a second person.
/// </summary>
public static class FourEyesApproval
{
    /// <summary>Decides whether the approver may approve the version.</summary>
    /// <param name="approver">Who approves.</param>
    /// <param name="submitter">Who submitted the version for review (the last submission), if known.</param>
    /// <param name="lastEditor">Who last changed the version (the last change of its content), if known.</param>
    /// <param name="required">Whether the organisation requires a second person.</param>
    public static ApprovalCheck Check(Guid approver, Guid? submitter, Guid? lastEditor, bool required)
    {
        var submitted = submitter == approver;
        var edited = lastEditor == approver;
        if (!submitted && !edited)
        {
            return ApprovalCheck.Allowed;
        }

        var self = (submitted ? SelfApproval.Submitted : SelfApproval.None) | (edited ? SelfApproval.LastEdited : SelfApproval.None);
        return new ApprovalCheck(self, IsRefused: required);
    }
}

/// <summary>What the approver did to the version themselves; the application says it in the reader's words.</summary>
[Flags]
public enum SelfApproval
{
    /// <summary>Neither: a second person approves.</summary>
    None = 0,

    /// <summary>The approver submitted the version for review.</summary>
    Submitted = 1,

    /// <summary>The approver made the last change to the version.</summary>
    LastEdited = 2,
}

/// <summary>The outcome of <see cref="FourEyesApproval.Check"/>.</summary>
/// <param name="Self">What the approver did to the version themselves.</param>
/// <param name="IsRefused">Whether the approval must not go ahead (a self-approval where the rule applies).</param>
public sealed record ApprovalCheck(SelfApproval Self, bool IsRefused)
{
    /// <summary>A second person approves: nothing to say.</summary>
    public static readonly ApprovalCheck Allowed = new(SelfApproval.None, false);

    /// <summary>Whether the approval's record must say that no second person checked it (the rule is off).</summary>
    public bool NeedsNote => Self != SelfApproval.None && !IsRefused;
}
