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

        var role = (submitted, edited) switch
        {
            (true, true) => "the submitter and last editor",
            (true, false) => "the submitter",
            _ => "the last editor",
        };
        return required
            ? ApprovalCheck.Refuse(submitted
                ? "You submitted this version for review, so another reviewer of your organisation must approve it (four-eyes approval)."
                : "You made the last change to this version, so another reviewer of your organisation must approve it (four-eyes approval).")
            : ApprovalCheck.AllowWithNote($"Approved by {role}; four-eyes approval is switched off for this organisation.");
    }
}

/// <summary>The outcome of <see cref="FourEyesApproval.Check"/>.</summary>
/// <param name="Refusal">Why the approval is refused, or null when it may go ahead.</param>
/// <param name="Note">What the approval's record must say (a self-approval allowed because the rule is off), or null.</param>
public sealed record ApprovalCheck(string? Refusal, string? Note)
{
    /// <summary>A second person approves: nothing to say.</summary>
    public static readonly ApprovalCheck Allowed = new(null, null);

    /// <summary>Whether the approval must not go ahead.</summary>
    public bool IsRefused => Refusal is not null;

    /// <summary>The approval must not go ahead, for the reason given (shown to the reviewer).</summary>
    public static ApprovalCheck Refuse(string reason) => new(reason, null);

    /// <summary>The approval goes ahead and its record says the note.</summary>
    public static ApprovalCheck AllowWithNote(string note) => new(null, note);
}
