using System.Collections.Immutable;
using TenderBuilder.Core.Answers;

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

    /// <summary>A source-backed default, or null (the authority sets it).</summary>
    public AnswerValue? Default { get; init; }

    /// <summary>The source supporting <see cref="Default"/>.</summary>
    public Citation? DefaultSource { get; init; }

    /// <summary>The question whose answer sets the value.</summary>
    public string? FromAnswer { get; init; }

    /// <summary>Checks a value against type, range and options; null when it fits.</summary>
    public string? Check(AnswerValue value) => (Type, value) switch
    {
        (ParameterType.Number or ParameterType.Duration or ParameterType.Money, AnswerValue.Number number) => CheckRange(number.Value),
        (ParameterType.Percentage, AnswerValue.Number number) => CheckRange(number.Value, 0, 100),
        (ParameterType.Enum, AnswerValue.Choice choice) => Options.Contains(choice.Value)
            ? null
            : $"\"{choice.Value}\" is not one of: {string.Join(", ", Options)}",
        (ParameterType.Text, AnswerValue.Text) => null,
        (ParameterType.Date, AnswerValue.Date) => null,
        _ => $"\"{value.Display}\" is not {Expected}",
    };

    /// <summary>The value as it appears in clause text, in a document language's culture (English when none is given).</summary>
    public string Render(AnswerValue value, string? language = null) => value switch
    {
        AnswerValue.Number number when Type == ParameterType.Percentage => Words.ValueText.Number(number.Value, language) + " %",
        AnswerValue.Number number when Unit is not null => $"{Words.ValueText.Number(number.Value, language)} {Unit}",
        _ => Words.ValueText.Of(value, language),
    };

    /// <summary>What a value looks like, in words.</summary>
    public string Expected => Type switch
    {
        ParameterType.Enum => $"one of: {string.Join(", ", Options)}",
        ParameterType.Percentage => "a percentage from 0 to 100",
        ParameterType.Date => "a date written YYYY-MM-DD",
        ParameterType.Text => "text",
        _ => Unit is null ? "a number" : $"a number (in {Unit})",
    };

    private string? CheckRange(decimal number, decimal? floor = null, decimal? ceiling = null)
    {
        var min = Min ?? floor;
        var max = Max ?? ceiling;
        return number < min ? $"{number} is below the minimum of {min}"
            : number > max ? $"{number} is above the maximum of {max}"
            : null;
    }
}
