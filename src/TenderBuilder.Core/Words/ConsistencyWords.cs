namespace TenderBuilder.Core.Words;

/// <summary>
/// The messages of the consistency checks (the cross-answer findings), one file per language in the
/// localisation table (ADR 0017). A property is named after its finding code; the YAML comment says
/// what each {0}, {1} stands for. The checks write numbers and dates in the document language's
/// culture before they fill them in.
/// </summary>
[WordSection(Section)]
public sealed record ConsistencyWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "consistency";

    /// <summary>The English table.</summary>
    public static ConsistencyWords English => For(Input.DocumentLanguages.English);

    /// <summary>The table in a document language (the "consistency" section of the localisation table).</summary>
    public static ConsistencyWords For(string? language) => WordTables.Load<ConsistencyWords>(Section, language);

    /// <summary>sites.no-points</summary>
    public string SitesNoPoints { get; init; } = "";

    /// <summary>v2g.ocpp-below-2-1: {0} the OCPP version asked (the option's label)</summary>
    public string V2gOcppBelow21 { get; init; } = "";

    /// <summary>v2g.without-iso-15118-20</summary>
    public string V2gWithoutIso1511820 { get; init; } = "";

    /// <summary>v2g.ready-ac-points-exceed-tendered: {0} the AC points asked to be ready, {1} the AC points tendered</summary>
    public string V2gReadyAcPointsExceedTendered { get; init; } = "";

    /// <summary>v2g.ready-dc-points-exceed-tendered: {0} the DC points asked to be ready, {1} the DC points tendered</summary>
    public string V2gReadyDcPointsExceedTendered { get; init; } = "";

    /// <summary>payment.qr-only-high-power: {0} the DC points of 50 kW or more</summary>
    public string PaymentQrOnlyHighPower { get; init; } = "";

    /// <summary>standards.2027-without-iso-15118-20</summary>
    public string Standards2027WithoutIso1511820 { get; init; } = "";

    /// <summary>standards.plug-and-charge-needs-both</summary>
    public string StandardsPlugAndChargeNeedsBoth { get; init; } = "";

    /// <summary>award.weights-not-100: {0} the sum of the weights, a number of percent</summary>
    public string AwardWeightsNot100 { get; init; } = "";

    /// <summary>model.concession-duration-unjustified: {0} the term in years</summary>
    public string ModelConcessionDurationUnjustified { get; init; } = "";

    /// <summary>model.concession-pays-book-value, when the points are written down within the term (or either number is missing)</summary>
    public string ModelConcessionPaysBookValue { get; init; } = "";

    /// <summary>model.concession-pays-book-value, when the points are written down over longer than the term: {0} the years of depreciation, {1} the term in years</summary>
    public string ModelConcessionPaysBookValueBeyondTerm { get; init; } = "";

    /// <summary>notice.declined-though-required: {0} what the tender is (RegimeIs), {1} the label of the question that declined the notice</summary>
    public string NoticeDeclinedThoughRequired { get; init; } = "";

    /// <summary>notice.answer-missing: {0} the label of the question the notice needs an answer to</summary>
    public string NoticeAnswerMissing { get; init; } = "";

    /// <summary>notice.answer-missing, for the tender validity in an open procedure: {0} the label of the validity question, {1} the procedure's label</summary>
    public string NoticeAnswerMissingOpenProcedure { get; init; } = "";

    /// <summary>grid.traffic-light-without-minimum</summary>
    public string GridTrafficLightWithoutMinimum { get; init; } = "";

    /// <summary>selection.turnover-above-twice-value: {0} the minimum yearly turnover, {1} the estimated contract value (amounts without currency)</summary>
    public string SelectionTurnoverAboveTwiceValue { get; init; } = "";

    /// <summary>award.criteria-in-permit-model</summary>
    public string AwardCriteriaInPermitModel { get; init; } = "";

    /// <summary>model.permit-may-be-concession: {0} what makes the permit look like a concession (the signs below, joined, first letter capital), {1} the label of the question the legal adviser's confirmation answers</summary>
    public string ModelPermitMayBeConcession { get; init; } = "";

    /// <summary>A sign of a concession in model.permit-may-be-concession: the permit obliges its holder to operate the points</summary>
    public string PermitSignOperates { get; init; } = "";

    /// <summary>A sign of a concession: the permits are limited</summary>
    public string PermitSignLimited { get; init; } = "";

    /// <summary>A sign of a concession: public money</summary>
    public string PermitSignFunded { get; init; } = "";

    /// <summary>Joins the signs: {0} the signs before the last (already joined by ListSeparator), {1} the last sign</summary>
    public string ListLast { get; init; } = "";

    /// <summary>Between the signs before the last one</summary>
    public string ListSeparator { get; init; } = "";

    /// <summary>lots.no-reason-for-one-contract</summary>
    public string LotsNoReasonForOneContract { get; init; } = "";

    /// <summary>procedure.does-not-fit-the-model: {0} what the tender is (RegimeIs below), {1} the chosen procedure's label, {2} what to choose instead (ProcedureInstead below)</summary>
    public string ProcedureDoesNotFitTheModel { get; init; } = "";

    /// <summary>What the procurement model makes the tender, completing "makes this tender …", by legal regime</summary>
    public IReadOnlyDictionary<string, string> RegimeIs { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>What to choose instead in procedure.does-not-fit-the-model: "permit" a procedure chosen for a permit ({0} the label of the permit option); "procurement" a permit option chosen for a contract or concession; "concession" a concession procedure chosen for a public contract</summary>
    public IReadOnlyDictionary<string, string> ProcedureInstead { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>procedure.above-threshold-without-eu-procedure: {0} the estimated value, {1} the threshold (amounts in euro), {2} the reference date (YYYY-MM-DD), {3} the chosen procedure's label</summary>
    public string ProcedureAboveThresholdWithoutEuProcedure { get; init; } = "";

    /// <summary>procedure.below-threshold-eu-procedure: {0} the estimated value, {1} the threshold (amounts in euro), {2} the reference date (YYYY-MM-DD)</summary>
    public string ProcedureBelowThresholdEuProcedure { get; init; } = "";

    /// <summary>dates.deadline-not-after-publication: {0} the deadline for tenders, {1} the publication date (dates in words)</summary>
    public string DatesDeadlineNotAfterPublication { get; init; } = "";

    /// <summary>dates.submission-period-below-minimum: {0} the deadline, {1} the days from publication to deadline, {2} the publication date, {3} the shortest period and why (PeriodFloor below), {4} the earliest deadline allowed</summary>
    public string DatesSubmissionPeriodBelowMinimum { get; init; } = "";

    /// <summary>dates.submission-period-short: {0} the deadline, {1} the days from publication to deadline, {2} the publication date, {3} the usual minimum and why (PeriodUsual below), {4} the earliest deadline without a shortening ground</summary>
    public string DatesSubmissionPeriodShort { get; init; } = "";

    /// <summary>The shortest submission period, completing "The shortest period is …", by procedure (only those with a floor)</summary>
    public IReadOnlyDictionary<string, string> PeriodFloor { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>The usual submission period, completing "The minimum is …", by procedure</summary>
    public IReadOnlyDictionary<string, string> PeriodUsual { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>dates.contract-starts-before-tenders-are-in: {0} the contract start, {1} the deadline for tenders</summary>
    public string DatesContractStartsBeforeTendersAreIn { get; init; } = "";

    /// <summary>dates.rollout-ends-before-it-starts: {0} the roll-out end, {1} the roll-out start</summary>
    public string DatesRolloutEndsBeforeItStarts { get; init; } = "";

    /// <summary>dates.rollout-before-contract-start: {0} the roll-out start, {1} the contract start</summary>
    public string DatesRolloutBeforeContractStart { get; init; } = "";

    /// <summary>dates.renovation-before-contract-start: {0} the renovation start, {1} the contract start</summary>
    public string DatesRenovationBeforeContractStart { get; init; } = "";

    /// <summary>dates.v2g-live-before-contract-start: {0} the V2G live-by date, {1} the contract start</summary>
    public string DatesV2gLiveBeforeContractStart { get; init; } = "";

    /// <summary>dates.v2g-live-before-rollout-start: {0} the V2G live-by date, {1} the roll-out start</summary>
    public string DatesV2gLiveBeforeRolloutStart { get; init; } = "";

    /// <summary>Said in place of a date or answer that is not given</summary>
    public string None { get; init; } = "";

    /// <summary>The running total beside the award weights: {0} the total, {1} what is missing to 100 (numbers of percent)</summary>
    public string WeightsMissing { get; init; } = "";

    /// <summary>The running total when the weights add up to more than 100: {0} the total, {1} how much too many</summary>
    public string WeightsTooMany { get; init; } = "";

    /// <summary>The running total when the weights add up to 100: {0} the total</summary>
    public string WeightsTotal { get; init; } = "";
}
