using TenderBuilder.Core.Words;

namespace TenderBuilder.Documents.Words;

/// <summary>
/// The words of the compliance matrix workbook: sheet names, headers, drop-down answers, instructions, the price schedule and the award scoring sheet. One file per language in Core's Words/Tables/&lt;language&gt;/matrix.yaml (ADR 0017); the
/// properties are its keys, so a missing or extra key or a dropped placeholder fails the load.
/// </summary>
[WordSection(Section)]
public sealed record MatrixWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "matrix";

    /// <summary>The English table.</summary>
    public static MatrixWords English => For(Core.Input.DocumentLanguages.English);

    /// <summary>The table in a document language (or the pseudo-language); anything else reads as English.</summary>
    public static MatrixWords For(string? language) => WordTables.Load<MatrixWords>(Section, language);

    /// <summary>Title.</summary>
    public string Title { get; init; } = "";

    /// <summary>{0} the tender's title.</summary>
    public string MatrixTitle { get; init; } = "";

    /// <summary>Before the reference and the authority on each sheet's second line.</summary>
    public string Reference { get; init; } = "";

    /// <summary>Authority.</summary>
    public string Authority { get; init; } = "";

    /// <summary>The footer of every printed page: {0} this page's number, {1} the number of pages.</summary>
    public string PageOfPages { get; init; } = "";

    /// <summary>Matrix sheet.</summary>
    public string MatrixSheet { get; init; } = "";

    /// <summary>The drop-down answers of column G (Excel's list takes no comma inside an answer).</summary>
    public string Complies { get; init; } = "";

    /// <summary>Partially.</summary>
    public string Partially { get; init; } = "";

    /// <summary>Does not comply.</summary>
    public string DoesNotComply { get; init; } = "";

    /// <summary>The columns A–I, in order.</summary>
    public IReadOnlyList<string> MatrixColumns { get; init; } = [];

    /// <summary>{0} "Complies", {1} "Does not comply", {2} "Partially", each in quotes.</summary>
    public string FillIn { get; init; } = "";

    /// <summary>Fill in evidence.</summary>
    public string FillInEvidence { get; init; } = "";

    /// <summary>{0} the price schedule sheet's name.</summary>
    public string FillInConcessionPrices { get; init; } = "";

    /// <summary>Fill in prices.</summary>
    public string FillInPrices { get; init; } = "";

    /// <summary>The drop-down's prompt and error: {0} the answers, each in quotes, separated by commas.</summary>
    public string CompliancePromptTitle { get; init; } = "";

    /// <summary>Compliance prompt.</summary>
    public string CompliancePrompt { get; init; } = "";

    /// <summary>Compliance error.</summary>
    public string ComplianceError { get; init; } = "";

    /// <summary>Scoring sheet.</summary>
    public string ScoringSheet { get; init; } = "";

    /// <summary>{0} the tender's title.</summary>
    public string ScoringTitle { get; init; } = "";

    /// <summary>No award criteria.</summary>
    public string NoAwardCriteria { get; init; } = "";

    /// <summary>Scoring columns.</summary>
    public IReadOnlyList<string> ScoringColumns { get; init; } = [];

    /// <summary>Total.</summary>
    public string Total { get; init; } = "";

    /// <summary>Scoring how.</summary>
    public string ScoringHow { get; init; } = "";

    /// <summary>Scoring sum.</summary>
    public string ScoringSum { get; init; } = "";

    /// <summary>{0} "Complies", {1} "Partially", {2} "Does not comply", each in quotes.</summary>
    public string ScoringAnswer { get; init; } = "";

    /// <summary>Scoring heading.</summary>
    public string ScoringHeading { get; init; } = "";

    /// <summary>Price sheet.</summary>
    public string PriceSheet { get; init; } = "";

    /// <summary>{0} the sheet's name, {1} the tender's title.</summary>
    public string PriceTitle { get; init; } = "";

    /// <summary>Prices no currency.</summary>
    public string PricesNoCurrency { get; init; } = "";

    /// <summary>{0} the currency code.</summary>
    public string PricesInCurrency { get; init; } = "";

    /// <summary>Fill in yellow.</summary>
    public string FillInYellow { get; init; } = "";

    /// <summary>The price columns A–F; {0} the currency in brackets with a space before it (" (EUR)"), or nothing.</summary>
    public IReadOnlyList<string> PriceColumns { get; init; } = [];

    /// <summary>{0} the lot's short name ("lot 2", "sites in no lot").</summary>
    public string Subtotal { get; init; } = "";

    /// <summary>Total all lots.</summary>
    public string TotalAllLots { get; init; } = "";

    /// <summary>Notes.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Sites in no lot.</summary>
    public string SitesInNoLot { get; init; } = "";

    /// <summary>Sites in no lot short.</summary>
    public string SitesInNoLotShort { get; init; } = "";

    /// <summary>No points for sites.</summary>
    public string NoPointsForSites { get; init; } = "";

    /// <summary>{0} the lot's id; {1} its title.</summary>
    public string Lot { get; init; } = "";

    /// <summary>Lot with title.</summary>
    public string LotWithTitle { get; init; } = "";

    /// <summary>Lot short.</summary>
    public string LotShort { get; init; } = "";

    /// <summary>No points for lot.</summary>
    public string NoPointsForLot { get; init; } = "";

    /// <summary>All lots together.</summary>
    public string AllLotsTogether { get; init; } = "";

    /// <summary>Whole contract.</summary>
    public string WholeContract { get; init; } = "";

    /// <summary>Points to be set.</summary>
    public string PointsToBeSet { get; init; } = "";

    /// <summary>Years to be set.</summary>
    public string YearsToBeSet { get; init; } = "";

    /// <summary>{0} the award criterion's number, {1} its title.</summary>
    public string TotalPricePerLot { get; init; } = "";

    /// <summary>Total price.</summary>
    public string TotalPrice { get; init; } = "";

    /// <summary>Quantities whole.</summary>
    public string QuantitiesWhole { get; init; } = "";

    /// <summary>{0} how many points.</summary>
    public string Unclassified { get; init; } = "";

    /// <summary>Partial classes.</summary>
    public string PartialClasses { get; init; } = "";

    /// <summary>Unit prices heading.</summary>
    public string UnitPricesHeading { get; init; } = "";

    /// <summary>{0} the review clause's number, {1} its title.</summary>
    public string UnitPricesIntro { get; init; } = "";

    /// <summary>Not in total.</summary>
    public string NotInTotal { get; init; } = "";

    /// <summary>What it covers.</summary>
    public string WhatItCovers { get; init; } = "";

    /// <summary>The changes' columns; {0} the currency in brackets as above.</summary>
    public IReadOnlyList<string> ChangeColumns { get; init; } = [];

    /// <summary>{0} the currency in brackets as above.</summary>
    public string UnitPriceColumn { get; init; } = "";

    /// <summary>{0} the review clause's number.</summary>
    public string EachUpgrade { get; init; } = "";

    /// <summary>Excluding vat.</summary>
    public string ExcludingVat { get; init; } = "";

    /// <summary>In minutes.</summary>
    public string InMinutes { get; init; } = "";

    /// <summary>The check on a price cell: {0} what the number is ("excluding VAT"), {1} the column's header.</summary>
    public string PricePromptTitle { get; init; } = "";

    /// <summary>Price prompt.</summary>
    public string PricePrompt { get; init; } = "";

    /// <summary>Price error.</summary>
    public string PriceError { get; init; } = "";

    /// <summary>Concession intro.</summary>
    public string ConcessionIntro { get; init; } = "";

    /// <summary>Concession columns.</summary>
    public IReadOnlyList<string> ConcessionColumns { get; init; } = [];

    /// <summary>Your offer.</summary>
    public string YourOffer { get; init; } = "";

    /// <summary>{0} the currency code and a space, or nothing; {1} the basis the criterion sets, or the words after it.</summary>
    public string FeeOffer { get; init; } = "";

    /// <summary>Fee counted.</summary>
    public string FeeCounted { get; init; } = "";

    /// <summary>Basis unset.</summary>
    public string BasisUnset { get; init; } = "";

    /// <summary>Tariff offer.</summary>
    public string TariffOffer { get; init; } = "";

    /// <summary>{0} the currency code and a space, or nothing; {1} whether VAT is included.</summary>
    public string TariffCounted { get; init; } = "";

    /// <summary>Vat unset.</summary>
    public string VatUnset { get; init; } = "";

    /// <summary>Occupancy offer.</summary>
    public string OccupancyOffer { get; init; } = "";

    /// <summary>Occupancy counted.</summary>
    public string OccupancyCounted { get; init; } = "";

    /// <summary>Occupancy start offer.</summary>
    public string OccupancyStartOffer { get; init; } = "";

    /// <summary>Occupancy start counted.</summary>
    public string OccupancyStartCounted { get; init; } = "";

    /// <summary>Contribution offer.</summary>
    public string ContributionOffer { get; init; } = "";

    /// <summary>Contribution counted.</summary>
    public string ContributionCounted { get; init; } = "";
}
