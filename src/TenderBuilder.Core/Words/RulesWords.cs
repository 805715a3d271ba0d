namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table's section "rules" (Tables/&lt;language&gt;/rules.yaml): the sentences the
/// rules engine writes into a package around the catalogue's words (why a clause is in or out, the
/// points it binds, a value not yet set, the officer's own clauses, why the package is framed as it
/// is). What each placeholder holds is said in the English file.
/// </summary>
[WordSection("rules")]
public sealed record RulesWords
{
    /// <summary>The section in a language (cached by the table).</summary>
    public static RulesWords For(string? language) => WordTables.Load<RulesWords>("rules", language);

    /// <summary>A label quoted inside a sentence ("“{0}”"), with the quotation marks of the language.</summary>
    public string Quoted { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string LeftOutBecause { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string RemovedByOfficer { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string LeftOutZeroWeight { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string IncludedAlways { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string IncludedBecause { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string WithOwnReason { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string RequiredByLaw { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string RequiredWhereLawApplies { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string Recommended { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string Unset { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string Yes { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string No { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string NoneChosen { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string CustomTopic { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string CustomVerification { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string CustomExplanation { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string AllPoints { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string AppliesTo { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string AppliesToNoPoint { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string Lot { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string Lots { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string PointsOfClass { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string PointsOfClasses { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string Points { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string PointsOfCurrent { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string AtSitesOfType { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string AtSitesOfTypes { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string InLots { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string FramingHybridConcession { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string FramingConcession { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string FramingPermit { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string FramingHybridUnknown { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string FramingHybridContract { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string FramingContract { get; init; } = "";

    /// <summary>See Tables/en/rules.yaml.</summary>
    public string FramingBelowThreshold { get; init; } = "";
}
