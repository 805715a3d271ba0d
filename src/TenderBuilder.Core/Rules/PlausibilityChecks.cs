using System.Collections.Immutable;
using System.Globalization;
using TenderBuilder.Core.Answers;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Warns about answers that are accepted but hard to believe (a kWh tariff of €45, a deadline ten
/// years out), as the question's <c>plausible:</c> range says. A slip of a separator or a unit is
/// the usual cause; the warning names the value so the officer sees it.
/// </summary>
internal static class PlausibilityChecks
{
    /// <summary>The code of the warning.</summary>
    public const string Code = "answer.implausible";

    // Money ranges are written in euros; a tender in another currency (or none yet) is not checked
    // against them, since 2 SEK per kWh is a low price, not a slip.
    private const string Euro = "EUR";

    public static IEnumerable<Finding> Check(AnswerSet answers, DateOnly referenceDate)
    {
        var inEuros = answers.All.Any(a => a.Question.Field == "estimatedValue.currency" && a.Active is AnswerValue.Choice { Value: Euro });
        foreach (var answer in answers.All)
        {
            if (answer.Question.Plausible is not { } range || answer.Active is not { } value || answer.Malformed
                || (answer.Question.Type == Questionnaires.QuestionType.Money && !inEuros))
            {
                continue;
            }

            var doubtful = value switch
            {
                AnswerValue.Number number => range.Excludes(number.Value),
                AnswerValue.Date date => range.Excludes(date.Value, referenceDate),
                _ => false,
            };
            if (doubtful)
            {
                var given = answer.Question.Describe(value);
                yield return new Finding(Code, FindingSeverity.Warning,
                    $"“{answer.Question.Label}” is {given}, which looks unlikely. {Limit(range, value, referenceDate)} {range.Reason} Check the value; keep it if it is what you meant.",
                    [], answer.Question.InputPath)
                {
                    Questions = [answer.Question.Id],
                };
            }
        }
    }

    private static string Limit(Questionnaires.PlausibleRange range, AnswerValue value, DateOnly referenceDate) => value switch
    {
        AnswerValue.Date => $"Expected no later than {referenceDate.AddYears(range.MaxYearsAhead ?? 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({range.MaxYearsAhead} years ahead).",
        _ => (range.Min, range.Max) switch
        {
            ({ } min, { } max) => $"Expected between {Plain(min)} and {Plain(max)}.",
            ({ } min, null) => $"Expected at least {Plain(min)}.",
            (null, { } max) => $"Expected at most {Plain(max)}.",
            _ => "",
        },
    };

    private static string Plain(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
