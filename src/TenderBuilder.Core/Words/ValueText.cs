using System.Globalization;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Words;

/// <summary>
/// Values as a document language writes them: numbers, money and dates in its culture
/// (<see cref="DocumentLanguages.CultureOf"/>), yes and no in its words. English keeps exactly the
/// forms it always had (invariant numbers, ISO dates), as does the pseudo-language.
/// </summary>
public static class ValueText
{
    /// <summary>A number: as many decimals as it has, the language's decimal mark.</summary>
    public static string Number(decimal value, string? language) =>
        value.ToString("0.##########", DocumentLanguages.CultureOf(language));

    /// <summary>An amount of money, grouped ("1,500,000"; "1.500.000" in German).</summary>
    public static string Money(decimal value, string? language) =>
        value.ToString("#,0.##", DocumentLanguages.CultureOf(language));

    /// <summary>A date: YYYY-MM-DD in English, the language's short date otherwise.</summary>
    public static string Date(DateOnly value, string? language) =>
        DocumentLanguages.CultureOf(language) is var culture && culture.Equals(CultureInfo.InvariantCulture)
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("d", culture);

    /// <summary>A time of day in the language's short form, always the 24-hour clock of the cultures TenderBuilder writes ("14:00").</summary>
    public static string Time(TimeOnly value, string? language) =>
        value.ToString("t", DocumentLanguages.CultureOf(language));

    /// <summary>Any answer or parameter value (options by their value; labels are the questionnaire's job).</summary>
    public static string Of(AnswerValue value, string? language)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            AnswerValue.Flag flag => flag.Value ? RulesWords.For(language).Yes : RulesWords.For(language).No,
            AnswerValue.Number number => Number(number.Value, language),
            AnswerValue.Date date => Date(date.Value, language),
            AnswerValue.Time time => Time(time.Value, language),
            AnswerValue.Choices { Values.IsEmpty: true } => RulesWords.For(language).NoneChosen,
            _ => value.Display,
        };
    }
}
