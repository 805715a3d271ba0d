namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table's section "numbers" (Tables/&lt;language&gt;/numbers.yaml): why a typed
/// number is not one (<see cref="Numbers.TypedNumber"/>, said after the field's label and what was
/// typed) and the words around a number read back (<see cref="Numbers.NumberEcho"/>). The YAML
/// comment above each key says what each {0}, {1} stands for.
/// </summary>
[WordSection(Section)]
public sealed record NumberWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "numbers";

    /// <summary>The section in a language (English for anything not a document language or the pseudo-language; cached).</summary>
    public static NumberWords For(string? language) => WordTables.Load<NumberWords>(Section, language);

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string TooLong { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string NoDigits { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string MinusInMiddle { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string Letters { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string OddCharacter { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string DigitAtEnds { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string TwoDecimalSeparators { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string SeparatorsAfterDecimal { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string BadGrouping { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string TooLarge { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string TwoPercent { get; init; } = "";

    /// <summary>See Tables/en/numbers.yaml.</summary>
    public string PerUnit { get; init; } = "";
}
