using System.Text.Json;

namespace TenderBuilder.Core.Input;

/// <summary>
/// The one input shape of TenderBuilder (schema version 2): the tender's metadata with its lots,
/// the sites and their charging points, the officer's answers, exclusions, parameter overrides and
/// custom clauses. Files and stored drafts of version 1 are upgraded on reading
/// (<see cref="TenderInputUpgrade"/>). The command line reads
/// it from a file, the database stores it as one JSON column, templates and exports use it.
/// </summary>
public sealed record TenderInput
{
    /// <summary>The schema version this code reads and writes.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The shape's version; other versions are refused with a clear message.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The catalogue version the answers were given against (null = current).</summary>
    public string? CatalogVersion { get; init; }

    /// <summary>Title, authority, value, procedure, CPV codes, lots and key dates.</summary>
    public TenderMetadata Tender { get; init; } = new();

    /// <summary>
    /// The sites (or groups of alike sites) and their charging points. When the list is not empty,
    /// the totals per AFIR power class and the number of sites are worked out from it rather than
    /// asked (<see cref="Sites.DerivedAnswers"/>).
    /// </summary>
    public IReadOnlyList<Site> Sites { get; init; } = [];

    /// <summary>Question id → answer, raw; the questionnaire gives each its type.</summary>
    public IReadOnlyDictionary<string, JsonElement> Answers { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Recommended clauses the officer removed, each with a justification.</summary>
    public IReadOnlyList<ClauseExclusion> Exclusions { get; init; } = [];

    /// <summary>Clause parameters the officer set.</summary>
    public IReadOnlyList<ParameterOverride> ParameterOverrides { get; init; } = [];

    /// <summary>Clauses the officer wrote.</summary>
    public IReadOnlyList<CustomClause> CustomClauses { get; init; } = [];

    /// <summary>
    /// The template and version a draft was started from, written into an exported draft file so
    /// that importing it again keeps the template's locks. Ignored by the rules and the command line.
    /// </summary>
    public Templates.TemplateOrigin? Template { get; init; }
}

/// <summary>The tender's identity and notice data.</summary>
public sealed record TenderMetadata
{
    /// <summary>Title of the tender.</summary>
    public string? Title { get; init; }

    /// <summary>The authority's reference number.</summary>
    public string? Reference { get; init; }

    /// <summary>Who tenders.</summary>
    public AuthorityInfo Authority { get; init; } = new();

    /// <summary>
    /// The language of the procurement documents: <c>en</c>, <c>nl-NL</c>, <c>sv-SE</c> or
    /// <c>de-DE</c> (<see cref="DocumentLanguages"/>); null means English.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Estimated value, excluding VAT.</summary>
    public MoneyAmount EstimatedValue { get; init; } = new();

    /// <summary>The procedure (an option of the <c>tender</c> section's procedure question).</summary>
    public string? Procedure { get; init; }

    /// <summary>CPV codes (8 digits, an optional check digit).</summary>
    public IReadOnlyList<string>? CpvCodes { get; init; }

    /// <summary>Division into lots.</summary>
    public LotsInfo Lots { get; init; } = new();

    /// <summary>Key dates.</summary>
    public KeyDates Dates { get; init; } = new();

    /// <summary>What the EU contract or concession notice (eForms) needs beyond the documents.</summary>
    public NoticeInfo Notice { get; init; } = new();
}

/// <summary>The contracting authority.</summary>
public sealed record AuthorityInfo
{
    /// <summary>Its name.</summary>
    public string? Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of an EU or EEA country.</summary>
    public string? Country { get; init; }

    /// <summary>Municipality, region, …</summary>
    public string? Type { get; init; }

    /// <summary>Whether several authorities procure together.</summary>
    public bool? JointProcurement { get; init; }

    /// <summary>
    /// The authority's number in its national register of legal persons (eForms BT-501), e.g. its
    /// Chamber of Commerce or organisation number.
    /// </summary>
    public string? RegistrationId { get; init; }

    /// <summary>Its postal address; the country is <see cref="Country"/>.</summary>
    public PostalAddress Address { get; init; } = new();

    /// <summary>How bidders reach it about this tender.</summary>
    public ContactDetails Contact { get; init; } = new();
}

/// <summary>A postal address within the country given beside it.</summary>
public sealed record PostalAddress
{
    /// <summary>Street and number.</summary>
    public string? Street { get; init; }

    /// <summary>Town or city.</summary>
    public string? City { get; init; }

    /// <summary>Postal code, written as the country writes it.</summary>
    public string? PostalCode { get; init; }

    /// <summary>The NUTS 3 region code of the address (e.g. <c>NL310</c>), as the notice's code list has it.</summary>
    public string? Nuts { get; init; }
}

/// <summary>A contact point.</summary>
public sealed record ContactDetails
{
    /// <summary>The department or person bidders write to (eForms BT-502).</summary>
    public string? Name { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Telephone number, with the country prefix.</summary>
    public string? Phone { get; init; }

    /// <summary>Internet address of the organisation.</summary>
    public string? Website { get; init; }
}

/// <summary>
/// The data an EU notice (eForms, docs/eforms.md) needs and the documents do not: where bidders find
/// the documents and submit, who hears appeals, and whether a notice is wanted at all.
/// </summary>
public sealed record NoticeInfo
{
    /// <summary>
    /// Whether to produce the EU notice. Null: produce it where the law requires one (the directive
    /// applies and the value reaches its threshold), not for permits or below the threshold
    /// (<see cref="Framing.NoticeDecision"/>).
    /// </summary>
    public bool? Wanted { get; init; }

    /// <summary>Where the procurement documents can be read freely and in full (eForms BT-15).</summary>
    public string? DocumentsUrl { get; init; }

