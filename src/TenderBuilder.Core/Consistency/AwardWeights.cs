using System.Globalization;
using TenderBuilder.Core.Answers;

namespace TenderBuilder.Core.Consistency;

/// <summary>
/// The award weights the officer has given, among those the answers ask for (which ones depends on
/// the award basis and the procurement model), and how far their sum is from 100 %. One sum for the
/// consistency check <c>award.weights-not-100</c> and the running total beside the weights, so the
/// two never disagree.
/// </summary>
/// <param name="Weights">The weights answered among the visible weight questions, in questionnaire order.</param>
public sealed record AwardWeights(IReadOnlyList<decimal> Weights)
{
    /// <summary>The weights of the visible weight questions that have a number.</summary>
    public static AwardWeights Of(AnswerSet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new(
        [
            .. answers.All
                .Where(a => IsWeight(a.Question.Id) && a.Active is AnswerValue.Number)
                .Select(a => ((AnswerValue.Number)a.Active!).Value),
        ]);
    }

    /// <summary>Whether a question is one of the award weights.</summary>
    public static bool IsWeight(string questionId) => questionId.StartsWith(Q.AwardWeightPrefix, StringComparison.Ordinal);

    /// <summary>Whether any weight is given: until then there is no total to speak of.</summary>
    public bool Any => Weights.Count > 0;

    /// <summary>The sum of the weights, in %.</summary>
    public decimal Total => Weights.Sum();

    /// <summary>What is missing to 100 % (positive), or too many (negative); 0 when they add up.</summary>
    public decimal Missing => 100 - Total;

    /// <summary>Whether the weights add up to exactly 100 %.</summary>
    public bool AddUp => Total == 100;

    /// <summary>"Total 90 %: 10 % missing to 100 %", "Total 110 %: 10 % too many", "Total 100 %".</summary>
    public string Describe() => Describe(Input.DocumentLanguages.English);

    /// <summary>The running total in a document language, its numbers in the language's culture.</summary>
    public string Describe(string? language)
    {
        var words = Words.ConsistencyWords.For(language);
        var culture = Input.DocumentLanguages.CultureOf(language);
        string Number(decimal value) => value.ToString("0.##", culture);
        return Missing switch
        {
            > 0 => string.Format(culture, words.WeightsMissing, Number(Total), Number(Missing)),
            < 0 => string.Format(culture, words.WeightsTooMany, Number(Total), Number(-Missing)),
            _ => string.Format(culture, words.WeightsTotal, Number(Total)),
        };
    }

    /// <summary>A number of percent as the documents print it ("12.5 %").</summary>
    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
