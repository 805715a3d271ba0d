using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Answers;

/// <summary>
/// Every question's answer, checked and typed: given answers, then source-backed defaults, with
/// visibility worked out top-down. Malformed answers become findings and count as unanswered.
/// </summary>
public sealed class AnswerSet : IAnswerLookup
{
    private readonly FrozenDictionary<string, ResolvedAnswer> _answers;

    private AnswerSet(FrozenDictionary<string, ResolvedAnswer> answers, ImmutableArray<Finding> problems)
    {
        _answers = answers;
        Problems = problems;
    }

    /// <summary>The language of the questionnaire's words, which is the package's: what is said about the answers is said in it.</summary>
    public string Language { get; private init; } = Input.DocumentLanguages.English;

    /// <summary>What was wrong with the answers (unknown questions, wrong types, values out of range).</summary>
    public ImmutableArray<Finding> Problems { get; }

    /// <summary>Every question's state, in questionnaire order.</summary>
    public IEnumerable<ResolvedAnswer> All => _answers.Values.OrderBy(a => a.Question.Location.Line);

    /// <summary>Resolves the answers of an input against a questionnaire.</summary>
    /// <param name="questionnaire">The questions.</param>
    /// <param name="input">The input.</param>
    /// <param name="referenceDate">
    /// The day the package is evaluated for, whose EU thresholds decide whether an EU notice is
    /// produced (and so whether its questions are asked); without one, thresholds count as unknown
    /// (<see cref="DerivedAnswers.Of"/>).
    /// </param>
    public static AnswerSet Resolve(Questionnaire questionnaire, TenderInput input, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(input);
        var problems = ImmutableArray.CreateBuilder<Finding>();
        var tender = JsonSerializer.SerializeToElement(input.Tender, TenderInputJson.Info<TenderMetadata>());
        var say = new Say(DocumentLanguages.Of(input.Tender));

        foreach (var (id, _) in input.Answers)
        {
            var question = questionnaire.Find(id);
            if (question is null)
            {
                problems.Add(Problem("input.unknown-question", $"/answers/{id}", say.Message(say.Words.InputUnknownQuestion, id)));
            }
            else if (question.Field is { } field)
            {
                problems.Add(Problem("input.misplaced-answer", $"/answers/{id}", say.Message(say.Words.InputMisplacedAnswer, id, "tender." + field)));
            }
            else if (question.DerivedFrom == DerivedFrom.Lots)
            {
                problems.Add(Problem("input.derived-answer", $"/answers/{id}", say.Message(say.Words.InputDerivedAnswerLots, id, "tender.lots.items")));
            }
            else if (question.DerivedFrom == DerivedFrom.Model)
            {
                problems.Add(Problem("input.derived-answer", $"/answers/{id}", say.Message(say.Words.InputDerivedAnswerModel, id, "model.type")));
            }
            else if (question.DerivedFrom == DerivedFrom.Notice)
            {
                problems.Add(Problem("input.derived-answer", $"/answers/{id}", say.Message(say.Words.InputDerivedAnswerNotice, id, "tender.notice.wanted")));
            }
        }

        var derived = DerivedAnswers.Of(input, referenceDate);

        var resolved = new Dictionary<string, ResolvedAnswer>(StringComparer.Ordinal);
        var partial = new Lookup(questionnaire, resolved);
        foreach (var question in questionnaire.Questions)
        {
            var path = question.InputPath;
            var raw = question.Field is { } field
                ? TenderFields.Read(tender, field)
                : input.Answers.TryGetValue(question.Id, out var given) && given.ValueKind != JsonValueKind.Null ? given : (JsonElement?)null;
            AnswerValue? value = null;
            var origin = AnswerOrigin.None;
            var malformed = false;
            if (question.DerivedFrom is not null && derived.TryGetValue(question.Id, out var worked))
            {
                (value, origin) = (worked, AnswerOrigin.Derived);
            }
            else if (raw is { } element)
            {
                var read = question.Read(element, say);
                if (read.Problem is { } problem)
                {
                    problems.Add(Problem("input.invalid-answer", path, say.Message(say.Words.InputInvalidAnswer, question.Id, question.Label, problem)));
                    malformed = true;
                }
                else
                {
                    (value, origin) = (read.Value, AnswerOrigin.Given);
                }
            }
            else if (question.Default is { } fallback)
            {
                (value, origin) = (fallback, AnswerOrigin.Default);
            }

            var visible = question.VisibleWhen?.Evaluate(partial).Value ?? true;
            resolved[question.Id] = new ResolvedAnswer(question, value, origin, visible, malformed);
        }

        return new AnswerSet(resolved.ToFrozenDictionary(StringComparer.Ordinal), problems.ToImmutable()) { Language = questionnaire.Language };
    }

    /// <summary>A question's resolved state.</summary>
    public ResolvedAnswer this[string questionId] => _answers[questionId];

    /// <inheritdoc />
    public Question Question(string questionId) => _answers[questionId].Question;

    /// <inheritdoc />
    public AnswerValue? Answer(string questionId) => _answers.GetValueOrDefault(questionId)?.Active;

    /// <inheritdoc />
    public bool Asked(string questionId) => _answers.GetValueOrDefault(questionId)?.Visible ?? false;

    /// <summary>The active number answer, or null.</summary>
    public decimal? Number(string questionId) => (Answer(questionId) as AnswerValue.Number)?.Value;

    /// <summary>The active yes/no answer, or null.</summary>
    public bool? Flag(string questionId) => (Answer(questionId) as AnswerValue.Flag)?.Value;

    /// <summary>The active single-choice answer, or null.</summary>
    public string? Choice(string questionId) => (Answer(questionId) as AnswerValue.Choice)?.Value;

    /// <summary>The active multiple-choice answer (empty when none).</summary>
    public ImmutableArray<string> Choices(string questionId) => (Answer(questionId) as AnswerValue.Choices)?.Values ?? [];

    /// <summary>The active date answer, or null.</summary>
    public DateOnly? Date(string questionId) => (Answer(questionId) as AnswerValue.Date)?.Value;

    /// <summary>Whether the catalogue has this question (checks name questions that may be renamed).</summary>
    public bool Has(string questionId) => _answers.ContainsKey(questionId);

    private static Finding Problem(string code, string path, string message) =>
        new(code, FindingSeverity.Error, message, [], path);

    // Visibility conditions read only earlier questions (the loader enforces it), so the partial
    // dictionary always holds what they need.
    private sealed class Lookup(Questionnaire questionnaire, Dictionary<string, ResolvedAnswer> resolved) : IAnswerLookup
    {
        public Question Question(string questionId) => questionnaire.Find(questionId)!;

        public AnswerValue? Answer(string questionId) => resolved.GetValueOrDefault(questionId)?.Active;
    }
}
