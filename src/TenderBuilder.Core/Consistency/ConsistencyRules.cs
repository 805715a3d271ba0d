using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;

namespace TenderBuilder.Core.Consistency;

/// <summary>
/// Cross-answer checks: each fires on one real inconsistency the knowledge base supports, with a
/// message an officer understands and its source. They live in Core, so the same rules run in the
/// web app, the command line and before export, and none of them can disagree about a draft.
/// </summary>
internal sealed class ConsistencyRules : AbstractValidator<LintContext>
{
    public ConsistencyRules()
    {
        Check("sites.no-points", Severity.Error,
            c => Q.PointsPerPowerClass.Sum(id => c.Answers.Number(id) ?? 0) == 0,
            _ => "Enter how many charging points you tender in each power class. Which AFIR duties apply (payment, price display, cables, standards) depends on the power of the points.",
            [new("afir", "Annex III", "§9.15")],
            [.. Q.PointsPerPowerClass]);

        Check("v2g.ocpp-below-2-1", Severity.Error,
            c => Q.V2gBeyondHardware.Contains(c.Answers.Choice(Q.V2gReadiness)) && c.Answers.Choice(Q.OcppVersion) is { } v && v != Q.Ocpp21,
            c => $"Your V2G readiness goes beyond hardware-ready, which needs bidirectional control from the back office, but the OCPP version asked is {Label(c, Q.OcppVersion)}. Ask for OCPP 2.1 (EN IEC 63584-210), whose V2X functions carry bidirectional power transfer, or lower the readiness step.",
            [new("en-iec-63584-210", "OCPP 2.1 (EN IEC 63584-210): V2X operation modes", "§4.5"), new("tenderbuilder-v2g-ladder", "software-ready step", null)],
            [Q.OcppVersion, Q.V2gReadiness]);

        Check("v2g.without-iso-15118-20", Severity.Error,
            c => c.Answers.Choice(Q.V2gReadiness) is { } level && level != Q.V2gNone && !Q.Iso15118_20Clauses.Any(c.Includes),
            _ => "You ask for V2G readiness, but the tender no longer requires EN ISO 15118-20, the standard that defines bidirectional power transfer between vehicle and charger. Keep the ISO 15118-20 requirement.",
            [new("iso-15118-20", "scope: bidirectional power transfer", "§4.7")],
            [Q.V2gReadiness]);

        // The V2G readiness clauses name these numbers instead of "every AC/DC charging point":
        // more than the points tendered would oblige the bidder to the impossible.
        Check("v2g.ready-ac-points-exceed-tendered", Severity.Error,
            c => ReadyExceeds(c, Q.V2gReadyAcPoints, Q.AcPoints),
            c => $"You ask for {c.Answers.Number(Q.V2gReadyAcPoints):0} AC charging point(s) ready for bidirectional charging, but the tender has {Sum(c, Q.AcPoints):0} AC point(s). Lower the number, leave it empty to ask it of every AC point, or add AC points.",
            [new("tenderbuilder-v2g-ladder", "L2 V2G-ready", null), new("afir", "Annex III", "§9.15")],
            [Q.V2gReadyAcPoints, .. Q.AcPoints]);

        Check("v2g.ready-dc-points-exceed-tendered", Severity.Error,
            c => ReadyExceeds(c, Q.V2gReadyDcPoints, Q.DcPoints),
            c => $"You ask for {c.Answers.Number(Q.V2gReadyDcPoints):0} DC charging point(s) ready for bidirectional charging, but the tender has {Sum(c, Q.DcPoints):0} DC point(s). Lower the number, leave it empty to ask it of every DC point, or add DC points.",
            [new("tenderbuilder-v2g-ladder", "L2 V2G-ready", null), new("afir", "Annex III", "§9.15")],
            [Q.V2gReadyDcPoints, .. Q.DcPoints]);

        Check("payment.qr-only-high-power", Severity.Error,
            c => c.HighPowerDcPoints > 0 && c.Answers.Choices(Q.PaymentMethods) is { IsEmpty: false } methods && !methods.Any(Q.CardPayment.Contains),
            c => $"You plan {c.HighPowerDcPoints:0} DC point(s) of 50 kW or more, but no payment card reader or contactless device. AFIR allows internet-based payment such as a QR code alone only below 50 kW; add a card reader or a contactless device.",
            [new("afir", "Art. 5(1)", "§1.6")],
            [Q.PaymentMethods]);

        Check("standards.2027-without-iso-15118-20", Severity.Error,
            c => InstalledFrom2027(c) && !Q.Iso15118_20Clauses.Any(c.Includes),
            _ => "Points installed or renovated from 1 January 2027 must comply with EN ISO 15118-20, but the tender does not require it. Keep the ISO 15118-20 requirement.",
            [new("da-2025-656", "Annex, point 2.1.2", "§2.3")],
            [Q.RolloutEnd, Q.RenovationStart]);

        Check("standards.plug-and-charge-needs-both", Severity.Error,
            c => c.Answers.Flag(Q.PlugAndCharge) == true && InstalledFrom2027(c) && !(Q.Iso15118_20Clauses.Any(c.Includes) && Q.Iso15118_2Clauses.Any(c.Includes)),
            _ => "Points installed or renovated from 1 January 2027 that offer Plug & Charge must comply with both EN ISO 15118-2 and EN ISO 15118-20; the tender does not require both.",
            [new("da-2025-656", "Annex, point 2.1.2", "§2.4")],
            [Q.PlugAndCharge]);

        Check("award.weights-not-100", Severity.Error,
            c => AwardWeights.Of(c.Answers) is { Any: true, AddUp: false },
            c => $"The award weights add up to {AwardWeights.Of(c.Answers).Total.ToString("0.##", CultureInfo.InvariantCulture)} %, not 100 %. Adjust them so bidders know exactly how offers are scored.",
            [new("dir-2014-24", "Art. 67(5)", null), new("dir-2014-23", "Art. 41", null)],
            [Q.AwardBasis]);

        Check("model.concession-duration-unjustified", Severity.Error,
            c => c.Framing.Regime == LegalRegime.Concession && c.Answers.Number(Q.DurationYears) > 5 && c.Answers.Flag(Q.DurationJustified) != true,
            c => $"A concession of {c.Answers.Number(Q.DurationYears):0.#} years runs over five years: its duration may not exceed the time reasonably needed to recoup the investments plus a return. Document that calculation (initial and later investments, such as ISO 15118-20 or V2G upgrades) before publishing.",
            [new("dir-2014-23", "Art. 18", "§3.11")],
            [Q.DurationJustified, Q.DurationYears]);

        Check("model.concession-pays-book-value", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.Concession && c.Answers.Choice(Q.ResidualValue) == Q.BookValue,
            c => "In a concession the authority pays nothing for the service, but you chose to pay the book value of the charging points taken over at the end. "
                 + "That payment must be counted in the estimated value, and it takes part of the operating risk off the concessionaire, the risk that makes the contract a concession"
                 + (c.Answers.Number(Q.DepreciationYears) is { } years && c.Answers.Number(Q.DurationYears) is { } term && years > term
                     ? $"; written down over {years:0.#} years against a term of {term:0.#}, it also pays for investments the term was meant to recoup. "
                     : ". ")
                 + "Choose to pay nothing, or have your legal adviser confirm the payment.",
            [new("dir-2014-23", "Art. 5(1)(b) (operating risk); Art. 8(2) (estimated value)", null), new("dir-2014-23", "Art. 18", "§3.11")],
            [Q.ResidualValue, Q.DepreciationYears]);

        Check("grid.traffic-light-without-minimum", Severity.Warning,
            c => c.Answers.Flag(Q.TrafficLight) == true && c.Answers.Answer(Q.TrafficLightMinimum) is null,
            _ => "Your traffic-light capacity scheme reduces charging power at peak times but sets no guaranteed minimum power per session. Set one so drivers can still charge during the peak.",
            [new("utrecht-peak-reduction", "peak-time power reduction", null), new("enexis-eindhoven", "minimum power during congestion", null)],
            [Q.TrafficLightMinimum, Q.TrafficLight]);

        Check("selection.turnover-above-twice-value", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.PublicContract && c.Answers.Number(Q.MinTurnover) is { } turnover && c.Answers.Number(Q.EstimatedValue) is { } value && value > 0 && turnover > 2 * value,
            c => $"The minimum yearly turnover you ask ({c.Answers.Number(Q.MinTurnover):N0}) is more than twice the estimated contract value ({c.Answers.Number(Q.EstimatedValue):N0}). Directive 2014/24/EU limits it to twice the value unless duly justified; national law may be stricter.",
            [new("dir-2014-24", "Art. 58(3)", null)],
            [Q.MinTurnover]);

        Check("award.criteria-in-permit-model", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.Permit && c.Input.CustomClauses.Any(custom => Rules.CustomClauses.ParseKind(custom.Kind) == ClauseKind.AwardCriterion),
            _ => "In a permit or land-lease model the authority grants permits rather than awarding a contract, so there is no offer to score: the award criteria you wrote do not apply. Where permits are limited, applicants are ranked on the permit selection criteria instead. Check with your legal adviser whether your permit scheme is in fact a contract or concession.",
            [new("nkl-netherlands", "vergunningmodel", null)],
            [Q.Model]);

        // Cites Directive 2014/23/EU under a permit on purpose: the finding is for the officer and
        // warns that the other regime may be the right one.
        // An error until the officer's legal adviser has confirmed it: granting a concession as a
        // permit would be an award without a procedure.
        Check("model.permit-may-be-concession", Severity.Error,
            c => c.Framing.Regime == LegalRegime.Permit && c.Answers.Flag(Q.PermitNotAConcessionConfirmed) != true
                 && (c.Answers.Flag(Q.PermitsLimited) == true || c.Answers.Flag(Q.PublicFunding) == true || c.IncludedClauses.Any(IsOperatingObligation)),
            c => ConcessionSigns(c)
                 + ". A permit that obliges its holder to provide a service, or grants an exclusive or special right in return for something of value, may in law be a service concession, to be awarded under Directive 2014/23/EU and national concession law when its expected turnover reaches the EU threshold. "
                 + "Either keep only conditions tied to the use of public space (safety, design, the AFIR duties, removal), or tender it as a concession. "
                 + "Have your legal adviser check this; once they have confirmed that the scheme is one of permits, answer yes to “Has your legal adviser confirmed that the permit scheme is not a concession?”.",
            [new("dir-2014-23", "recital 15; Art. 5(1)(b)", null), new("dir-2014-23", "Art. 8(1)", "§3.16"), new("dir-2006-123", "Art. 12", "§3.17")],
            [Q.PermitNotAConcessionConfirmed, Q.Model, Q.PermitsLimited, Q.PublicFunding],
            aboutAnotherRegime: true);

        Check("lots.no-reason-for-one-contract", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.PublicContract && c.Answers.Flag(Q.LotsDivided) == false && c.Answers.Answer(Q.LotsReason) is not AnswerValue.Text { Value.Length: > 0 },
            _ => "You do not divide the contract into lots but give no reason. Directive 2014/24/EU asks the authority to state its main reasons for not dividing, in the procurement documents or the procurement report.",
            [new("dir-2014-24", "Art. 46(1)", "§3.5")],
            [Q.LotsReason, Q.LotsDivided]);

        Check("procedure.does-not-fit-the-model", Severity.Warning,
            c => c.Answers.Choice(Q.Procedure) is { } procedure && ProcedureFor(c.Framing.Regime, procedure) is not null,
            c => $"The procurement model makes this tender {RegimeWords(c.Framing.Regime)}, but the procedure chosen is “{Label(c, Q.Procedure)}”. {ProcedureFor(c.Framing.Regime, c.Answers.Choice(Q.Procedure)!)}",
            [new("dir-2014-24", "Art. 26 (choice of procedures)", null), new("dir-2014-23", "Art. 37 (award conditions)", "§3.13"), new("dir-2006-123", "Art. 12", "§3.17")],
            [Q.Procedure, Q.Model]);

        Check("procedure.above-threshold-without-eu-procedure", Severity.Error,
            c => Threshold(c) is { } threshold && c.Answers.Number(Q.EstimatedValue) >= threshold
                 && c.Answers.Choice(Q.Procedure) is { } procedure && !Q.EuProcedures.Contains(procedure),
            c => $"The estimated value ({c.Answers.Number(Q.EstimatedValue):N0} EUR) reaches the EU threshold of {Threshold(c):N0} EUR in force on {c.ReferenceDate:yyyy-MM-dd}, but the procedure chosen ({Label(c, Q.Procedure)}) is not one of the EU procedures. Choose an EU procedure.",
            [.. EuThresholds.Sources],
            [Q.Procedure, Q.EstimatedValue]);

        Check("procedure.below-threshold-eu-procedure", Severity.Info,
            c => Threshold(c) is { } threshold && c.Answers.Number(Q.EstimatedValue) < threshold
                 && c.Answers.Choice(Q.Procedure) is { } procedure && Q.EuProcedures.Contains(procedure),
            c => $"The estimated value ({c.Answers.Number(Q.EstimatedValue):N0} EUR) is below the EU threshold of {Threshold(c):N0} EUR in force on {c.ReferenceDate:yyyy-MM-dd}. An EU procedure is not required; national rules apply, and you may still choose it.",
            [.. EuThresholds.Sources],
            [Q.Procedure, Q.EstimatedValue]);

        AddDateChecks();
    }

