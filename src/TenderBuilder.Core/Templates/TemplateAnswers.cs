using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Templates;

/// <summary>What a template owner may lock, and the answer a lock holds.</summary>
public static class TemplateAnswers
{
    // Every draft has its own title: the template's would be overwritten the moment a draft starts.
    private const string TitleQuestion = "tender.title";

    /// <summary>Whether a question's answer can be locked at all (every draft has its own title).</summary>
    public static bool CanLockAnswer(string questionId) => questionId != TitleQuestion;

    /// <summary>The raw answer to a question (a tender detail too), or null when none was given.</summary>
    public static JsonElement? Given(TenderInput input, string questionId, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Questionnaire.Find(questionId) is { } question
            ? input.GivenAnswer(question)
            : input.Answers.TryGetValue(questionId, out var raw) ? raw : null;
    }

    /// <summary>
    /// Why a new lock cannot be set on a template version, or null when it can: the reason is
    /// required; only an answered question (not the title) and only a clause in the template's
    /// requirements can be locked, and each once.
    /// </summary>
    public static string? ProblemWithLock(
        LockKind kind, string target, string? reason, TenderInput template, TenderPackage package, IEnumerable<TemplateLock> existing, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Reason: say why it is locked; officers who use the template read it.";
        }

        if (reason.Trim().Length > TemplateLock.ReasonMaxLength)
        {
            return $"Reason: at most {TemplateLock.ReasonMaxLength} characters.";
        }

        if (existing.Any(l => l.Kind == kind && l.Target == target))
        {
            return "It is already locked.";
        }

        return kind switch
        {
            LockKind.Answer when catalogue.Questionnaire.Find(target) is null => $"There is no question “{target}”.",
            LockKind.Answer when !CanLockAnswer(target) => "The title cannot be locked: every draft has its own.",
            LockKind.Answer when Given(template, target, catalogue) is null => "Only an answered question can be locked: answer it in the template first.",
            LockKind.Clause when package.Clauses.All(c => c.Id != target) => $"The clause “{target}” is not in the template's requirements.",
            _ => null,
        };
    }

    /// <summary>How a lock's target reads to officers: the question's label or the clause's title.</summary>
    public static string LabelOf(LockKind kind, string target, TenderPackage package, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(catalogue);
        return kind == LockKind.Answer
            ? catalogue.Questionnaire.Find(target)?.Label ?? target
            : package.Clauses.FirstOrDefault(c => c.Id == target)?.Title ?? target;
    }
}
