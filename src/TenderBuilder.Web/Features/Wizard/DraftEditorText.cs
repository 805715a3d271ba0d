using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Templates;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>What the draft editor's frame says: the template a draft comes from, why it cannot be changed, what was cleaned from an edit.</summary>
/// <param name="words">The interface's words for it, in the officer's language.</param>
internal sealed class DraftEditorText(IStringLocalizer<DraftEditorText> words)
{
    /// <summary>"From the template “Region street charging”, version 3 (2 locked)".</summary>
    public string TemplateOrigin(TemplateBinding template) => template.Locks.IsEmpty
        ? words["TemplateOrigin", template.Origin.Name, template.Origin.Version]
        : words["TemplateOriginLocked", template.Origin.Name, template.Origin.Version, template.Locks.Length];

    /// <summary>"Step 3 of 9" for the step at this zero-based index.</summary>
    public string Progress(int index, int steps) => words["Progress", index + 1, steps];

    /// <summary>How far through the steps the officer is, in per cent, for the progress bar.</summary>
    public static double Percent(int index, int steps) => 100.0 * (index + 1) / steps;

    /// <summary>Why an author cannot change a draft in this status.</summary>
    public string NotEditable(DraftStatus status) => status == DraftStatus.Approved ? words["Approved"] : words["InReview"];

    /// <summary>The notice after control characters were removed from what the officer typed.</summary>
    public string ControlCharactersRemoved(int count) => count == 1
        ? words["ControlCharacterRemoved"]
        : words["ControlCharactersRemoved", count];
}
