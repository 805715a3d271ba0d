using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Templates;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>What the draft editor's frame says: the template a draft comes from, why it cannot be changed, what was cleaned from an edit.</summary>
internal static class DraftEditorText
{
    /// <summary>Under a question worked out from the procurement model, such as the law the tender is written under.</summary>
    public const string DerivedFromModel = "Worked out from the procurement model you chose. Change the model to change it.";

    /// <summary>"From the template “Region street charging”, version 3 (2 locked)".</summary>
    public static string TemplateOrigin(TemplateBinding template) =>
        $"From the template “{template.Origin.Name}”, version {template.Origin.Version}{(template.Locks.IsEmpty ? "" : $" ({template.Locks.Length} locked)")}";

    /// <summary>"Step 3 of 9" for the step at this zero-based index.</summary>
    public static string Progress(int index, int steps) => $"Step {index + 1} of {steps}";

    /// <summary>How far through the steps the officer is, in per cent, for the progress bar.</summary>
    public static double Percent(int index, int steps) => 100.0 * (index + 1) / steps;

    /// <summary>Why an author cannot change a draft in this status.</summary>
    public static string NotEditable(DraftStatus status) => status == DraftStatus.Approved
        ? "This draft is approved, so it no longer changes. Start a new version to work on."
        : "This draft is in review, so it does not change until a reviewer approves or returns it.";

    /// <summary>The notice after control characters were removed from what the officer typed.</summary>
    public static string ControlCharactersRemoved(int count) => count == 1
        ? "An invisible control character was removed from what you entered: a tender cannot contain it."
        : $"{count} invisible control characters were removed from what you entered: a tender cannot contain them.";
}