    // The order of the dates needs no law: each check cites only the questions whose dates collide.
    // The submission periods follow the directives and bind only where a directive is the basis.
    private void AddDateChecks()
    {
        Check("dates.deadline-not-after-publication", Severity.Error,
            c => Dates(c, Q.PublicationDate, Q.SubmissionDeadline) is (var published, var deadline) && deadline <= published,
            c => $"The deadline for tenders ({Words(c, Q.SubmissionDeadline)}) is not after the planned publication of the notice ({Words(c, Q.PublicationDate)}): bidders would have no time to tender. Move the deadline after the publication date, leaving at least the minimum period your procedure requires.",
            [],
            [Q.SubmissionDeadline, Q.PublicationDate]);

        foreach (var period in SubmissionPeriod.All)
        {
            Check("dates.submission-period-below-minimum", Severity.Error,
                c => PeriodDays(c, period) is { } days && days < period.Floor,
                c => $"The deadline for tenders ({Words(c, Q.SubmissionDeadline)}) is only {PeriodDays(c, period)} days after the planned publication of the notice ({Words(c, Q.PublicationDate)}), which TenderBuilder takes as the day the notice is sent. The shortest period is {period.FloorWords}. Move the deadline to {Words(c.Answers.Date(Q.PublicationDate)!.Value.AddDays(period.Floor))} or later.",
                period.Sources,
                [Q.SubmissionDeadline, Q.PublicationDate]);

            Check("dates.submission-period-short", Severity.Warning,
                c => PeriodDays(c, period) is { } days && days >= period.Floor && days < period.Usual,
                c => $"The deadline for tenders ({Words(c, Q.SubmissionDeadline)}) is {PeriodDays(c, period)} days after the planned publication of the notice ({Words(c, Q.PublicationDate)}), which TenderBuilder takes as the day the notice is sent. The minimum is {period.UsualWords}. Move the deadline to {Words(c.Answers.Date(Q.PublicationDate)!.Value.AddDays(period.Usual))} or later, or have your procurement lawyer confirm that a shorter period applies.",
                period.Sources,
                [Q.SubmissionDeadline, Q.PublicationDate]);
        }

        Check("dates.contract-starts-before-tenders-are-in", Severity.Error,
            c => Dates(c, Q.SubmissionDeadline, Q.ContractStart) is (var deadline, var start) && start <= deadline,
            c => $"The contract starts on {Words(c, Q.ContractStart)}, but tenders are received only until {Words(c, Q.SubmissionDeadline)}: the contract cannot start before the tenders are in and the contract is awarded. Move the contract start after the deadline, leaving time for evaluation, award and any standstill period.",
            [],
            [Q.ContractStart, Q.SubmissionDeadline]);

        Check("dates.rollout-ends-before-it-starts", Severity.Error,
            c => Dates(c, Q.RolloutStart, Q.RolloutEnd) is (var first, var last) && last < first,
            c => $"The last charging points are to be installed on {Words(c, Q.RolloutEnd)}, before the first ones on {Words(c, Q.RolloutStart)}. Swap the dates or correct the one that is wrong.",
            [],
            [Q.RolloutEnd, Q.RolloutStart]);

        Check("dates.rollout-before-contract-start", Severity.Warning,
            c => Dates(c, Q.ContractStart, Q.RolloutStart) is (var start, var first) && first < start,
            c => $"The first charging points are to be installed on {Words(c, Q.RolloutStart)}, before the contract starts on {Words(c, Q.ContractStart)}: the contractor has no contract to install them under yet. Move the roll-out start to the contract start or later, or start the contract earlier.",
            [],
            [Q.RolloutStart, Q.ContractStart]);

        Check("dates.renovation-before-contract-start", Severity.Warning,
            c => c.Answers.Flag(Q.Renovation) == true && Dates(c, Q.ContractStart, Q.RenovationStart) is (var start, var renovation) && renovation < start,
            c => $"The renovation of existing points is to start on {Words(c, Q.RenovationStart)}, before the contract starts on {Words(c, Q.ContractStart)}: the contractor has no contract to renovate them under yet. Move the renovation start to the contract start or later.",
            [],
            [Q.RenovationStart, Q.ContractStart]);

        Check("dates.v2g-live-before-contract-start", Severity.Error,
            c => Dates(c, Q.ContractStart, Q.V2gLiveBy) is (var start, var live) && live <= start,
            c => $"The bidirectional (V2G) points must be live by {Words(c, Q.V2gLiveBy)}, but the contract starts only on {Words(c, Q.ContractStart)}: no contractor can meet that deadline. Move the live-by date after the contract start, leaving time to install and test the points.",
            [],
            [Q.V2gLiveBy, Q.ContractStart]);

        Check("dates.v2g-live-before-rollout-start", Severity.Warning,
            c => Dates(c, Q.RolloutStart, Q.V2gLiveBy) is (var first, var live) && live < first,
            c => $"The bidirectional (V2G) points must be live by {Words(c, Q.V2gLiveBy)}, before the first charging points are installed on {Words(c, Q.RolloutStart)}. Move the live-by date after the roll-out start, or bring the roll-out forward.",
            [],
            [Q.V2gLiveBy, Q.RolloutStart]);
    }

