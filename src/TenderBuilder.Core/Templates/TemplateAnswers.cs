using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;

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
    /// <param name="kind">An answer or a clause.</param>
    /// <param name="target">The question's or the clause's id.</param>
    /// <param name="reason">Why it is to be locked, as the owner wrote it.</param>
    /// <param name="template">The template version's input.</param>
    /// <param name="package">What the rules make of <paramref name="template"/>.</param>
    /// <param name="existing">The version's locks.</param>
    /// <param name="catalogue">The catalogue, for the questions.</param>
    /// <param name="language">The language of the reason why not (a document language or the pseudo-language); English when null.</param>
    public static string? ProblemWithLock(
        LockKind kind, string target, string? reason, TenderInput template, TenderPackage package, IEnumerable<TemplateLock> existing, Catalogue catalogue,
        string? language = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(catalogue);
        var words = TemplateWords.For(language);
        var culture = DocumentLanguages.CultureOf(language);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return words.ReasonMissing;
        }

        if (reason.Trim().Length > TemplateLock.ReasonMaxLength)
        {
            return string.Format(culture, words.ReasonTooLong, TemplateLock.ReasonMaxLength);
        }

        if (existing.Any(l => l.Kind == kind && l.Target == target))
        {
            return words.AlreadyLocked;
        }

        return kind switch
        {
            LockKind.Answer when catalogue.Questionnaire.Find(target) is null => string.Format(culture, words.NoSuchQuestion, target),
            LockKind.Answer when !CanLockAnswer(target) => words.TitleNotLockable,
            LockKind.Answer when Given(template, target, catalogue) is null => words.UnansweredNotLockable,
            LockKind.Clause when package.Clauses.All(c => c.Id != target) => string.Format(culture, words.ClauseNotInTemplate, target),
            _ => null,
        };
    }

    /// <summary>How a lock's target reads to officers: the question's label or the clause's title.</summary>
    /// <param name="kind">An answer or a clause.</param>
    /// <param name="target">The question's or the clause's id.</param>
    /// <param name="package">What the rules make of the template (a clause the template wrote has its title only there).</param>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="language">The language to read it in (the catalogue's translation); the package's words when null.</param>
    public static string LabelOf(LockKind kind, string target, TenderPackage package, Catalogue catalogue, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(catalogue);
        var known = DocumentLanguages.IsKnown(language) ? language : null;
        var asked = catalogue.In(known);
        return kind == LockKind.Answer
            ? asked.Questionnaire.Find(target)?.Label ?? target
            : (known is null ? null : asked.FindClause(target)?.DisplayTitle)
                ?? package.Clauses.FirstOrDefault(c => c.Id == target)?.Title ?? target;
    }
}
