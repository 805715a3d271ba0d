namespace TenderBuilder.Core.Consistency;

/// <summary>
/// The question ids, option values and clause ids the consistency checks read. Kept in one place
/// so that a test can prove each still exists in the catalogue with the expected shape.
/// </summary>
public static class Q
{
    /// <summary>TenderBuilder's V2G readiness ladder.</summary>
    public const string V2gReadiness = "v2g.readiness";

    /// <summary>Ladder steps beyond hardware readiness: they need OCPP 2.1.</summary>
    public static readonly string[] V2gBeyondHardware = ["software_ready", "pilot", "scale"];

    /// <summary>The "no V2G" step.</summary>
    public const string V2gNone = "none";

    /// <summary>How many AC points must be ready for bidirectional charging (unanswered = every AC point).</summary>
    public const string V2gReadyAcPoints = "v2g.ready_points_ac";

    /// <summary>How many DC points must be ready for bidirectional charging (unanswered = every DC point).</summary>
    public const string V2gReadyDcPoints = "v2g.ready_points_dc";

    /// <summary>AC points per AFIR Annex III class.</summary>
    public static readonly string[] AcPoints = ["sites.points_ac_under_7_4", "sites.points_ac_7_4_22", "sites.points_ac_over_22"];

    /// <summary>DC points per AFIR Annex III class.</summary>
    public static readonly string[] DcPoints = ["sites.points_dc_under_50", "sites.points_dc_50_150", "sites.points_dc_150_350", "sites.points_dc_350_plus"];

    /// <summary>OCPP version asked.</summary>
    public const string OcppVersion = "smart.ocpp_version";

    /// <summary>OCPP 2.1.</summary>
    public const string Ocpp21 = "ocpp_2_1";

    /// <summary>Plug &amp; Charge wanted.</summary>
    public const string PlugAndCharge = "smart.plug_and_charge";

    /// <summary>DC points of 50 kW and above, per AFIR Annex III class.</summary>
    public static readonly string[] DcPointsFrom50 = ["sites.points_dc_50_150", "sites.points_dc_150_350", "sites.points_dc_350_plus"];

    /// <summary>Points per AFIR Annex III power class.</summary>
    public static readonly string[] PointsPerPowerClass =
    [
        "sites.points_ac_under_7_4", "sites.points_ac_7_4_22", "sites.points_ac_over_22",
        "sites.points_dc_under_50", "sites.points_dc_50_150", "sites.points_dc_150_350", "sites.points_dc_350_plus",
    ];

    /// <summary>Payment methods at the point.</summary>
    public const string PaymentMethods = "payment.methods";

    /// <summary>Methods that satisfy AFIR Art. 5(1)(a)/(b) on their own.</summary>
    public static readonly string[] CardPayment = ["card_reader", "contactless"];

    /// <summary>The internet/QR payment option, allowed alone only below 50 kW.</summary>
    public const string QrPayment = "qr_code";

    /// <summary>Planned publication of the contract notice, taken as the day it is sent (tender metadata).</summary>
    public const string PublicationDate = "tender.publication_date";

    /// <summary>Deadline for the receipt of tenders (tender metadata).</summary>
    public const string SubmissionDeadline = "tender.submission_deadline";

    /// <summary>Planned start of the contract (tender metadata).</summary>
    public const string ContractStart = "tender.contract_start";

    /// <summary>Start of the roll-out: the first charging points are installed.</summary>
    public const string RolloutStart = "sites.rollout_start";

    /// <summary>The date by which the bidirectional (V2G) share must be live.</summary>
    public const string V2gLiveBy = "v2g.live_by";

    /// <summary>The open procedure.</summary>
    public const string OpenProcedure = "open";

    /// <summary>The restricted procedure.</summary>
    public const string RestrictedProcedure = "restricted";

    /// <summary>The competitive procedure with negotiation.</summary>
    public const string NegotiationProcedure = "competitive_negotiation";

    /// <summary>The competitive dialogue.</summary>
    public const string DialogueProcedure = "competitive_dialogue";

    /// <summary>End of the roll-out (installation dates).</summary>
    public const string RolloutEnd = "sites.rollout_end";

    /// <summary>Whether existing points are renovated.</summary>
    public const string Renovation = "sites.renovation";

    /// <summary>Start of renovation.</summary>
    public const string RenovationStart = "sites.renovation_start";

    /// <summary>Procurement model.</summary>
    public const string Model = "model.type";

    /// <summary>Concession model value.</summary>
    public const string Concession = "concession";

    /// <summary>Permit model value.</summary>
    public const string Permit = "permit";

    /// <summary>Whether permits are limited because kerb space or grid capacity is scarce.</summary>
    public const string PermitsLimited = "model.permits_limited";

    /// <summary>The prefix of the operations clauses: duties to keep the points working.</summary>
    public const string OperationsTopic = "operations.";

    /// <summary>What the authority pays for points taken over at the end.</summary>
    public const string ResidualValue = "model.residual_value";

    /// <summary>The book-value option of <see cref="ResidualValue"/>.</summary>
    public const string BookValue = "book_value";

    /// <summary>Over how many years a point is written down.</summary>
    public const string DepreciationYears = "model.depreciation_years";

    /// <summary>Whether the officer's legal adviser has confirmed that the permit scheme is not a concession.</summary>
    public const string PermitNotAConcessionConfirmed = "model.permit_not_a_concession_confirmed";