    /// <summary>Every citation the rules make, so a test can prove each names a known source.</summary>
    public List<Citation> Citations { get; } = [];

    // "where" names the questions whose answers the officer would change to resolve the finding,
    // the first one first: the wizard shows the finding beside them.
    // "aboutAnotherRegime" keeps citations of another regime's law, which are otherwise dropped
    // like a clause's: only a finding warning that the other regime may apply needs them.
    private void Check(string code, Severity severity, Func<LintContext, bool> fires, Func<LintContext, string> message, Citation[] sources, string[] where, bool aboutAnotherRegime = false)
    {
        Citations.AddRange(sources);
        RuleFor(context => context)
            .Must(context => !fires(context))
            .WithErrorCode(code)
            .WithSeverity(severity)
            .WithMessage(message)
            .WithState(_ => new FindingState([.. sources], [.. where], aboutAnotherRegime));
    }

    // What the officer should choose instead, or null when the procedure fits the regime.
    private static string? ProcedureFor(LegalRegime regime, string procedure) => (regime, procedure) switch
    {
        (LegalRegime.Permit, not Q.PermitProcedure) => "A permit is not procured: choose “Not a procurement: permit or land-lease scheme”, or change the model if the authority does buy a service.",
        (not LegalRegime.Permit, Q.PermitProcedure) => "A contract or concession is awarded in a procurement procedure: choose one, or change the model to a permit if the authority only grants permits.",
        (LegalRegime.PublicContract, Q.ConcessionProcedure) => "A public contract is awarded in one of the procedures of Directive 2014/24/EU (for example the open procedure), not in a concession award procedure.",
        _ => null,
    };

