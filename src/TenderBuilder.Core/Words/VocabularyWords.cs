using System.Collections.Immutable;

namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table's section "vocabulary" (Tables/&lt;language&gt;/vocabulary.yaml): the
/// terms <see cref="Vocabulary"/> serves. Each labelled enum has a mapping named after its type,
/// keyed by the value's code name ("Mandatory") for the label and by the code name with
/// <see cref="HelpSuffix"/> ("Mandatory.help") for its help. Read through <see cref="Vocabulary.For"/>,
/// which checks every value has a label.
/// </summary>
[WordSection("vocabulary")]
public sealed record VocabularyWords
{
    /// <summary>What follows a value's code name in the key of its help.</summary>
    public const string HelpSuffix = ".help";

    /// <summary>Clause strengths.</summary>
    public IReadOnlyDictionary<string, string> Strength { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Clause kinds.</summary>
    public IReadOnlyDictionary<string, string> ClauseKind { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Deliverables (the documents clauses go into).</summary>
    public IReadOnlyDictionary<string, string> Deliverable { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Verification methods; they name no party or offer, since pages without a model print them too.</summary>
    public IReadOnlyDictionary<string, string> VerificationMethod { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Verification statuses of a citation.</summary>
    public IReadOnlyDictionary<string, string> VerificationStatus { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Finding severities.</summary>
    public IReadOnlyDictionary<string, string> FindingSeverity { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Where a parameter's value comes from.</summary>
    public IReadOnlyDictionary<string, string> ParameterOrigin { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Parameter types.</summary>
    public IReadOnlyDictionary<string, string> ParameterType { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Review statuses of a draft.</summary>
    public IReadOnlyDictionary<string, string> DraftStatus { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Who a template is shared with.</summary>
    public IReadOnlyDictionary<string, string> TemplateSharing { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>AFIR power classes.</summary>
    public IReadOnlyDictionary<string, string> PowerClass { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Connectors.</summary>
    public IReadOnlyDictionary<string, string> Connector { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Where an answer comes from.</summary>
    public IReadOnlyDictionary<string, string> AnswerOrigin { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Roles, by the name the database seeds.</summary>
    public IReadOnlyDictionary<string, string> Roles { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Kinds of history entry, by the kind as stored.</summary>
    public IReadOnlyDictionary<string, string> HistoryKinds { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>How a verified citation reads with its section of the verified facts; <c>{0}</c> is the section.</summary>
    public string VerifiedIn { get; init; } = "";
}
