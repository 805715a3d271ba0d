using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Conditions;

/// <summary>
/// A condition in plain words, without any answers: what the catalogue browser and the
/// catalogue's readers show, so an officer can read when a clause applies before answering.
/// </summary>
public static class ConditionText
{
    /// <summary>The sentence for a clause that has no condition, in English (the reasons section's <c>AppliesAlways</c>).</summary>
    public static string Always => Words.ReasonWords.For(Input.DocumentLanguages.English).AppliesAlways;

    /// <summary>
    /// Describes a condition in the reasons the catalogue authors on each question, the same words
    /// the memo and the wizard give once answers exist, e.g.
    /// <c>Applies when the grid is congested where the points will be installed and you chose a service concession</c>.
    /// Nested combinations are bracketed; dates read YYYY-MM-DD.
    /// </summary>
    /// <param name="condition">The condition; null means the clause always applies.</param>
    /// <param name="questionnaire">The questionnaire the condition was checked against.</param>
    public static string Describe(Condition? condition, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var words = Words.ReasonWords.For(questionnaire.Language);
        return condition is null
            ? words.AppliesAlways
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, words.AppliesWhen, Reasons.OfCondition(condition, questionnaire));
    }
}
