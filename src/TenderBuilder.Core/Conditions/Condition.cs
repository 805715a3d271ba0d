using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Conditions;

/// <summary>
/// A condition in TenderBuilder's small typed vocabulary: combinations (<c>all</c>, <c>any</c>,
/// <c>not</c>) and tests on one question. Typed rather than strings of code, so the catalogue
/// checks each one against the questionnaire when it loads, and every result can be explained in
/// words. A test on an unanswered or hidden question is false.
/// </summary>
public abstract record Condition(SourceLocation Location)
{
    /// <summary>Evaluates against the answers, keeping every test read for the explanation.</summary>
    public abstract ConditionResult Evaluate(IAnswerLookup answers);

    /// <summary>The questions this condition reads.</summary>
    public abstract IEnumerable<string> QuestionIds();
}

/// <summary>Every part holds.</summary>
public sealed record AllCondition(ImmutableArray<Condition> Parts, SourceLocation Location) : Condition(Location)
{
    /// <inheritdoc />
    public override ConditionResult Evaluate(IAnswerLookup answers)
    {
        var results = Parts.Select(part => part.Evaluate(answers)).ToImmutableArray();
        return new ConditionResult(results.All(result => result.Value), "all", results, null);
    }

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => Parts.SelectMany(part => part.QuestionIds());
}

/// <summary>At least one part holds.</summary>
public sealed record AnyCondition(ImmutableArray<Condition> Parts, SourceLocation Location) : Condition(Location)
{
    /// <inheritdoc />
    public override ConditionResult Evaluate(IAnswerLookup answers)
    {
        var results = Parts.Select(part => part.Evaluate(answers)).ToImmutableArray();
        return new ConditionResult(results.Any(result => result.Value), "any", results, null);
    }

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => Parts.SelectMany(part => part.QuestionIds());
}

/// <summary>The part does not hold.</summary>
public sealed record NotCondition(Condition Part, SourceLocation Location) : Condition(Location)
{
    /// <inheritdoc />
    public override ConditionResult Evaluate(IAnswerLookup answers)
    {
        var result = Part.Evaluate(answers);
        return new ConditionResult(!result.Value, "not", [result], null);
    }

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => Part.QuestionIds();
}

/// <summary>A test on one question's answer.</summary>
public abstract record QuestionTest(string QuestionId, SourceLocation Location) : Condition(Location)
{
    /// <inheritdoc />
    public sealed override ConditionResult Evaluate(IAnswerLookup answers)
    {
        var question = answers.Question(QuestionId);
        var answer = answers.Answer(QuestionId);
        var holds = Holds(answer);
        var asked = answers.Asked(QuestionId);
        var fact = new Fact(QuestionId, question.Label, answer is null ? null : question.Describe(answer), Describe(question), holds, Reasons.OfAnswer(question, this, answer, asked), asked);
        return new ConditionResult(holds, "test", [], fact);
    }

    /// <inheritdoc />
    public sealed override IEnumerable<string> QuestionIds() => [QuestionId];

    /// <summary>The test in words, using the question's option labels and unit.</summary>
    public abstract string Describe(Question question);

    /// <summary>Whether the answer passes; an absent answer passes only <see cref="AnsweredCondition"/>.</summary>
    public bool Passes(AnswerValue? answer) => Holds(answer);

    /// <summary>Whether the answer passes; an absent answer passes only <see cref="AnsweredCondition"/>.</summary>
    protected abstract bool Holds(AnswerValue? answer);

    /// <summary>Orders two comparable answers (numbers with numbers, dates with dates).</summary>
    protected static int? Compare(AnswerValue? answer, AnswerValue bound) => (answer, bound) switch
    {
        (AnswerValue.Number a, AnswerValue.Number b) => a.Value.CompareTo(b.Value),
        (AnswerValue.Date a, AnswerValue.Date b) => a.Value.CompareTo(b.Value),
        _ => null,
    };
}

/// <summary>The answer equals a value.</summary>
public sealed record EqualsCondition(string QuestionId, AnswerValue Value, SourceLocation Location) : QuestionTest(QuestionId, Location)
{
    /// <inheritdoc />
    public override string Describe(Question question) => $"“{question.Describe(Value)}”";

    /// <inheritdoc />
    protected override bool Holds(AnswerValue? answer) => answer is not null && answer.Equals(Value);
}

/// <summary>The answer is one of several options.</summary>
public sealed record InCondition(string QuestionId, ImmutableArray<AnswerValue> Values, SourceLocation Location) : QuestionTest(QuestionId, Location)
{
    /// <inheritdoc />
    public override string Describe(Question question) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.ReasonWords.For(question.Language).OneOf, string.Join(", ", Values.Select(value => $"“{question.Describe(value)}”")));

    /// <inheritdoc />
    protected override bool Holds(AnswerValue? answer) => answer is not null && Values.Contains(answer);
}

/// <summary>A multiple-choice answer includes an option.</summary>
public sealed record ContainsCondition(string QuestionId, string Option, SourceLocation Location) : QuestionTest(QuestionId, Location)
{
    /// <inheritdoc />
    public override string Describe(Question question) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.ReasonWords.For(question.Language).Includes, question.OptionLabel(Option));

    /// <inheritdoc />
    protected override bool Holds(AnswerValue? answer) => answer is AnswerValue.Choices choices && choices.Values.Contains(Option);
}

/// <summary>A number or date is above (after) a bound.</summary>
public sealed record GreaterThanCondition(string QuestionId, AnswerValue Bound, SourceLocation Location) : QuestionTest(QuestionId, Location)
{
    /// <inheritdoc />
    public override string Describe(Question question) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Bound is AnswerValue.Date ? Words.ReasonWords.For(question.Language).After : Words.ReasonWords.For(question.Language).MoreThan, question.Describe(Bound));

    /// <inheritdoc />
    protected override bool Holds(AnswerValue? answer) => Compare(answer, Bound) > 0;
}

/// <summary>A number or date is below (before) a bound.</summary>
public sealed record LessThanCondition(string QuestionId, AnswerValue Bound, SourceLocation Location) : QuestionTest(QuestionId, Location)
{
    /// <inheritdoc />
    public override string Describe(Question question) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Bound is AnswerValue.Date ? Words.ReasonWords.For(question.Language).Before : Words.ReasonWords.For(question.Language).LessThan, question.Describe(Bound));

    /// <inheritdoc />
    protected override bool Holds(AnswerValue? answer) => Compare(answer, Bound) < 0;
}

/// <summary>A number or date lies within bounds, both included.</summary>
public sealed record BetweenCondition(string QuestionId, AnswerValue Min, AnswerValue Max, SourceLocation Location) : QuestionTest(QuestionId, Location)
{
    /// <inheritdoc />
    public override string Describe(Question question) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.ReasonWords.For(question.Language).FromTo, question.Describe(Min), question.Describe(Max));

    /// <inheritdoc />
    protected override bool Holds(AnswerValue? answer) => Compare(answer, Min) >= 0 && Compare(answer, Max) <= 0;
}

/// <summary>The question has an active answer.</summary>
public sealed record AnsweredCondition(string QuestionId, SourceLocation Location) : QuestionTest(QuestionId, Location)
{
    /// <inheritdoc />
    public override string Describe(Question question) => Words.ReasonWords.For(question.Language).AnAnswer;

    /// <inheritdoc />
    protected override bool Holds(AnswerValue? answer) => answer is not null;
}