    private static string RegimeWords(LegalRegime regime) => regime switch
    {
        LegalRegime.Concession => "a service concession",
        LegalRegime.Permit => "a permit scheme",
        _ => "a public contract",
    };

    // What makes a permit look like a concession, in one sentence: "A, B and C".
    private static string ConcessionSigns(LintContext c)
    {
        List<string> signs = [];
        if (c.IncludedClauses.Any(IsOperatingObligation))
        {
            signs.Add("the permit conditions oblige the permit holder to operate the charging points (availability, repair times and reporting in the contract performance annex)");
        }

        if (c.Answers.Flag(Q.PermitsLimited) == true)
        {
            signs.Add("the number of permits is limited");
        }

        if (c.Answers.Flag(Q.PublicFunding) == true)
        {
            signs.Add("the authority contributes money");
        }

        var sentence = signs.Count == 1 ? signs[0] : string.Join(", ", signs[..^1]) + " and " + signs[^1];
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static bool IsOperatingObligation(string clauseId) => clauseId.StartsWith(Q.OperationsTopic, StringComparison.Ordinal);

    private static decimal Sum(LintContext c, string[] questions) => questions.Sum(id => c.Answers.Number(id) ?? 0);

    private static bool ReadyExceeds(LintContext c, string ready, string[] points) =>
        c.Answers.Choice(Q.V2gReadiness) is { } level && level != Q.V2gNone && c.Answers.Number(ready) is { } wanted && wanted > Sum(c, points);

    private static bool InstalledFrom2027(LintContext c)
    {
        var from2027 = new DateOnly(2027, 1, 1);
        return c.Answers.Date(Q.RolloutEnd) >= from2027
               || (c.Answers.Flag(Q.Renovation) == true && c.Answers.Date(Q.RenovationStart) >= from2027);
    }

    private static decimal? Threshold(LintContext c)
    {
        // A permit is not procured, so no procurement threshold applies to it.
        if (c.Framing.Regime == LegalRegime.Permit
            || EuThresholds.On(c.ReferenceDate) is not { } thresholds || c.Input.Tender.EstimatedValue.Currency is not ("EUR" or null))
        {
            return null;
        }

        return c.Framing.Regime == LegalRegime.Concession ? thresholds.WorksAndConcessions
            : c.Answers.Choice(Q.AuthorityType) == Q.CentralGovernment ? thresholds.CentralSuppliesServices
            : thresholds.SubCentralSuppliesServices;
    }

    // Both dates, or default when either is unanswered (the pattern "is (var a, var b)" then fails on the comparison).
    private static (DateOnly First, DateOnly Second)? Dates(LintContext c, string first, string second) =>
        c.Answers.Date(first) is { } a && c.Answers.Date(second) is { } b ? (a, b) : null;

    // The days from the planned publication to the deadline, where the period binds: an EU procedure
    // whose directive is the basis. Below the threshold national rules set the periods, so none fires.
    private static int? PeriodDays(LintContext c, SubmissionPeriod period)
    {
        if (SubmissionPeriod.For(c.Framing.Regime, c.Answers.Choice(Q.Procedure)) != period || !DirectiveBinds(c)
            || Dates(c, Q.PublicationDate, Q.SubmissionDeadline) is not (var published, var deadline) || deadline <= published)
        {
            return null;
        }

        return deadline.DayNumber - published.DayNumber;
    }

    // A value not given, or in another currency, is not taken as below the threshold.
    private static bool DirectiveBinds(LintContext c) => c.Framing.Regime switch
    {
        LegalRegime.Concession => c.Framing.DirectiveApplies,
        LegalRegime.PublicContract => Threshold(c) is not { } threshold || c.Answers.Number(Q.EstimatedValue) is not { } value || value >= threshold,
        _ => false,
    };

    // A date in words, "5 December 2026", so the officer need not decode a format.
    private static string Words(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Words(LintContext c, string questionId) => c.Answers.Date(questionId) is { } date ? Words(date) : "none";

    private static string Label(LintContext c, string questionId) =>
        c.Answers.Answer(questionId) is { } answer ? c.Answers.Question(questionId).Describe(answer) : "none";
}

/// <summary>What a consistency rule carries besides its message: its sources and the questions it concerns.</summary>
internal sealed record FindingState(ImmutableArray<Citation> Sources, ImmutableArray<string> Questions, bool AboutAnotherRegime);
