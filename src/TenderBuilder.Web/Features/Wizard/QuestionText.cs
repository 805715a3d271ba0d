using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// The words around a question in the wizard: its label with "(required)", the unit after a
/// number, the allowed range under it, and where its recommended default comes from.
/// </summary>
/// <param name="words">The interface's words for them, in the officer's language.</param>
internal sealed class QuestionText(IStringLocalizer<QuestionText> words)
{
    /// <summary>The element id of a question, for links from findings ("q-grid-peak-start").</summary>
    public static string AnchorId(string questionId) => "q-" + questionId.Replace('.', '-');

    /// <summary>"Number of sites (required)" for a required question, else the label.</summary>
    public string Label(Question question) => question.Required ? words["RequiredLabel", question.Label] : question.Label;

    /// <summary>How a number answer reads back: as a percentage, an amount, or a plain number.</summary>
    public static Core.Numbers.NumberShape Shape(Question question) => question.Type switch
    {
        QuestionType.Percentage => Core.Numbers.NumberShape.Percentage,
        QuestionType.Money => Core.Numbers.NumberShape.Money,
        _ => Core.Numbers.NumberShape.Plain,
    };

    /// <summary>The question's help followed by the allowed range: "… From 1 to 500."</summary>
    public string NumberHelp(Question question)
    {
        string? range = (question.Min, question.Max) switch
        {
            ({ } min, { } max) => words["FromTo", Number(min), Number(max)].Value,
            ({ } min, null) => words["AtLeast", Number(min)].Value,
            (null, { } max) => words["AtMost", Number(max)].Value,
            _ => null,
        };
        return string.Join(" ", new[] { question.Help, range }.Where(part => part is not null));
    }

    /// <summary>" (AFIR Art. 5(1))" after "Pre-filled with the recommended default"; empty without a source.</summary>
    public static string DefaultSource(Question question, Core.Catalogues.Catalogue catalogue) =>
        question.DefaultSource is { } citation ? $" ({catalogue.FindSource(citation.SourceId)?.Short ?? citation.SourceId} {citation.Locator})" : "";

    /// <summary>The cited document's title, or its id when the catalogue does not know it.</summary>
    public static string Document(Citation citation, Core.Catalogues.Catalogue catalogue) => catalogue.FindSource(citation.SourceId)?.Title ?? citation.SourceId;

    /// <summary>Whether the answer is the recommended default the officer has not changed (the page then says where it comes from).</summary>
    public static bool IsDefault(Core.Answers.ResolvedAnswer answer) => answer.Origin == Core.Answers.AnswerOrigin.Default;

    /// <summary>Whether any finding beside the question is an error (the question is then marked).</summary>
    public static bool HasError(IEnumerable<Finding> findings) => findings.Any(finding => finding.Severity == FindingSeverity.Error);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
