using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Conditions;

/// <summary>
/// A condition in plain words, without any answers: what the catalogue browser and the
/// catalogue's readers show, so an officer can read when a clause applies before answering.
/// </summary>
public static class ConditionText
{
    /// <summary>The sentence for a clause that has no condition.</summary>
    public const string Always = "Applies to every tender";

    /// <summary>
    /// Describes a condition with the questions' labels and the options' labels, e.g.
    /// <c>Applies when “Which procurement model will you use?” is “Service concession” and …</c>.
    /// Dates read YYYY-MM-DD; nested combinations read "any of (…)", "all of (…)", "not (…)".
    /// </summary>
    /// <param name="condition">The condition; null means the clause always applies.</param>
    /// <param name="questionnaire">The questionnaire the condition was checked against.</param>
    public static string Describe(Condition? condition, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return condition switch
        {
            null => Always,
            // At the top, a plain "and" / "or" reads more naturally than "all of (…)".
            AllCondition all => "Applies when " + string.Join(" and ", all.Parts.Select(part => Phrase(part, questionnaire))),
            AnyCondition any => "Applies when " + string.Join(" or ", any.Parts.Select(part => Phrase(part, questionnaire))),
            _ => "Applies when " + Phrase(condition, questionnaire),
        };
    }

    private static string Phrase(Condition condition, Questionnaire questionnaire) => condition switch
    {
        AllCondition all => "all of (" + string.Join("; ", all.Parts.Select(part => Phrase(part, questionnaire))) + ")",
        AnyCondition any => "any of (" + string.Join("; ", any.Parts.Select(part => Phrase(part, questionnaire))) + ")",
        NotCondition not => "not (" + Phrase(not.Part, questionnaire) + ")",
        QuestionTest test => Test(test, questionnaire),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.GetType().Name, "Unknown kind of condition."),
    };

    private static string Test(QuestionTest test, Questionnaire questionnaire)
    {
        // The loader rejects unknown questions; a hand-built condition still reads, by id.
        var question = questionnaire.Find(test.QuestionId);
        var label = $"“{question?.Label ?? test.QuestionId}”";
        if (question is null)
        {
            return $"{label} is tested";
        }

        return test switch
        {
            ContainsCondition => $"{label} {test.Describe(question)}",
            AnsweredCondition => $"{label} is answered",
            _ => $"{label} is {test.Describe(question)}",
        };
    }
}
