using System.Globalization;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Conditions;

/// <summary>
/// Reasons in the officer's words, from the phrases the catalogue authors on each question
/// (<see cref="QuestionReasons"/>, <see cref="ChoiceOption.Reason"/>). A reason states the answer
/// given ("you will not plan the sites with the grid operator"), never the rule's test, so a
/// negated condition reads as what the officer said. The memo, the wizard's requirements panel and
/// the catalogue browser all read their reasons here. The glue between the phrases is the reasons
/// section of the localisation table (<see cref="ReasonWords"/>) in the questionnaire's language.
/// </summary>
public static class Reasons
{
    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>What the answer given says about one test, e.g. "the grid is congested where the sites are".</summary>
    /// <param name="question">The question tested.</param>
    /// <param name="test">The test.</param>
    /// <param name="answer">The answer the rules read; null when unanswered or hidden.</param>
    /// <param name="asked">False when the question is hidden: it does not apply, which is not the same as left open.</param>
    public static string OfAnswer(Question question, QuestionTest test, AnswerValue? answer, bool asked = true)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(test);
        var words = ReasonWords.For(question.Language);
        return answer switch
        {
            null when !asked => Format(words.DoesNotApply, question.Label),
            null => question.Reasons.Unanswered ?? Format(words.NoAnswerTo, question.Label),
            AnswerValue.Choices choices when test is ContainsCondition contains =>
                Option(question, contains.Option) is { } option
                    ? (choices.Values.Contains(contains.Option) ? option.Reason : option.ReasonNot) ?? Plain(question, answer)
                    : Plain(question, answer),
            AnswerValue.Choices choices => choices.Values.IsEmpty
                ? Plain(question, answer)
                : Join(choices.Values.Select(value => Option(question, value)?.Reason ?? Plain(question, answer)).Distinct().ToList(), words.And),
            // A date compared with a legal date reads with it: "on 2029-12-31, after 2024-04-13".
            AnswerValue.Date date when test is GreaterThanCondition or LessThanCondition or BetweenCondition =>
                Fill(question, Format(words.OnDateCompared, ValueText.Date(date.Value, question.Language),
                    test.Passes(answer) ? test.Describe(question) : Format(words.Not, test.Describe(question))))
                ?? Plain(question, answer),
            _ => OfValue(question, answer) ?? Plain(question, answer),
        };
    }

    /// <summary>
    /// A condition in reasons, without answers: "the grid is congested where the sites are and you
    /// chose a service concession". For the catalogue browser, before anything is answered.
    /// </summary>
    public static string OfCondition(Condition condition, Questionnaire questionnaire, bool nested = false)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(questionnaire);
        var words = ReasonWords.For(questionnaire.Language);
        string Group(string text) => nested ? $"({text})" : text;
        return condition switch
        {
            AllCondition all => Group(Join([.. all.Parts.Select(p => OfCondition(p, questionnaire, nested: true))], words.And)),
            AnyCondition any => Group(Join([.. any.Parts.Select(p => OfCondition(p, questionnaire, nested: true))], words.Or)),
            // A test that reads as several answers ("a or b") is bracketed like a combination.
            NotCondition { Part: QuestionTest test } => Bracket(Negated(test, questionnaire), nested),
            NotCondition not => Format(words.Not, OfCondition(not.Part, questionnaire, nested: true)),
            QuestionTest test => Bracket(Test(test, questionnaire), nested),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.GetType().Name, "Unknown kind of condition."),
        };
    }

    private static string Bracket((string Text, bool Several) phrase, bool nested) =>
        nested && phrase.Several ? $"({phrase.Text})" : phrase.Text;

    /// <summary>Joins phrases as a sentence does: "a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> phrases, string conjunction)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return phrases.Count switch
        {
            0 => "",
            1 => phrases[0],
            _ => string.Join(", ", phrases.Take(phrases.Count - 1)) + $" {conjunction} " + phrases[^1],
        };
    }

    /// <summary>Whether the question has a reason for every answer a condition can test.</summary>
    public static string? Missing(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Type switch
        {
            QuestionType.YesNo when question.Reasons.Yes is null || question.Reasons.No is null =>
                "needs `reasons: { yes: …, no: … }`",
            QuestionType.SingleChoice when question.Options.Where(o => o.Reason is null).Select(o => o.Value).ToList() is { Count: > 0 } missing =>
                $"needs a `reason:` on option(s) {string.Join(", ", missing)}",
            QuestionType.MultipleChoice when question.Options.Where(o => o.Reason is null || o.ReasonNot is null).Select(o => o.Value).ToList() is { Count: > 0 } missing =>
                $"needs `reason:` and `reasonNot:` on option(s) {string.Join(", ", missing)}",
            QuestionType.Number or QuestionType.Percentage or QuestionType.Money or QuestionType.Date or QuestionType.Text
                when question.Reasons.Answer is not { } phrase || !phrase.Contains(QuestionReasons.AnswerToken, StringComparison.Ordinal) =>
                $"needs `reason:` with {QuestionReasons.AnswerToken} where the answer goes",
            _ => null,
        };
    }

    private static string? OfValue(Question question, AnswerValue value) => value switch
    {
        AnswerValue.Flag flag => flag.Value ? question.Reasons.Yes : question.Reasons.No,
        AnswerValue.Choice choice => Option(question, choice.Value)?.Reason,
        AnswerValue.Date date => Fill(question, Format(ReasonWords.For(question.Language).OnDate, ValueText.Date(date.Value, question.Language))),
        _ => Fill(question, question.Describe(value)),
    };

    private static (string Text, bool Several) Test(QuestionTest test, Questionnaire questionnaire)
    {
        var words = ReasonWords.For(questionnaire.Language);
        if (questionnaire.Find(test.QuestionId) is not { } question)
        {
            return (Format(words.IsTested, test.QuestionId), false);
        }

        if (test is InCondition @in)
        {
            var phrases = @in.Values.Select(v => OfValue(question, v) ?? Format(words.IsQuoted, question.Label, question.Describe(v))).Distinct().ToList();
            return (Join(phrases, words.Or), phrases.Count > 1);
        }

        return (test switch
        {
            EqualsCondition equals => OfValue(question, equals.Value) ?? Format(words.Is, question.Label, test.Describe(question)),
            ContainsCondition contains => Option(question, contains.Option)?.Reason ?? Format(words.Has, question.Label, test.Describe(question)),
            AnsweredCondition => Format(words.IsAnswered, question.Label),
            _ => Fill(question, test.Describe(question)) ?? Format(words.Is, question.Label, test.Describe(question)),
        }, false);
    }

    // A negated test on a yes/no or a single choice reads as the answers it lets through, so
    // "not (no)" reads "you will plan the sites with the grid operator, or there is no answer".
    private static (string Text, bool Several) Negated(QuestionTest test, Questionnaire questionnaire)
    {
        var words = ReasonWords.For(questionnaire.Language);
        if (questionnaire.Find(test.QuestionId) is not { } question)
        {
            return (Format(words.NotTested, test.QuestionId), false);
        }

        IEnumerable<AnswerValue>? others = (question.Type, test) switch
        {
            (QuestionType.YesNo, EqualsCondition e) => [new AnswerValue.Flag(!((AnswerValue.Flag)e.Value).Value)],
            (QuestionType.YesNo, InCondition i) => new AnswerValue[] { new AnswerValue.Flag(true), new AnswerValue.Flag(false) }.Where(v => !i.Values.Contains(v)),
            (QuestionType.SingleChoice, EqualsCondition e) => question.Options.Select(o => (AnswerValue)new AnswerValue.Choice(o.Value)).Where(v => !v.Equals(e.Value)),
            (QuestionType.SingleChoice, InCondition i) => question.Options.Select(o => (AnswerValue)new AnswerValue.Choice(o.Value)).Where(v => !i.Values.Contains(v)),
            _ => null,
        };
        if (others is not null)
        {
            var phrases = others.Select(v => OfValue(question, v) ?? Format(words.IsQuoted, question.Label, question.Describe(v))).Distinct().ToList();
            return (Join([.. phrases, Format(words.IsNotAnswered, question.Label)], words.Or), true);
        }

        // "not less than 1" reads "1 or more"; an unanswered question passes a negated test too.
        var unanswered = Format(words.IsNotAnswered, question.Label);
        return test switch
        {
            ContainsCondition contains when Option(question, contains.Option)?.ReasonNot is { } without => (without, false),
            LessThanCondition less when Fill(question, Format(less.Bound is AnswerValue.Date ? words.OnOrAfter : words.OrMore, question.Describe(less.Bound))) is { } atLeast =>
                (Join([atLeast, unanswered], words.Or), true),
            GreaterThanCondition more when Fill(question, Format(more.Bound is AnswerValue.Date ? words.OnOrBefore : words.OrLess, question.Describe(more.Bound))) is { } atMost =>
                (Join([atMost, unanswered], words.Or), true),
            _ => (Format(words.Not, Test(test, questionnaire).Text), false),
        };
    }

    private static string? Fill(Question question, string answer) =>
        question.Reasons.Answer?.Replace(QuestionReasons.AnswerToken, answer, StringComparison.Ordinal);

    private static ChoiceOption? Option(Question question, string value) =>
        question.Options.FirstOrDefault(o => o.Value == value);

    private static string Plain(Question question, AnswerValue answer) =>
        Format(ReasonWords.For(question.Language).Plain, question.Label, question.Describe(answer));
}
