using System.Collections.Immutable;
using System.Globalization;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Words;

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

    public static IEnumerable<Finding> Check(AnswerSet answers, DateOnly referenceDate, string? language = null)
    {
        var say = new Say(language);
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
                    say.Message(say.Words.AnswerImplausible, answer.Question.Label, given, Limit(range, value, referenceDate, say), range.Reason),
                    [], answer.Question.InputPath)
                {
                    Questions = [answer.Question.Id],
                };
            }
        }
    }

    private static string Limit(Questionnaires.PlausibleRange range, AnswerValue value, DateOnly referenceDate, Say say) => value switch
    {
        AnswerValue.Date => say.Message(say.Words.PlausibleDate, say.Date(referenceDate.AddYears(range.MaxYearsAhead ?? 0)), range.MaxYearsAhead),
        _ => (range.Min, range.Max) switch
        {
            ({ } min, { } max) => say.Message(say.Words.PlausibleBetween, Plain(min, say), Plain(max, say)),
            ({ } min, null) => say.Message(say.Words.PlausibleAtLeast, Plain(min, say)),
            (null, { } max) => say.Message(say.Words.PlausibleAtMost, Plain(max, say)),
            _ => "",
        },
    };

    private static string Plain(decimal value, Say say) => say.Number(value, "#,0.##########");
}
