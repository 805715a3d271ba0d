namespace TenderBuilder.Core.Words;

/// <summary>
/// The messages of the checks of the input (sites and lots, answers, exclusions, overrides, custom
/// clauses, catalogue versions, clause parameters, implausible answers, clause texts), one file per
/// language in the localisation table (ADR 0017). A property is named after its finding code; the YAML
/// comment says what each {0}, {1} stands for. The checks write numbers and dates in the document
/// language's culture before they fill them in (<see cref="Say"/>).
/// </summary>
[WordSection(Section)]
public sealed record FindingWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "findings";

    /// <summary>The English table.</summary>
    public static FindingWords English => For(Input.DocumentLanguages.English);

    /// <summary>The table in a document language (the "findings" section of the localisation table).</summary>
    public static FindingWords For(string? language) => WordTables.Load<FindingWords>(Section, language);

    /// <summary>"a, b or c" in the document language.</summary>
    public string Or(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Format(System.Globalization.CultureInfo.InvariantCulture, ListOr, string.Join(ListSeparator, items.Take(items.Count - 1)), items[^1]);

    /// <summary>input.unknown-language: {0} the tag given, {1} the document languages' tags</summary>
    public string InputUnknownLanguage { get; init; } = "";

    /// <summary>sites.too-many: {0} the entries listed, {1} the most accepted</summary>
    public string SitesTooMany { get; init; } = "";

    /// <summary>sites.commissioning-before-start: {0} the site (SiteName or SiteNameNamed), {1} its commissioning date, {2} the contract start (YYYY-MM-DD)</summary>
    public string SitesCommissioningBeforeStart { get; init; } = "";

    /// <summary>lots.invalid-id, a lot without a number: {0} the lot's position in the list</summary>
    public string LotsInvalidIdMissing { get; init; } = "";

    /// <summary>lots.invalid-id, a number given twice: {0} the number</summary>
    public string LotsInvalidIdTwice { get; init; } = "";

    /// <summary>lots.missing-title: {0} the lot's number</summary>
    public string LotsMissingTitle { get; init; } = "";

    /// <summary>lots.invalid-value: {0} the lot's number</summary>
    public string LotsInvalidValue { get; init; } = "";

    /// <summary>sites.invalid-id, a site without an id: {0} the site's name</summary>
    public string SitesInvalidIdMissing { get; init; } = "";

    /// <summary>sites.invalid-id, an id used twice: {0} the id</summary>
    public string SitesInvalidIdTwice { get; init; } = "";

    /// <summary>sites.missing-name: {0} the site's id</summary>
    public string SitesMissingName { get; init; } = "";

    /// <summary>A site in the messages below, when it has no name: {0} its id</summary>
    public string SiteName { get; init; } = "";

    /// <summary>A site in the messages below: {0} its id, {1} its name</summary>
    public string SiteNameNamed { get; init; } = "";

    /// <summary>sites.missing-location: {0} the site</summary>
    public string SitesMissingLocation { get; init; } = "";

    /// <summary>sites.invalid-count: {0} the site</summary>
    public string SitesInvalidCount { get; init; } = "";

    /// <summary>sites.invalid-coordinates, one of the two given: {0} the site</summary>
    public string SitesInvalidCoordinatesHalf { get; init; } = "";

    /// <summary>sites.invalid-coordinates, out of range: {0} the site</summary>
    public string SitesInvalidCoordinatesRange { get; init; } = "";

    /// <summary>sites.invalid-type: {0} the site, {1} the type given, {2} the types' codes</summary>
    public string SitesInvalidType { get; init; } = "";

    /// <summary>sites.invalid-access: {0} the site, {1} the access given, {2} the accesses' codes</summary>
    public string SitesInvalidAccess { get; init; } = "";

    /// <summary>sites.invalid-grid-capacity: {0} the site</summary>
    public string SitesInvalidGridCapacity { get; init; } = "";

    /// <summary>sites.unknown-lot, when the contract has no lots: {0} the site, {1} the lot given</summary>
    public string SitesUnknownLotNoLots { get; init; } = "";

    /// <summary>sites.unknown-lot: {0} the site, {1} the lot given, {2} the lots' numbers</summary>
    public string SitesUnknownLot { get; init; } = "";

    /// <summary>sites.missing-lot: {0} the site</summary>
    public string SitesMissingLot { get; init; } = "";

    /// <summary>sites.site-without-points: {0} the site</summary>
    public string SitesSiteWithoutPoints { get; init; } = "";

    /// <summary>sites.invalid-points: {0} the site</summary>
    public string SitesInvalidPoints { get; init; } = "";

    /// <summary>sites.invalid-current: {0} the site</summary>
    public string SitesInvalidCurrent { get; init; } = "";

    /// <summary>sites.invalid-power: {0} the site, {1} the highest power accepted in kW</summary>
    public string SitesInvalidPower { get; init; } = "";

    /// <summary>sites.unusual-power: {0} the site, {1} the power given in kW</summary>
    public string SitesUnusualPower { get; init; } = "";

    /// <summary>sites.invalid-connector: {0} the site, {1} the connector given, {2} the connectors' codes</summary>
    public string SitesInvalidConnector { get; init; } = "";

    /// <summary>sites.connector-current: {0} the site, {1} the connector's code, {2} the current (AC or DC)</summary>
    public string SitesConnectorCurrent { get; init; } = "";

    /// <summary>tender.required-missing: {0} the question's label</summary>
    public string TenderRequiredMissing { get; init; } = "";

    /// <summary>input.unknown-clause: {0} the exclusion's position in the list, {1} the clause id given</summary>
    public string InputUnknownClause { get; init; } = "";

    /// <summary>clause.mandatory-excluded: {0} the clause's title, {1} the law requiring it (sources and articles, joined by "; ")</summary>
    public string ClauseMandatoryExcluded { get; init; } = "";

    /// <summary>clause.exclusion-unjustified: {0} the clause's title</summary>
    public string ClauseExclusionUnjustified { get; init; } = "";

    /// <summary>input.unknown-parameter, an unknown clause: {0} the override's position in the list, {1} the clause id given</summary>
    public string InputUnknownParameterClause { get; init; } = "";

    /// <summary>input.unknown-parameter: {0} the override's position, {1} the clause's title, {2} the parameter given, {3} the clause's parameters</summary>
    public string InputUnknownParameter { get; init; } = "";

    /// <summary>input.invalid-custom-clause, an unknown kind: {0} the clause's title, {1} the kind given, {2} the kinds (ListOr)</summary>
    public string InputInvalidCustomClauseKind { get; init; } = "";

    /// <summary>input.invalid-custom-clause, an unknown verification method: {0} the clause's title, {1} the method given, {2} the methods (ListOr)</summary>
    public string InputInvalidCustomClauseMethod { get; init; } = "";

    /// <summary>input.invalid-custom-clause, an id used twice: {0} the id</summary>
    public string InputInvalidCustomClauseId { get; init; } = "";

    /// <summary>clause.custom-empty: {0} the clause's title</summary>
    public string ClauseCustomEmpty { get; init; } = "";

    /// <summary>Joins a list of alternatives: {0} the items before the last (joined by ListSeparator), {1} the last</summary>
    public string ListOr { get; init; } = "";

    /// <summary>Between the items of a list before the last one</summary>
    public string ListSeparator { get; init; } = "";

    /// <summary>answer.implausible: {0} the question's label, {1} the answer, {2} what was expected (PlausibleBetween …), {3} why (from the catalogue)</summary>
    public string AnswerImplausible { get; init; } = "";

    /// <summary>An implausible date: {0} the latest date expected (YYYY-MM-DD), {1} the years ahead</summary>
    public string PlausibleDate { get; init; } = "";

    /// <summary>An implausible number: {0} the lowest, {1} the highest expected</summary>
    public string PlausibleBetween { get; init; } = "";

    /// <summary>An implausible number: {0} the lowest expected</summary>
    public string PlausibleAtLeast { get; init; } = "";

    /// <summary>An implausible number: {0} the highest expected</summary>
    public string PlausibleAtMost { get; init; } = "";

    /// <summary>catalogue.unknown-version: {0} the version the input names, {1} this catalogue's version</summary>
    public string CatalogueUnknownVersion { get; init; } = "";

    /// <summary>catalogue.newer-version: {0} the version the input names, {1} this catalogue's version</summary>
    public string CatalogueNewerVersion { get; init; } = "";

    /// <summary>catalogue.retired-question: {0} the question's id, {1} the version that withdrew it, {2} why (from the catalogue's evolution file, a sentence)</summary>
    public string CatalogueRetiredQuestion { get; init; } = "";

    /// <summary>catalogue.renamed-question: {0} the old id, {1} the new id</summary>
    public string CatalogueRenamedQuestion { get; init; } = "";

    /// <summary>catalogue.retired-clause: {0} the clause's id, {1} the version that withdrew it, {2} why (a sentence)</summary>
    public string CatalogueRetiredClause { get; init; } = "";

    /// <summary>catalogue.renamed-clause: {0} the old id, {1} the new id</summary>
    public string CatalogueRenamedClause { get; init; } = "";

    /// <summary>input.invalid-override: {0} the clause's id, {1} the parameter's label, {2} what is wrong with the value (ValueIsNot, BelowMinimum, …)</summary>
    public string InputInvalidOverride { get; init; } = "";

    /// <summary>clause.parameter-unset, a parameter no question sets: {0} the clause's title, {1} the parameter's label</summary>
    public string ClauseParameterUnset { get; init; } = "";

    /// <summary>clause.parameter-unset, a parameter a question sets: {0} the clause's title, {1} the parameter's label</summary>
    public string ClauseParameterUnsetByAnswer { get; init; } = "";

    /// <summary>input.unknown-question: {0} the question id given</summary>
    public string InputUnknownQuestion { get; init; } = "";

    /// <summary>input.misplaced-answer: {0} the question id, {1} where it belongs in the input file</summary>
    public string InputMisplacedAnswer { get; init; } = "";

    /// <summary>input.derived-answer, worked out from the lots: {0} the question id, {1} where the lots are listed in the input file</summary>
    public string InputDerivedAnswerLots { get; init; } = "";

    /// <summary>input.derived-answer, worked out from the model: {0} the question id, {1} the model question's id</summary>
    public string InputDerivedAnswerModel { get; init; } = "";

    /// <summary>input.derived-answer, whether the EU notice is produced: {0} the question id, {1} the question of the officer's choice</summary>
    public string InputDerivedAnswerNotice { get; init; } = "";

    /// <summary>input.invalid-answer: {0} the question's id, {1} its label, {2} what is wrong (the messages below)</summary>
    public string InputInvalidAnswer { get; init; } = "";

    /// <summary>What is wrong with an answer or value: {0} the value given (quoted when it is text), {1} what is expected (Expected…)</summary>
    public string ValueIsNot { get; init; } = "";

    /// <summary>What is wrong with a value, said of "the value": {0} what is expected (Expected…)</summary>
    public string IsNot { get; init; } = "";

    /// <summary>A choice that is no option: {0} the value given, {1} the options' codes</summary>
    public string NotAnOption { get; init; } = "";

    /// <summary>A number below the minimum: {0} the number, {1} the minimum (each with its unit)</summary>
    public string BelowMinimum { get; init; } = "";

    /// <summary>A number above the maximum: {0} the number, {1} the maximum (each with its unit)</summary>
    public string AboveMaximum { get; init; } = "";

    /// <summary>A number that must be whole: {0} the number</summary>
    public string NotWhole { get; init; } = "";

    /// <summary>A date before the earliest accepted: {0} the date, {1} the earliest (YYYY-MM-DD)</summary>
    public string DateBefore { get; init; } = "";

    /// <summary>A date after the latest accepted: {0} the date, {1} the latest (YYYY-MM-DD)</summary>
    public string DateAfter { get; init; } = "";

    /// <summary>A text too long: {0} its length, {1} the most accepted (said of the answer, after its label)</summary>
    public string TextTooLong { get; init; } = "";

    /// <summary>Expected: a yes/no answer</summary>
    public string ExpectedYesNo { get; init; } = "";

    /// <summary>Expected: {0} the options' codes</summary>
    public string ExpectedOneOf { get; init; } = "";

    /// <summary>Expected: {0} the options' codes</summary>
    public string ExpectedListOf { get; init; } = "";

    /// <summary>Expected: a number</summary>
    public string ExpectedNumber { get; init; } = "";

    /// <summary>Expected: {0} the unit</summary>
    public string ExpectedNumberIn { get; init; } = "";

    /// <summary>Expected: a percentage</summary>
    public string ExpectedPercentage { get; init; } = "";

    /// <summary>Expected: money</summary>
    public string ExpectedMoney { get; init; } = "";

    /// <summary>Expected: a date (the pattern is how the input file writes dates)</summary>
    public string ExpectedDate { get; init; } = "";

    /// <summary>Expected: text</summary>
    public string ExpectedText { get; init; } = "";

    /// <summary>Expected: a time of day (the pattern is how the input file writes times)</summary>
    public string ExpectedTime { get; init; } = "";

    /// <summary>A text that is not a web address: {0} the text given (said of the answer, after its label)</summary>
    public string NotAWebAddress { get; init; } = "";

    /// <summary>A text that is not an e-mail address: {0} the text given</summary>
    public string NotAnEmailAddress { get; init; } = "";

    /// <summary>A text that is not a telephone number: {0} the text given</summary>
    public string NotAPhoneNumber { get; init; } = "";

    /// <summary>A text that is not a NUTS 3 code of the notice's code list: {0} the text given</summary>
    public string NotANutsCode { get; init; } = "";

    /// <summary>clause.alternative-unset: {0} the clause's title, {1} the questions to answer (each Quoted, joined by QuestionsAnd)</summary>
    public string ClauseAlternativeUnset { get; init; } = "";

    /// <summary>A question's label quoted in a list: {0} the label</summary>
    public string Quoted { get; init; } = "";

    /// <summary>Between the questions of clause.alternative-unset</summary>
    public string QuestionsAnd { get; init; } = "";

    /// <summary>clause.parameter-not-printed: {0} the clause's title, {1} the parameter's label</summary>
    public string ClauseParameterNotPrinted { get; init; } = "";

    /// <summary>clause.text-too-long-for-a-cell: {0} the clause's title, {1} its characters, {2} the most a cell holds</summary>
    public string ClauseTextTooLongForACell { get; init; } = "";

    /// <summary>clause.scope-matches-no-point: {0} the clause's title, {1} the sentence saying which points it applies to (a sentence of its own)</summary>
    public string ClauseScopeMatchesNoPoint { get; init; } = "";
}
