namespace TenderBuilder.Core.Questionnaires;

/// <summary>One option of a choice question.</summary>
/// <param name="Value">The stable value stored in answers and named in conditions.</param>
/// <param name="Label">What the officer reads.</param>
/// <param name="Help">Optional explanation of the option.</param>
public sealed record ChoiceOption(string Value, string Label, string? Help)
{
    /// <summary>
    /// What choosing this option says, as part of a sentence that starts "Included because …"
    /// (e.g. "you chose a service concession"); null when no clause depends on it.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>For a multiple choice: what leaving this option out says ("you did not ask for OCPI").</summary>
    public string? ReasonNot { get; init; }
}
