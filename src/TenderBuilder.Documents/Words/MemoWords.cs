using TenderBuilder.Core.Words;

namespace TenderBuilder.Documents.Words;

/// <summary>
/// The words of the explanatory memo, internal to the authority. One file per language in Core's Words/Tables/&lt;language&gt;/memo.yaml (ADR 0017); the
/// properties are its keys, so a missing or extra key or a dropped placeholder fails the load.
/// </summary>
[WordSection(Section)]
public sealed record MemoWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "memo";

    /// <summary>The English table.</summary>
    public static MemoWords English => For(Core.Input.DocumentLanguages.English);

    /// <summary>The table in a document language (or the pseudo-language); anything else reads as English.</summary>
    public static MemoWords For(string? language) => WordTables.Load<MemoWords>(Section, language);

    /// <summary>Internal warning.</summary>
    public string InternalWarning { get; init; } = "";

    /// <summary>About heading.</summary>
    public string AboutHeading { get; init; } = "";

    /// <summary>{0} the date the package was built for, {1} the catalogue version.</summary>
    public string About { get; init; } = "";

    /// <summary>Law heading.</summary>
    public string LawHeading { get; init; } = "";

    /// <summary>Law concession directive.</summary>
    public string LawConcessionDirective { get; init; } = "";

    /// <summary>Law concession national.</summary>
    public string LawConcessionNational { get; init; } = "";

    /// <summary>Law permit.</summary>
    public string LawPermit { get; init; } = "";

    /// <summary>Law public contract.</summary>
    public string LawPublicContract { get; init; } = "";

    /// <summary>{0} the name the documents give the other party.</summary>
    public string PartyCalled { get; init; } = "";

    /// <summary>To verify heading.</summary>
    public string ToVerifyHeading { get; init; } = "";

    /// <summary>All verified.</summary>
    public string AllVerified { get; init; } = "";

    /// <summary>{0} how many citations.</summary>
    public string SomeToVerify { get; init; } = "";

    /// <summary>To verify caption.</summary>
    public string ToVerifyCaption { get; init; } = "";

    /// <summary>To verify columns.</summary>
    public IReadOnlyList<string> ToVerifyColumns { get; init; } = [];

    /// <summary>Findings heading.</summary>
    public string FindingsHeading { get; init; } = "";

    /// <summary>No findings.</summary>
    public string NoFindings { get; init; } = "";

    /// <summary>Findings caption.</summary>
    public string FindingsCaption { get; init; } = "";

    /// <summary>Findings columns.</summary>
    public IReadOnlyList<string> FindingsColumns { get; init; } = [];

    /// <summary>Clauses heading.</summary>
    public string ClausesHeading { get; init; } = "";

    /// <summary>Strength.</summary>
    public string Strength { get; init; } = "";

    /// <summary>Written by authority.</summary>
    public string WrittenByAuthority { get; init; } = "";

    /// <summary>Why.</summary>
    public string Why { get; init; } = "";

    /// <summary>Sources.</summary>
    public string Sources { get; init; } = "";

    /// <summary>No sources.</summary>
    public string NoSources { get; init; } = "";

    /// <summary>The label of a catalogue clause's translation status (only when the package is not in English).</summary>
    public string Translation { get; init; } = "";

    /// <summary>Translation draft.</summary>
    public string TranslationDraft { get; init; } = "";

    /// <summary>Translation reviewed.</summary>
    public string TranslationReviewed { get; init; } = "";

    /// <summary>{0} how many included catalogue clauses are draft translations, {1} how many are reviewed.</summary>
    public string TranslationSummary { get; init; } = "";

    /// <summary>The label of the officer's own clause whose declared language is not the document language.</summary>
    public string Language { get; init; } = "";

    /// <summary>{0} the document language's name.</summary>
    public string LanguageNotDeclared { get; init; } = "";

    /// <summary>Traceability heading.</summary>
    public string TraceabilityHeading { get; init; } = "";

    /// <summary>Traceability intro.</summary>
    public string TraceabilityIntro { get; init; } = "";

    /// <summary>Knowledge base item.</summary>
    public string KnowledgeBaseItem { get; init; } = "";

    /// <summary>{0} the knowledge-base item, {1} the clause id.</summary>
    public string KnowledgeBaseLine { get; init; } = "";

    /// <summary>Rule tested caption.</summary>
    public string RuleTestedCaption { get; init; } = "";

    /// <summary>Rule tested columns.</summary>
    public IReadOnlyList<string> RuleTestedColumns { get; init; } = [];

    /// <summary>Not answered.</summary>
    public string NotAnswered { get; init; } = "";

    /// <summary>Met.</summary>
    public string Met { get; init; } = "";

    /// <summary>Not met.</summary>
    public string NotMet { get; init; } = "";

    /// <summary>Verified in.</summary>
    public string VerifiedIn { get; init; } = "";

    /// <summary>Excluded heading.</summary>
    public string ExcludedHeading { get; init; } = "";

    /// <summary>Removed heading.</summary>
    public string RemovedHeading { get; init; } = "";

    /// <summary>None removed.</summary>
    public string NoneRemoved { get; init; } = "";

    /// <summary>Removed caption.</summary>
    public string RemovedCaption { get; init; } = "";

    /// <summary>Removed columns.</summary>
    public IReadOnlyList<string> RemovedColumns { get; init; } = [];

    /// <summary>Not applicable heading.</summary>
    public string NotApplicableHeading { get; init; } = "";

    /// <summary>Not applicable caption.</summary>
    public string NotApplicableCaption { get; init; } = "";

    /// <summary>Not applicable columns.</summary>
    public IReadOnlyList<string> NotApplicableColumns { get; init; } = [];

    /// <summary>Glossary heading.</summary>
    public string GlossaryHeading { get; init; } = "";

    /// <summary>Glossary intro.</summary>
    public string GlossaryIntro { get; init; } = "";

    /// <summary>Glossary caption.</summary>
    public string GlossaryCaption { get; init; } = "";

    /// <summary>Glossary columns.</summary>
    public IReadOnlyList<string> GlossaryColumns { get; init; } = [];

    /// <summary>Notice heading.</summary>
    public string NoticeHeading { get; init; } = "";

    /// <summary>The document languages by tag, as the memo names them.</summary>
    public IReadOnlyDictionary<string, string> LanguageNames { get; init; } = new Dictionary<string, string>();
}
