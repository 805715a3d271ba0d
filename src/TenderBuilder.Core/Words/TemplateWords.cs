namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table's section "templates" (Tables/&lt;language&gt;/templates.yaml): what a
/// template's locks say (<see cref="Templates.TemplateAnswers"/>, <see cref="Templates.TemplateBinding"/>):
/// why a lock cannot be set, who locked what and why, and what a change would break. The YAML
/// comment above each key says what each {0}, {1} stands for.
/// </summary>
[WordSection(Section)]
public sealed record TemplateWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "templates";

    /// <summary>The section in a language (English for anything not a document language or the pseudo-language; cached).</summary>
    public static TemplateWords For(string? language) => WordTables.Load<TemplateWords>(Section, language);

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string ReasonMissing { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string ReasonTooLong { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string AlreadyLocked { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string NoSuchQuestion { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string TitleNotLockable { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string UnansweredNotLockable { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string ClauseNotInTemplate { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string LockedBy { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string Broken { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string AnswerChanged { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string ClauseRemoved { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string ClauseDropped { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string ClauseValuesChanged { get; init; } = "";

    /// <summary>See Tables/en/templates.yaml.</summary>
    public string ClauseChanged { get; init; } = "";
}
