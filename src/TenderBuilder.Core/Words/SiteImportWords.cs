namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table's section "sites-import" (Tables/&lt;language&gt;/sites-import.yaml): what
/// the sites CSV import says about a file it refuses (<see cref="Sites.SiteCsvReader"/>,
/// <see cref="Sites.SiteOptions"/>), line by line and column by column. The column names are the
/// file format's and stay as they are; the YAML comment above each key says what each {0}, {1} stands for.
/// </summary>
[WordSection(Section)]
public sealed record SiteImportWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "sites-import";

    /// <summary>The section in a language (English for anything not a document language or the pseudo-language; cached).</summary>
    public static SiteImportWords For(string? language) => WordTables.Load<SiteImportWords>(Section, language);

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string AtLine { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string AtLineColumn { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotUtf8 { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string Empty { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string TooLarge { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string MoreProblems { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string UnclosedQuote { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string TooManyValues { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string UnnamedColumn { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string UnknownColumn { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string ColumnTwice { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string MissingColumn { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string TextTooLong { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string ControlCharacter { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotANumber { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotWhole { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotADate { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string MissingSiteId { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string DiffersFromFirst { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NoPointsAdded { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string SiteListedTwice { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string TooManySites { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string MissingName { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string EmptyGroupCell { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotACurrent { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotASiteType { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotAnAccess { get; init; } = "";

    /// <summary>See Tables/en/sites-import.yaml.</summary>
    public string NotAConnector { get; init; } = "";
}
