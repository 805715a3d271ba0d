namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table's section "reasons" (Tables/&lt;language&gt;/reasons.yaml): the glue around
/// the catalogue's reason phrases when a condition is explained (<see cref="Conditions.Reasons"/>)
/// and the words of a test ("more than {0}"). What each placeholder holds is said in the English file.
/// </summary>
[WordSection("reasons")]
public sealed record ReasonWords
{
    /// <summary>The section in a language (cached by the table).</summary>
    public static ReasonWords For(string? language) => WordTables.Load<ReasonWords>("reasons", language);

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string DoesNotApply { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string NoAnswerTo { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string OnDate { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string OnDateCompared { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string Not { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string Plain { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string And { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string Or { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string IsTested { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string NotTested { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string Is { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string IsQuoted { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string Has { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string IsAnswered { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string IsNotAnswered { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string OnOrAfter { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string OrMore { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string OnOrBefore { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string OrLess { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string After { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string MoreThan { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string Before { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string LessThan { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string OneOf { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string Includes { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string FromTo { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string AnAnswer { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string AppliesAlways { get; init; } = "";

    /// <summary>See Tables/en/reasons.yaml.</summary>
    public string AppliesWhen { get; init; } = "";
}
