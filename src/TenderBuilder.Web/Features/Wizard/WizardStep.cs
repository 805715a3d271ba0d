using System.Collections.Immutable;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>One step of the wizard: a questionnaire section, the review or the export.</summary>
/// <param name="Slug">Its part of the address (<c>drafts/{id}/{slug}</c>), so a reload returns to it.</param>
/// <param name="Title">What the step list shows.</param>
/// <param name="Section">The questionnaire section, or null for review and export.</param>
public sealed record WizardStep(string Slug, string Title, Section? Section)
{
    /// <summary>The review step's slug.</summary>
    public const string Review = "review";

    /// <summary>The export step's slug.</summary>
    public const string Export = "export";

    /// <summary>Every step: one per section, then review, then preview and export.</summary>
    /// <param name="questionnaire">The questionnaire, whose sections are the first steps.</param>
    /// <param name="words">The interface's words for the steps that are no section.</param>
    public static ImmutableArray<WizardStep> For(Questionnaire questionnaire, IStringLocalizer<WizardStep> words)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(words);
        return
        [
            .. questionnaire.Sections.Select(s => new WizardStep(s.Id, s.Title, s)),
            new WizardStep(Review, words["Review"], null),
            new WizardStep(Export, words["Export"], null),
        ];
    }
}
