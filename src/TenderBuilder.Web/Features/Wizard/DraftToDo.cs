using System.Collections.Immutable;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>What a to-do item asks of the officer: a value for a clause, an error to fix, a warning to check.</summary>
public enum ToDoKind
{
    /// <summary>A clause parameter with no value: the text would print a gap.</summary>
    Value,

    /// <summary>Any other error: export waits for it.</summary>
    Error,

    /// <summary>Probably a mistake; export goes ahead.</summary>
    Warning,
}

/// <summary>
/// One thing left to do, and where the officer does it: the step, and the element the link gives
/// the focus to (the question's field, the parameter's field, or the review's list of findings).
/// </summary>
/// <param name="Kind">What it asks for.</param>
/// <param name="Finding">The finding behind it.</param>
/// <param name="Step">The slug of the step where it is fixed.</param>
/// <param name="TargetId">The id of the element that takes the focus.</param>
/// <param name="Place">
/// Where it is, in words: the question's label or "clause title: parameter"; null for the site list
/// and the review's list of findings, which <see cref="DraftToDo.LinkText"/> names in the interface's words.
/// </param>
public sealed record ToDoItem(ToDoKind Kind, Finding Finding, string Step, string TargetId, string? Place);

/// <summary>
/// Every finding of a draft as a list of things to do, each on the step where it is fixed, with
/// counts per kind and per step. Information notes are not to-dos. A value a question can set is
/// fixed by answering that question when it is on screen; otherwise on the review step, beside
/// the parameter.
/// </summary>
public sealed class DraftToDo
{
    /// <summary>The id of the review step's list of findings not shown beside a field.</summary>
    public const string ReviewFindingsId = "tb-review-findings";

    /// <summary>The id of the site list's heading: a site's finding is fixed in the list (which may show another page of it).</summary>
    public const string SiteListHeadingId = "tb-sites-heading";

    /// <summary>The id of the review step's to-do list.</summary>
    public const string ListId = "tb-todo";

    private readonly Dictionary<string, int> _fixPerStep = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _checkPerStep = new(StringComparer.Ordinal);

    /// <summary>Lists what is left to do in a package, on the wizard's steps.</summary>
    public DraftToDo(TenderPackage package, FindingPlacement placement, ImmutableArray<WizardStep> steps)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(placement);
        var stepOfQuestion = steps
            .Where(step => step.Section is not null)
            .SelectMany(step => step.Section!.Questions.Select(question => (question.Id, step.Slug)))
            .ToDictionary(pair => pair.Id, pair => pair.Slug, StringComparer.Ordinal);
        var titles = package.Clauses.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);

        var items = ImmutableArray.CreateBuilder<ToDoItem>();
        foreach (var finding in package.Findings.Where(f => f.Severity != FindingSeverity.Info))
        {
            var kind = finding.Severity == FindingSeverity.Warning ? ToDoKind.Warning
                : finding.Code == UnsetParameter ? ToDoKind.Value
                : ToDoKind.Error;
            var item = finding.Path?.StartsWith(FindingPlacement.Sites, StringComparison.Ordinal) == true
                    && placement.QuestionOf(finding) is { } siteCount && stepOfQuestion.TryGetValue(siteCount, out var sitesStep)
                ? new ToDoItem(kind, finding, sitesStep, SiteListHeadingId, null)
                : placement.QuestionOf(finding) is { } question && stepOfQuestion.TryGetValue(question, out var step)
                ? new ToDoItem(kind, finding, step, QuestionText.AnchorId(question), package.Answers[question].Question.Label)
                : finding is { ClauseId: { } clause, ParameterName: { } parameter } && titles.TryGetValue(clause, out var title)
                    ? new ToDoItem(kind, finding, WizardStep.Review, ParameterFieldId(clause, parameter), $"{title}: {ParameterLabel(package, clause, parameter)}")
                    : new ToDoItem(kind, finding, WizardStep.Review, ReviewFindingsId, null);
            items.Add(item);
            var counts = kind == ToDoKind.Warning ? _checkPerStep : _fixPerStep;
            counts[item.Step] = counts.GetValueOrDefault(item.Step) + 1;
        }

        // Values first (the officer's biggest list), then errors, then warnings, each in step order.
        var order = steps.Select((s, i) => (s.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        Items = [.. items.OrderBy(i => i.Kind).ThenBy(i => order.GetValueOrDefault(i.Step, int.MaxValue))];
    }

    /// <summary>The code of a finding that a clause parameter has no value.</summary>
    public const string UnsetParameter = "clause.parameter-unset";

    /// <summary>Everything left to do: values, then errors, then warnings.</summary>
    public ImmutableArray<ToDoItem> Items { get; }

    /// <summary>How many items of a kind there are.</summary>
    public int Count(ToDoKind kind) => Items.Count(item => item.Kind == kind);

    /// <summary>Whether anything is left to do.</summary>
    public bool IsEmpty => Items.IsEmpty;

    /// <summary>Values and errors on a step: what blocks the export there.</summary>
    public int ToFix(string step) => _fixPerStep.GetValueOrDefault(step);

    /// <summary>Warnings on a step.</summary>
    public int ToCheck(string step) => _checkPerStep.GetValueOrDefault(step);

    /// <summary>The id of a clause parameter's field on the review step.</summary>
    public static string ParameterFieldId(string clauseId, string parameter) => $"p-{clauseId}-{parameter}".Replace('.', '-');

    /// <summary>"3 values needed · 1 error · 2 warnings", or that nothing is left.</summary>
    public string Summary(IStringLocalizer<DraftToDo> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (IsEmpty)
        {
            return words["NothingLeft"];
        }

        // Each count stands alone, so the list is joined with a separator, not built into a sentence.
        var parts = new List<string>();
        AddCount(parts, Count(ToDoKind.Value), words["ValuesNeededOne"], words["ValuesNeededMany", Count(ToDoKind.Value)]);
        AddCount(parts, Count(ToDoKind.Error), words["ErrorsOne"], words["ErrorsMany", Count(ToDoKind.Error)]);
        AddCount(parts, Count(ToDoKind.Warning), words["WarningsOne"], words["WarningsMany", Count(ToDoKind.Warning)]);
        return string.Join(" · ", parts);
    }

    /// <summary>What the link of an item says: "Go to “Grid operator”".</summary>
    public static string LinkText(ToDoItem item, IStringLocalizer<DraftToDo> words)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(words);
        var place = item.Place ?? (item.TargetId == SiteListHeadingId ? words["SiteList"] : words["ReviewTheRequirements"]);
        return words["GoTo", place];
    }

    /// <summary>The kind in words, as the list and its filter name it.</summary>
    public static string KindText(ToDoKind kind, int count, IStringLocalizer<DraftToDo> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return kind switch
        {
            ToDoKind.Value => count == 1 ? words["KindValueOne"] : words["KindValueMany"],
            ToDoKind.Error => count == 1 ? words["KindErrorOne"] : words["KindErrorMany"],
            _ => count == 1 ? words["KindWarningOne"] : words["KindWarningMany"],
        };
    }

    private static void AddCount(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add(count == 1 ? one : many);
        }
    }

    private static string ParameterLabel(TenderPackage package, string clauseId, string parameter) =>
        package.Clauses.First(c => c.Id == clauseId).Parameters.FirstOrDefault(p => p.Name == parameter)?.Label ?? parameter;
}
