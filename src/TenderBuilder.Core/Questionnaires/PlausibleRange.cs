namespace TenderBuilder.Core.Questionnaires;

/// <summary>
/// Where an answer is believable, as opposed to where it is accepted (<see cref="Question.Min"/>,
/// <see cref="Question.Max"/>): a kWh tariff of €4 is a valid number but almost surely a slip
/// (4 instead of 0.4, cents instead of euros). An answer outside gives a warning, never an error:
/// the officer may know better.
/// </summary>
/// <param name="Min">For numbers: the lowest believable value, or null (money: in euros, checked only in tenders in euros).</param>
/// <param name="Max">For numbers: the highest believable value, or null.</param>
/// <param name="MaxYearsAhead">For dates: how many years after the day of evaluation a date is still believable, or null.</param>
/// <param name="Reason">Why values outside are doubtful, in plain words, as a full sentence.</param>
public sealed record PlausibleRange(decimal? Min, decimal? Max, int? MaxYearsAhead, string Reason)
{
    /// <summary>Whether a number lies outside.</summary>
    public bool Excludes(decimal value) => value < Min || value > Max;

    /// <summary>Whether a date lies too far ahead of <paramref name="referenceDate"/>.</summary>
    public bool Excludes(DateOnly value, DateOnly referenceDate) =>
        MaxYearsAhead is { } years && value > referenceDate.AddYears(years);
}
