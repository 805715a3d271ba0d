using TenderBuilder.Core.Words;

namespace TenderBuilder.Documents.Words;

/// <summary>
/// The furniture of the bidders' documents and the memo's title: titles, cover, contents, running header and footer, and the headings and sentences around the clauses. One file per language in Core's Words/Tables/&lt;language&gt;/documents.yaml (ADR 0017); the
/// properties are its keys, so a missing or extra key or a dropped placeholder fails the load.
/// </summary>
[WordSection(Section)]
public sealed record DocumentWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "documents";

    /// <summary>The English table.</summary>
    public static DocumentWords English => For(Core.Input.DocumentLanguages.English);

    /// <summary>The table in a document language (or the pseudo-language); anything else reads as English.</summary>
    public static DocumentWords For(string? language) => WordTables.Load<DocumentWords>(Section, language);

    /// <summary>Document titles (cover, running header, file properties, table of contents of the package).</summary>
    public string SpecificationTitle { get; init; } = "";

    /// <summary>Criteria title.</summary>
    public string CriteriaTitle { get; init; } = "";

    /// <summary>Permit criteria title.</summary>
    public string PermitCriteriaTitle { get; init; } = "";

    /// <summary>Contract annex title.</summary>
    public string ContractAnnexTitle { get; init; } = "";

    /// <summary>Acceptance test title.</summary>
    public string AcceptanceTestTitle { get; init; } = "";

    /// <summary>Memo title.</summary>
    public string MemoTitle { get; init; } = "";

    /// <summary>The cover and the file properties.</summary>
    public string UntitledProcedure { get; init; } = "";

    /// <summary>Tender subject.</summary>
    public string TenderSubject { get; init; } = "";

    /// <summary>Permit subject.</summary>
    public string PermitSubject { get; init; } = "";

    /// <summary>Keyword charging.</summary>
    public string KeywordCharging { get; init; } = "";

    /// <summary>Keyword procurement.</summary>
    public string KeywordProcurement { get; init; } = "";

    /// <summary>Keyword permit.</summary>
    public string KeywordPermit { get; init; } = "";

    /// <summary>Keyword smart charging.</summary>
    public string KeywordSmartCharging { get; init; } = "";

    /// <summary>Cover authority.</summary>
    public string CoverAuthority { get; init; } = "";

    /// <summary>Cover reference.</summary>
    public string CoverReference { get; init; } = "";

    /// <summary>Cover date.</summary>
    public string CoverDate { get; init; } = "";

    /// <summary>Cover catalogue.</summary>
    public string CoverCatalogue { get; init; } = "";

    /// <summary>The web page's cover and footer name the catalogue so.</summary>
    public string HtmlCatalogue { get; init; } = "";

    /// <summary>Html footer catalogue.</summary>
    public string HtmlFooterCatalogue { get; init; } = "";

    /// <summary>Contents.</summary>
    public string Contents { get; init; } = "";

    /// <summary>The running footer: {0} this page's number, {1} the number of pages.</summary>
    public string PageOfPages { get; init; } = "";

    /// <summary>Around the clauses.</summary>
    public string Introduction { get; init; } = "";

    /// <summary>No requirements.</summary>
    public string NoRequirements { get; init; } = "";

    /// <summary>The label before a clause's verification, by document.</summary>
    public string HowVerified { get; init; } = "";

    /// <summary>How checked.</summary>
    public string HowChecked { get; init; } = "";

    /// <summary>How shown.</summary>
    public string HowShown { get; init; } = "";

    /// <summary>How assessed.</summary>
    public string HowAssessed { get; init; } = "";

    /// <summary>Specification intro.</summary>
    public string SpecificationIntro { get; init; } = "";

    /// <summary>Contract annex intro.</summary>
    public string ContractAnnexIntro { get; init; } = "";

    /// <summary>Contract annex conditions.</summary>
    public string ContractAnnexConditions { get; init; } = "";

    /// <summary>Selection heading.</summary>
    public string SelectionHeading { get; init; } = "";

    /// <summary>Selection intro.</summary>
    public string SelectionIntro { get; init; } = "";

    /// <summary>No selection criteria.</summary>
    public string NoSelectionCriteria { get; init; } = "";

    /// <summary>Award heading.</summary>
    public string AwardHeading { get; init; } = "";

    /// <summary>Award intro.</summary>
    public string AwardIntro { get; init; } = "";

    /// <summary>Scoring heading.</summary>
    public string ScoringHeading { get; init; } = "";

    /// <summary>No award criteria.</summary>
    public string NoAwardCriteria { get; init; } = "";

    /// <summary>Scoring intro.</summary>
    public string ScoringIntro { get; init; } = "";

    /// <summary>Weights caption.</summary>
    public string WeightsCaption { get; init; } = "";

    /// <summary>The weights table's columns: number, criterion, weight.</summary>
    public IReadOnlyList<string> WeightsColumns { get; init; } = [];

    /// <summary>Total.</summary>
    public string Total { get; init; } = "";

    /// <summary>Permits without selection.</summary>
    public string PermitsWithoutSelection { get; init; } = "";

    /// <summary>Permits with selection.</summary>
    public string PermitsWithSelection { get; init; } = "";

    /// <summary>Acceptance heading.</summary>
    public string AcceptanceHeading { get; init; } = "";

    /// <summary>Acceptance intro.</summary>
    public string AcceptanceIntro { get; init; } = "";

    /// <summary>Proven with tender.</summary>
    public string ProvenWithTender { get; init; } = "";

    /// <summary>Checked after award.</summary>
    public string CheckedAfterAward { get; init; } = "";

    /// <summary>No requirements to verify.</summary>
    public string NoRequirementsToVerify { get; init; } = "";

    /// <summary>{0} the verification method's label, lower-cased by the code in the document language's culture.</summary>
    public string VerifiedByCaption { get; init; } = "";

    /// <summary>The acceptance tables' columns: number, requirement, what is verified.</summary>
    public IReadOnlyList<string> AcceptanceColumns { get; init; } = [];
}