    /// <summary>Whether the authority contributes money.</summary>
    public const string PublicFunding = "model.public_funding";

    /// <summary>Contract duration in years.</summary>
    public const string DurationYears = "model.duration_years";

    /// <summary>Whether an investment-recovery justification is documented.</summary>
    public const string DurationJustified = "model.concession_duration_justified";

    /// <summary>Utrecht-style traffic light.</summary>
    public const string TrafficLight = "grid.traffic_light";

    /// <summary>Guaranteed minimum power per session under the traffic light.</summary>
    public const string TrafficLightMinimum = "grid.traffic_light_min_power_kw";

    /// <summary>Minimum yearly turnover asked of bidders.</summary>
    public const string MinTurnover = "selection.min_turnover";

    /// <summary>Award basis.</summary>
    public const string AwardBasis = "award.basis";

    /// <summary>Award weights (percentages) that must sum to 100.</summary>
    public const string AwardWeightPrefix = "award.weight_";

    /// <summary>Estimated value (tender metadata).</summary>
    public const string EstimatedValue = "tender.estimated_value";

    /// <summary>Procedure (tender metadata).</summary>
    public const string Procedure = "tender.procedure";

    /// <summary>Authority type (tender metadata).</summary>
    public const string AuthorityType = "tender.authority_type";

    /// <summary>Central-government authority type value.</summary>
    public const string CentralGovernment = "central_government";

    /// <summary>The procedure value of a permit scheme, which is not a procurement.</summary>
    public const string PermitProcedure = "permit_not_procurement";

    /// <summary>The concession award procedure.</summary>
    public const string ConcessionProcedure = "concession_procedure";

    /// <summary>Procedure values that are EU procedures under the directives.</summary>
    public static readonly string[] EuProcedures = ["open", "restricted", "competitive_negotiation", "competitive_dialogue", "concession_procedure"];

    /// <summary>Whether the contract is divided into lots (tender metadata).</summary>
    public const string LotsDivided = "tender.lots_divided";

    /// <summary>The reasons for not dividing into lots (tender metadata).</summary>
    public const string LotsReason = "tender.lots_reason_not_divided";

    /// <summary>Clauses requiring EN ISO 15118-20.</summary>
    public static readonly string[] Iso15118_20Clauses =
        ["afir-hardware.iso-15118-20", "afir-hardware.plug-and-charge-both-editions", "afir-hardware.private-points-iso-15118-20-and-mode-2", "standards.iso-15118-20-from-start", "v2g.v2g-ready-hardware", "v2g.v2g-ready-ac"];

    /// <summary>Whether the officer wants the EU notice (tender metadata; unanswered = as the law requires).</summary>
    public const string NoticeWanted = "notice.wanted";

    /// <summary>Whether the EU notice is produced (derived).</summary>
    public const string NoticeProduced = "notice.produced";

    /// <summary>The tender validity question, which the notice of an open procedure needs.</summary>
    public const string TenderValidity = "notice.tender_validity_days";

    /// <summary>The day of the opening of tenders (optional).</summary>
    public const string OpeningDate = "notice.opening_date";

    /// <summary>The time of the opening, which the notice needs once the day is given.</summary>
    public const string OpeningTime = "notice.opening_time";

    /// <summary>
    /// The answers an EU notice cannot be sent without, each with the business term it fills
    /// (eForms SDK 1.15.1): the buyer's registration, town, region, e-mail and telephone, where the
    /// documents are and tenders go, the tender languages, the review body (the SDK asks every
    /// organisation of the notice for its registration number and, in a NUTS country, its region)
    /// with the review deadlines, and the deadline as a moment (day, time and time zone). The tender
    /// validity is added for the open procedure, the opening's time once its day is given.
    /// </summary>
    public static readonly (string Question, string BusinessTerm)[] NoticeRequired =
    [
        ("notice.buyer_registration_id", "BT-501 Registration number"),
        ("notice.buyer_city", "BT-513 Town"),
        ("notice.buyer_nuts", "BT-507 Country subdivision (NUTS)"),
        ("notice.contact_email", "BT-506 Email"),
        ("notice.contact_phone", "BT-503 Telephone"),
        ("notice.documents_url", "BT-15 Address of the procurement documents"),
        ("notice.submission_url", "BT-18 Address for submission"),
        ("notice.tender_languages", "BT-97 Languages in which tenders may be submitted"),
        ("notice.review_body_name", "BT-500 Official name (review organisation)"),
        ("notice.review_body_registration_id", "BT-501 Registration number (review organisation)"),
        ("notice.review_body_city", "BT-513 Town (review organisation)"),
        ("notice.review_body_nuts", "BT-507 Country subdivision (NUTS) (review organisation)"),
        ("notice.review_body_country", "BT-514 Country (review organisation)"),
        ("notice.review_deadlines", "BT-99 Information about review deadlines"),
        (SubmissionDeadline, "BT-131 Deadline for receipt of tenders"),
        ("notice.deadline_time", "BT-131 Deadline for receipt of tenders"),
        ("notice.time_zone", "BT-131 Deadline for receipt of tenders"),
    ];

    /// <summary>Clauses requiring EN ISO 15118-2.</summary>
    public static readonly string[] Iso15118_2Clauses =
        ["afir-hardware.iso-15118-high-level-communication", "afir-hardware.plug-and-charge-both-editions"];
}
