using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Templates;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Templates;

/// <summary>
/// What a template's page says about it: where it comes from and whom it is shared with, what a lock
/// holds, and the answers it gives, read as the wizard shows them; in the interface language
/// (Resources/Features/Templates/TemplateText.resx).
/// </summary>
/// <param name="words">The interface's words for templates.</param>
internal sealed class TemplateText(IStringLocalizer<TemplateText> words)
{
    /// <summary>"From your organisation · version 3 · shared with Utrecht, Zeist".</summary>
    public string Facts(TemplateDetails template) => template.IsOwn
        ? words["FactsOwn", template.Version, Sharing(template)]
        : words["FactsOther", template.OwnerName, template.Version, Sharing(template)];

    /// <summary>Whose template it is, in the list: "Your organisation" or the owner's name.</summary>
    public string From(TemplateSummary template) => template.IsOwn ? words["YourOrganisation"] : template.OwnerName;

    /// <summary>Whom it is shared with, in the list; another organisation's template is shared with the reader's.</summary>
    public string SharedWith(TemplateSummary template) => template.IsOwn ? TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(template.Sharing) : words["YourOrganisation"];

    /// <summary>"Answer: Number of sites" or "Clause: Payment by card".</summary>
    public string LockTarget(TemplateLock locked) => locked.Kind == LockKind.Answer ? words["AnswerLock", locked.Label] : words["ClauseLock", locked.Label];

    /// <summary>The template's answers the officer gave (not defaults), in questionnaire order.</summary>
    public static IReadOnlyList<ResolvedAnswer> Answered(TemplateDetails template, Core.Catalogues.Catalogue catalogue) =>
        [.. catalogue.Questionnaire.Questions
            .Where(question => TemplateAnswers.Given(template.Input, question.Id, catalogue) is not null)
            .Select(question => template.Package.Answers[question.Id])];

    /// <summary>An answer as the wizard shows it: choices by their labels, yes or no, "—" when none.</summary>
    public string Shown(ResolvedAnswer answer) => answer.Value switch
    {
        null => "—",
        AnswerValue.Flag flag => flag.Value ? words["Yes"] : words["No"],
        AnswerValue.Choice choice => OptionLabel(answer, choice.Value),
        AnswerValue.Choices choices => choices.Values.IsEmpty ? words["None"] : string.Join("; ", choices.Values.Select(value => OptionLabel(answer, value))),
        { } value => value.Display,
    };

    // Another organisation sees only that the template is shared with it, never with whom else.
    private string Sharing(TemplateDetails template) => !template.IsOwn
        ? words["SharedWithYours"]
        : template.Sharing switch
        {
            TemplateSharing.NamedOrganisations => words["SharedWithNamed", string.Join(", ", template.SharedWith.Select(organisation => organisation.Name))],
            TemplateSharing.AllOrganisations => words["SharedWithAll"],
            _ => words["NotShared"],
        };

    private static string OptionLabel(ResolvedAnswer answer, string value) => answer.Question.Options.FirstOrDefault(option => option.Value == value)?.Label ?? value;

    /// <summary>The hint above the lists of answers and clauses; the owner's authors are told they can lock.</summary>
    public string ListsHint(bool mayLock) => mayLock ? words["ListsHintLock"] : words["ListsHint"];
}
