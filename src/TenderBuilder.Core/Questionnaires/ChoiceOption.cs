namespace TenderBuilder.Core.Questionnaires;

/// <summary>One option of a choice question.</summary>
/// <param name="Value">The stable value stored in answers and named in conditions.</param>
/// <param name="Label">What the officer reads.</param>
/// <param name="Help">Optional explanation of the option.</param>
public sealed record ChoiceOption(string Value, string Label, string? Help);