    /// <summary>Where tenders are submitted electronically (eForms BT-18).</summary>
    public string? SubmissionUrl { get; init; }

    /// <summary>Languages tenders may be written in, as ISO 639-1 codes (eForms BT-97).</summary>
    public IReadOnlyList<string>? TenderLanguages { get; init; }

    /// <summary>The NUTS 3 region where the work is done (eForms BT-5071).</summary>
    public string? PlaceOfPerformanceNuts { get; init; }

    /// <summary>How many days a tender must remain valid (eForms BT-98).</summary>
    public int? TenderValidityDays { get; init; }

    /// <summary>The least number of candidates invited to tender, in a procedure with a first stage (eForms BT-50).</summary>
    public int? MinimumCandidates { get; init; }

    /// <summary>The body that hears appeals (eForms review organisation).</summary>
    public OrganisationDetails ReviewBody { get; init; } = new();

    /// <summary>The deadlines for an appeal, in words (eForms BT-99).</summary>
    public string? ReviewDeadlines { get; init; }

    /// <summary>When and where tenders are opened (eForms BT-132, BT-133); optional.</summary>
    public TenderOpening Opening { get; init; } = new();
}

/// <summary>Another organisation named in a notice, such as the review body.</summary>
public sealed record OrganisationDetails
{
    /// <summary>Its official name.</summary>
    public string? Name { get; init; }

    /// <summary>Its number in the national register of legal persons, where it has one.</summary>
    public string? RegistrationId { get; init; }

    /// <summary>Its address.</summary>
    public PostalAddress Address { get; init; } = new();

    /// <summary>ISO 3166-1 alpha-2 code of its country.</summary>
    public string? Country { get; init; }

    /// <summary>How to reach it.</summary>
    public ContactDetails Contact { get; init; } = new();
}

/// <summary>The opening of tenders.</summary>
public sealed record TenderOpening
{
    /// <summary>The day.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The local time, in the deadlines' time zone.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>Where, in words (or "online").</summary>
    public string? Place { get; init; }
}

/// <summary>An amount and its currency.</summary>
public sealed record MoneyAmount
{
    /// <summary>The amount.</summary>
    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string? Currency { get; init; }
}

/// <summary>
/// The lots of the contract; none (or one) means the contract is not divided. Schema version 1 also
/// held a yes/no "divided" answer, which the list replaces.
/// </summary>
public sealed record LotsInfo
{
    /// <summary>Whether the contract is divided: two lots or more.</summary>
    public bool IsDivided() => Items.Count > 1;

    /// <summary>The main reasons for not dividing (Directive 2014/24/EU Art. 46).</summary>
    public string? ReasonNotDivided { get; init; }

    /// <summary>The lots.</summary>
    public IReadOnlyList<Lot> Items { get; init; } = [];
}

/// <summary>One lot.</summary>
public sealed record Lot
{
    /// <summary>Lot number or identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Title of the lot.</summary>
    public required string Title { get; init; }

    /// <summary>What the lot covers.</summary>
    public string? Description { get; init; }

    /// <summary>Estimated value of the lot.</summary>
    public decimal? EstimatedValue { get; init; }
}

/// <summary>Key dates of the procedure.</summary>
public sealed record KeyDates
{
    /// <summary>Planned publication of the notice.</summary>
    public DateOnly? Publication { get; init; }

    /// <summary>Deadline for tenders: the day.</summary>
    public DateOnly? SubmissionDeadline { get; init; }

    /// <summary>Deadline for tenders: the local time of day on <see cref="SubmissionDeadline"/>, in <see cref="TimeZone"/>.</summary>
    public TimeOnly? SubmissionDeadlineTime { get; init; }

    /// <summary>
    /// The IANA time zone of the deadlines (e.g. <c>Europe/Amsterdam</c>), so that a deadline is
    /// one instant for bidders in every country.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>Planned start of the contract.</summary>
    public DateOnly? ContractStart { get; init; }
}

/// <summary>A recommended clause the officer removed.</summary>
public sealed record ClauseExclusion
{
    /// <summary>The clause id.</summary>
    public required string Clause { get; init; }

    /// <summary>Why, for the explanatory memo (required).</summary>
    public string? Justification { get; init; }
}

/// <summary>A parameter value the officer set for one clause.</summary>
public sealed record ParameterOverride
{
    /// <summary>The clause id.</summary>
    public required string Clause { get; init; }

    /// <summary>The parameter name.</summary>
    public required string Parameter { get; init; }

    /// <summary>The value (shape per the parameter's type).</summary>
    public required JsonElement Value { get; init; }
}

/// <summary>A clause the officer wrote.</summary>
public sealed record CustomClause
{
    /// <summary>Id, unique in the input (shown as <c>custom.&lt;id&gt;</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>The requirement.</summary>
    public required string Text { get; init; }

    /// <summary><c>selectionCriterion</c>, <c>technicalSpecification</c>, <c>awardCriterion</c> or <c>contractPerformance</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>How it is verified: method and text.</summary>
    public CustomVerification? Verification { get; init; }

    /// <summary>
    /// The language the officer wrote it in (a tag of <see cref="DocumentLanguages"/>), or null when
    /// not declared. The text goes into the documents as written; the memo names a clause whose
    /// declared language is not the document language, or that declares none.
    /// </summary>
    public string? Language { get; init; }
}

/// <summary>The verification of a custom clause.</summary>
public sealed record CustomVerification
{
    /// <summary>certificate, declaration, testReport, siteAcceptanceTest or documentReview.</summary>
    public string? Method { get; init; }

    /// <summary>What is checked.</summary>
    public string? Text { get; init; }
}
