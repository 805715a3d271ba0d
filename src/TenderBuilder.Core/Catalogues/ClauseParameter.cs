using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Catalogues;

/// <summary>The shapes a clause parameter can take.</summary>
public enum ParameterType
{
    /// <summary>A number with a unit and range.</summary>
    Number,

    /// <summary>A number from 0 to 100.</summary>
    Percentage,

    /// <summary>A length of time (number with a unit: hours, days, months, years).</summary>
    Duration,

    /// <summary>One of a fixed set of values.</summary>
    Enum,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>An amount in the tender's currency.</summary>
    Money,
}

/// <summary>A typed value in a clause's text, written as <c>{name}</c>.</summary>
public sealed record ClauseParameter
{
    /// <summary>The placeholder name.</summary>
    public required string Name { get; init; }

    /// <summary>The value's shape.</summary>
    public required ParameterType Type { get; init; }

    /// <summary>What the value means, for the officer.</summary>
    public required string Label { get; init; }

    /// <summary>Unit for numbers and durations.</summary>
    public string? Unit { get; init; }

    /// <summary>Lowest accepted value.</summary>
    public decimal? Min { get; init; }

    /// <summary>Highest accepted value.</summary>
    public decimal? Max { get; init; }

    /// <summary>Values of an enum parameter.</summary>
    public ImmutableArray<string> Options { get; init; } = [];

    /// <summary>
    /// How an enum parameter's options read in the clause text, one per option, where the
    /// catalogue's language words them differently from the stored values (a translation); empty =
    /// the values themselves.
    /// </summary>
    public ImmutableArray<string> OptionLabels { get; init; } = [];

    /// <summary>A source-backed default, or null (the authority sets it).</summary>
    public AnswerValue? Default { get; init; }

    /// <summary>The source supporting <see cref="Default"/>.</summary>
    public Citation? DefaultSource { get; init; }

    /// <summary>The question whose answer sets the value.</summary>
    public string? FromAnswer { get; init; }

    /// <summary>Checks a value against type, range and options; null when it fits.</summary>
    /// <param name="value">The value.</param>
    /// <param name="say">The language of the answer; English when null (the catalogue's own checks).</param>
    public string? Check(AnswerValue value, Say? say = null)
    {
        say ??= new Say(Input.DocumentLanguages.English);
        return (Type, value) switch
        {
            (ParameterType.Number or ParameterType.Duration or ParameterType.Money, AnswerValue.Number number) => CheckRange(number.Value, say),
            (ParameterType.Percentage, AnswerValue.Number number) => CheckRange(number.Value, say, 0, 100),
            (ParameterType.Enum, AnswerValue.Choice choice) => Options.Contains(choice.Value)
                ? null
                : say.Message(say.Words.ValueIsNot, $"\"{choice.Value}\"", say.Message(say.Words.ExpectedOneOf, string.Join(", ", Options))),
            (ParameterType.Text, AnswerValue.Text) => null,
            (ParameterType.Date, AnswerValue.Date) => null,
            _ => say.Message(say.Words.ValueIsNot, $"\"{value.Display}\"", ExpectedIn(say)),
        };
    }

    /// <summary>The value as it appears in clause text, in a document language's culture (English when none is given).</summary>
    public string Render(AnswerValue value, string? language = null) => value switch
    {
        AnswerValue.Choice choice when Options.IndexOf(choice.Value) is >= 0 and var at && at < OptionLabels.Length => OptionLabels[at],
        AnswerValue.Number number when Type == ParameterType.Percentage => Words.ValueText.Number(number.Value, language) + " %",
        AnswerValue.Number number when Unit is not null => $"{Words.ValueText.Number(number.Value, language)} {Unit}",
        _ => Words.ValueText.Of(value, language),
    };

    /// <summary>What a value looks like, in English words (the catalogue's load errors).</summary>
    public string Expected => ExpectedIn(new Say(Input.DocumentLanguages.English));

    /// <summary>What a value looks like, in words of a language.</summary>
    public string ExpectedIn(Say say) => Type switch
    {
        ParameterType.Enum => say.Message(say.Words.ExpectedOneOf, string.Join(", ", Options)),
        ParameterType.Percentage => say.Words.ExpectedPercentage,
        ParameterType.Date => say.Words.ExpectedDate,
        ParameterType.Text => say.Words.ExpectedText,
        _ => Unit is null ? say.Words.ExpectedNumber : say.Message(say.Words.ExpectedNumberIn, Unit),
    };

    private string? CheckRange(decimal number, Say say, decimal? floor = null, decimal? ceiling = null)
    {
        var min = Min ?? floor;
        var max = Max ?? ceiling;
        return number < min ? say.Message(say.Words.BelowMinimum, Plain(number, say), Plain(min.Value, say))
            : number > max ? say.Message(say.Words.AboveMaximum, Plain(number, say), Plain(max.Value, say))
            : null;
    }

    // As decimal.ToString() writes it (every digit kept), with the language's decimal separator.
    private static string Plain(decimal number, Say say) => number.ToString(say.Culture);
}
