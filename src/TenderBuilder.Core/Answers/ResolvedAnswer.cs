using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Answers;

/// <summary>Where an answer's value came from.</summary>
public enum AnswerOrigin
{
    /// <summary>No value.</summary>
    None,

    /// <summary>The officer gave it.</summary>
    Given,

    /// <summary>The questionnaire's source-backed default.</summary>
    Default,

    /// <summary>Worked out from the sites or lots lists (<see cref="Sites.DerivedAnswers"/>).</summary>
    Derived,
}

/// <summary>One question's resolved state: its value, where it came from, whether it is shown.</summary>
public sealed record ResolvedAnswer(Question Question, AnswerValue? Value, AnswerOrigin Origin, bool Visible, bool Malformed = false)
{
    /// <summary>The value the rules read: hidden answers are kept but ignored.</summary>
    public AnswerValue? Active => Visible ? Value : null;
}
