using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Templates;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Templates;

/// <summary>
/// What a template's page says about it: where it comes from and whom it is shared with, what a lock
/// holds, and the answers it gives, read as the wizard shows them.
/// </summary>
internal static class TemplateText
{
    /// <summary>"From your organisation · version 3 · shared with Utrecht, Zeist".</summary>
    public static string Facts(TemplateDetails template) =>
        $"From {(template.IsOwn ? "your organisation" : template.OwnerName)} · version {template.Version} · {Sharing(template)}";

    /// <summary>Whose template it is, in the list: "Your organisation" or the owner's name.</summary>
    public static string From(TemplateSummary template) => template.IsOwn ? "Your organisation" : template.OwnerName;

    /// <summary>Whom it is shared with, in the list; another organisation's template is shared with the reader's.</summary>
    public static string SharedWith(TemplateSummary template) => template.IsOwn ? Vocabulary.English.Label(template.Sharing) : "Your organisation";

    /// <summary>"Answer: Number of sites" or "Clause: Payment by card".</summary>
    public static string LockTarget(TemplateLock locked) => (locked.Kind == LockKind.Answer ? "Answer: " : "Clause: ") + locked.Label;

    /// <summary>"Answers (12)": a list's heading with how many it holds.</summary>
    public static string Counted(string heading, int count) => $"{heading} ({count})";

    /// <summary>The template's answers the officer gave (not defaults), in questionnaire order.</summary>
    public static IReadOnlyList<ResolvedAnswer> Answered(TemplateDetails template, Core.Catalogues.Catalogue catalogue) =>
        [.. catalogue.Questionnaire.Questions
            .Where(question => TemplateAnswers.Given(template.Input, question.Id, catalogue) is not null)
            .Select(question => template.Package.Answers[question.Id])];

    /// <summary>An answer as the wizard shows it: choices by their labels, yes or no, "—" when none.</summary>
    public static string Shown(ResolvedAnswer answer) => answer.Value switch
    {
        null => "—",
        AnswerValue.Flag flag => flag.Value ? "Yes" : "No",
        AnswerValue.Choice choice => OptionLabel(answer, choice.Value),
        AnswerValue.Choices choices => choices.Values.IsEmpty ? "None" : string.Join("; ", choices.Values.Select(value => OptionLabel(answer, value))),
        { } value => value.Display,
    };

    // Another organisation sees only that the template is shared with it, never with whom else.
    private static string Sharing(TemplateDetails template) => !template.IsOwn
        ? "shared with your organisation"
        : template.Sharing switch
        {
            TemplateSharing.NamedOrganisations => "shared with " + string.Join(", ", template.SharedWith.Select(organisation => organisation.Name)),
            TemplateSharing.AllOrganisations => "shared with all organisations",
            _ => "not shared",
        };

    private static string OptionLabel(ResolvedAnswer answer, string value) => answer.Question.Options.FirstOrDefault(option => option.Value == value)?.Label ?? value;

    /// <summary>The hint above the lists of answers and clauses; the owner's authors are told they can lock.</summary>
    public static string ListsHint(bool mayLock) =>
        mayLock ? "Open a list to see it and lock what every draft must keep." : "Open a list to see it.";
}
