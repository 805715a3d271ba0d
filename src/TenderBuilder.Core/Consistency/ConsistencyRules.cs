using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;

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
            c => W(c).SitesNoPoints,
            [new("afir", "Annex III", "§9.15")],
            [.. Q.PointsPerPowerClass]);

        Check("v2g.ocpp-below-2-1", Severity.Error,
            c => Q.V2gBeyondHardware.Contains(c.Answers.Choice(Q.V2gReadiness)) && c.Answers.Choice(Q.OcppVersion) is { } v && v != Q.Ocpp21,
            c => Say(c, W(c).V2gOcppBelow21, Label(c, Q.OcppVersion)),
            [new("en-iec-63584-210", "OCPP 2.1 (EN IEC 63584-210): V2X operation modes", "§4.5"), new("tenderbuilder-v2g-ladder", "software-ready step", null)],
            [Q.OcppVersion, Q.V2gReadiness]);

        Check("v2g.without-iso-15118-20", Severity.Error,
            c => c.Answers.Choice(Q.V2gReadiness) is { } level && level != Q.V2gNone && !Q.Iso15118_20Clauses.Any(c.Includes),
            c => W(c).V2gWithoutIso1511820,
            [new("iso-15118-20", "scope: bidirectional power transfer", "§4.7")],
            [Q.V2gReadiness]);

        // The V2G readiness clauses name these numbers instead of "every AC/DC charging point":
        // more than the points tendered would oblige the bidder to the impossible.
        Check("v2g.ready-ac-points-exceed-tendered", Severity.Error,
            c => ReadyExceeds(c, Q.V2gReadyAcPoints, Q.AcPoints),
            c => Say(c, W(c).V2gReadyAcPointsExceedTendered, Number(c, c.Answers.Number(Q.V2gReadyAcPoints), "0"), Number(c, Sum(c, Q.AcPoints), "0")),
            [new("tenderbuilder-v2g-ladder", "L2 V2G-ready", null), new("afir", "Annex III", "§9.15")],
            [Q.V2gReadyAcPoints, .. Q.AcPoints]);

        Check("v2g.ready-dc-points-exceed-tendered", Severity.Error,
            c => ReadyExceeds(c, Q.V2gReadyDcPoints, Q.DcPoints),
            c => Say(c, W(c).V2gReadyDcPointsExceedTendered, Number(c, c.Answers.Number(Q.V2gReadyDcPoints), "0"), Number(c, Sum(c, Q.DcPoints), "0")),
            [new("tenderbuilder-v2g-ladder", "L2 V2G-ready", null), new("afir", "Annex III", "§9.15")],
            [Q.V2gReadyDcPoints, .. Q.DcPoints]);

        Check("payment.qr-only-high-power", Severity.Error,
            c => c.HighPowerDcPoints > 0 && c.Answers.Choices(Q.PaymentMethods) is { IsEmpty: false } methods && !methods.Any(Q.CardPayment.Contains),
            c => Say(c, W(c).PaymentQrOnlyHighPower, Number(c, c.HighPowerDcPoints, "0")),
            [new("afir", "Art. 5(1)", "§1.6")],
            [Q.PaymentMethods]);

        Check("standards.2027-without-iso-15118-20", Severity.Error,
            c => InstalledFrom2027(c) && !Q.Iso15118_20Clauses.Any(c.Includes),
            c => W(c).Standards2027WithoutIso1511820,
            [new("da-2025-656", "Annex, point 2.1.2", "§2.3")],
            [Q.RolloutEnd, Q.RenovationStart]);

        Check("standards.plug-and-charge-needs-both", Severity.Error,
            c => c.Answers.Flag(Q.PlugAndCharge) == true && InstalledFrom2027(c) && !(Q.Iso15118_20Clauses.Any(c.Includes) && Q.Iso15118_2Clauses.Any(c.Includes)),
            c => W(c).StandardsPlugAndChargeNeedsBoth,
            [new("da-2025-656", "Annex, point 2.1.2", "§2.4")],
            [Q.PlugAndCharge]);

        Check("award.weights-not-100", Severity.Error,
            c => AwardWeights.Of(c.Answers) is { Any: true, AddUp: false },
            c => Say(c, W(c).AwardWeightsNot100, Number(c, AwardWeights.Of(c.Answers).Total, "0.##")),
            [new("dir-2014-24", "Art. 67(5)", null), new("dir-2014-23", "Art. 41", null)],
            [Q.AwardBasis]);

        Check("model.concession-duration-unjustified", Severity.Error,
            c => c.Framing.Regime == LegalRegime.Concession && c.Answers.Number(Q.DurationYears) > 5 && c.Answers.Flag(Q.DurationJustified) != true,
            c => Say(c, W(c).ModelConcessionDurationUnjustified, Number(c, c.Answers.Number(Q.DurationYears), "0.#")),
            [new("dir-2014-23", "Art. 18", "§3.11")],
            [Q.DurationJustified, Q.DurationYears]);

        Check("model.concession-pays-book-value", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.Concession && c.Answers.Choice(Q.ResidualValue) == Q.BookValue,
            c => c.Answers.Number(Q.DepreciationYears) is { } years && c.Answers.Number(Q.DurationYears) is { } term && years > term
                ? Say(c, W(c).ModelConcessionPaysBookValueBeyondTerm, Number(c, years, "0.#"), Number(c, term, "0.#"))
                : W(c).ModelConcessionPaysBookValue,
            [new("dir-2014-23", "Art. 5(1)(b) (operating risk); Art. 8(2) (estimated value)", null), new("dir-2014-23", "Art. 18", "§3.11")],
            [Q.ResidualValue, Q.DepreciationYears]);

        Check("grid.traffic-light-without-minimum", Severity.Warning,
            c => c.Answers.Flag(Q.TrafficLight) == true && c.Answers.Answer(Q.TrafficLightMinimum) is null,
            c => W(c).GridTrafficLightWithoutMinimum,
            [new("utrecht-peak-reduction", "peak-time power reduction", null), new("enexis-eindhoven", "minimum power during congestion", null)],
            [Q.TrafficLightMinimum, Q.TrafficLight]);

        Check("selection.turnover-above-twice-value", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.PublicContract && c.Answers.Number(Q.MinTurnover) is { } turnover && c.Answers.Number(Q.EstimatedValue) is { } value && value > 0 && turnover > 2 * value,
            c => Say(c, W(c).SelectionTurnoverAboveTwiceValue, Number(c, c.Answers.Number(Q.MinTurnover), "N0"), Number(c, c.Answers.Number(Q.EstimatedValue), "N0")),
            [new("dir-2014-24", "Art. 58(3)", null)],
            [Q.MinTurnover]);

        Check("award.criteria-in-permit-model", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.Permit && c.Input.CustomClauses.Any(custom => Rules.CustomClauses.ParseKind(custom.Kind) == ClauseKind.AwardCriterion),
            c => W(c).AwardCriteriaInPermitModel,
            [new("nkl-netherlands", "vergunningmodel", null)],
            [Q.Model]);

        // Cites Directive 2014/23/EU under a permit on purpose: the finding is for the officer and
        // warns that the other regime may be the right one.
        // An error until the officer's legal adviser has confirmed it: granting a concession as a
        // permit would be an award without a procedure.
        Check("model.permit-may-be-concession", Severity.Error,
            c => c.Framing.Regime == LegalRegime.Permit && c.Answers.Flag(Q.PermitNotAConcessionConfirmed) != true
                 && (c.Answers.Flag(Q.PermitsLimited) == true || c.Answers.Flag(Q.PublicFunding) == true || c.IncludedClauses.Any(IsOperatingObligation)),
            c => Say(c, W(c).ModelPermitMayBeConcession, ConcessionSigns(c), c.Answers.Question(Q.PermitNotAConcessionConfirmed).Label),
            [new("dir-2014-23", "recital 15; Art. 5(1)(b)", null), new("dir-2014-23", "Art. 8(1)", "§3.16"), new("dir-2006-123", "Art. 12", "§3.17")],
            [Q.PermitNotAConcessionConfirmed, Q.Model, Q.PermitsLimited, Q.PublicFunding],
            aboutAnotherRegime: true);

        Check("lots.no-reason-for-one-contract", Severity.Warning,
            c => c.Framing.Regime == LegalRegime.PublicContract && c.Answers.Flag(Q.LotsDivided) == false && c.Answers.Answer(Q.LotsReason) is not AnswerValue.Text { Value.Length: > 0 },
            c => W(c).LotsNoReasonForOneContract,
            [new("dir-2014-24", "Art. 46(1)", "§3.5")],
            [Q.LotsReason, Q.LotsDivided]);

        Check("procedure.does-not-fit-the-model", Severity.Warning,
            c => c.Answers.Choice(Q.Procedure) is { } procedure && ProcedureFor(c.Framing.Regime, procedure) is not null,
            c => Say(c, W(c).ProcedureDoesNotFitTheModel, W(c).RegimeIs[c.Framing.Regime.ToString()], Label(c, Q.Procedure), Instead(c, ProcedureFor(c.Framing.Regime, c.Answers.Choice(Q.Procedure)!)!)),
            [new("dir-2014-24", "Art. 26 (choice of procedures)", null), new("dir-2014-23", "Art. 37 (award conditions)", "§3.13"), new("dir-2006-123", "Art. 12", "§3.17")],
            [Q.Procedure, Q.Model]);

        Check("procedure.above-threshold-without-eu-procedure", Severity.Error,
            c => Threshold(c) is { } threshold && c.Answers.Number(Q.EstimatedValue) >= threshold
                 && c.Answers.Choice(Q.Procedure) is { } procedure && !Q.EuProcedures.Contains(procedure),
            c => Say(c, W(c).ProcedureAboveThresholdWithoutEuProcedure, Number(c, c.Answers.Number(Q.EstimatedValue), "N0"), Number(c, Threshold(c), "N0"), Iso(c, c.ReferenceDate), Label(c, Q.Procedure)),
            [.. EuThresholds.Sources],
            [Q.Procedure, Q.EstimatedValue]);

        Check("procedure.below-threshold-eu-procedure", Severity.Info,
            c => Threshold(c) is { } threshold && c.Answers.Number(Q.EstimatedValue) < threshold
                 && c.Answers.Choice(Q.Procedure) is { } procedure && Q.EuProcedures.Contains(procedure),
            c => Say(c, W(c).ProcedureBelowThresholdEuProcedure, Number(c, c.Answers.Number(Q.EstimatedValue), "N0"), Number(c, Threshold(c), "N0"), Iso(c, c.ReferenceDate)),
            [.. EuThresholds.Sources],
            [Q.Procedure, Q.EstimatedValue]);

        AddDateChecks();
        AddNoticeChecks();
    }

    // What the EU notice needs. Whether one is produced is the framing's decision (NoticeDecision),
    // the same the derived answer notice.produced shows; the questions are asked only then.
    private void AddNoticeChecks()
    {
        Check("notice.declined-though-required", Severity.Warning,
            c => Notice(c).Ground == NoticeGround.DeclinedThoughRequired,
            c => Say(c, W(c).NoticeDeclinedThoughRequired, W(c).RegimeIs[c.Framing.Regime.ToString()], c.Answers.Question(Q.NoticeWanted).Label),
            [.. EuThresholds.Sources],
            [Q.NoticeWanted, Q.EstimatedValue]);

        foreach (var (question, term) in Q.NoticeRequired)
        {
            Check("notice.answer-missing", Severity.Warning,
                c => Notice(c).Produce && Missing(c, question),
                c => Say(c, W(c).NoticeAnswerMissing, c.Answers.Question(question).Label),
                [new("eforms", term, null)],
                [question]);
        }

        Check("notice.answer-missing", Severity.Warning,
            c => Notice(c).Produce && c.Answers.Choice(Q.Procedure) == Q.OpenProcedure && Missing(c, Q.TenderValidity),
            c => Say(c, W(c).NoticeAnswerMissingOpenProcedure, c.Answers.Question(Q.TenderValidity).Label, Label(c, Q.Procedure)),
            [new("eforms", "BT-98 Duration during which the tender must remain valid", null)],
            [Q.TenderValidity, Q.Procedure]);

        Check("notice.answer-missing", Severity.Warning,
            c => Notice(c).Produce && c.Answers.Date(Q.OpeningDate) is not null && Missing(c, Q.OpeningTime),
            c => Say(c, W(c).NoticeAnswerMissing, c.Answers.Question(Q.OpeningTime).Label),
            [new("eforms", "BT-132 Opening date", null)],
            [Q.OpeningTime]);
    }

    private static NoticeDecision Notice(LintContext c) => NoticeDecision.For(c.Input, c.Framing, c.ReferenceDate);

    // Unanswered, and not because the answer given is malformed: that one has its own error beside the question.
    // A question a trimmed catalogue lacks is not asked, so not missing.
    private static bool Missing(LintContext c, string question) =>
        c.Answers.Has(question) && c.Answers.Answer(question) is null or AnswerValue.Choices { Values.IsEmpty: true } && !c.Answers[question].Malformed;

    // The order of the dates needs no law: each check cites only the questions whose dates collide.
    // The submission periods follow the directives and bind only where a directive is the basis.
    private void AddDateChecks()
    {
        Check("dates.deadline-not-after-publication", Severity.Error,
            c => Dates(c, Q.PublicationDate, Q.SubmissionDeadline) is (var published, var deadline) && deadline <= published,
            c => Say(c, W(c).DatesDeadlineNotAfterPublication, Words(c, Q.SubmissionDeadline), Words(c, Q.PublicationDate)),
            [],
            [Q.SubmissionDeadline, Q.PublicationDate]);

        foreach (var period in SubmissionPeriod.All)
        {
            Check("dates.submission-period-below-minimum", Severity.Error,
                c => PeriodDays(c, period) is { } days && days < period.Floor,
                c => Say(c, W(c).DatesSubmissionPeriodBelowMinimum, Words(c, Q.SubmissionDeadline), Number(c, PeriodDays(c, period), "0"), Words(c, Q.PublicationDate),
                    W(c).PeriodFloor[period.Name], Words(c, c.Answers.Date(Q.PublicationDate)!.Value.AddDays(period.Floor))),
                period.Sources,
                [Q.SubmissionDeadline, Q.PublicationDate]);

            Check("dates.submission-period-short", Severity.Warning,
                c => PeriodDays(c, period) is { } days && days >= period.Floor && days < period.Usual,
                c => Say(c, W(c).DatesSubmissionPeriodShort, Words(c, Q.SubmissionDeadline), Number(c, PeriodDays(c, period), "0"), Words(c, Q.PublicationDate),
                    W(c).PeriodUsual[period.Name], Words(c, c.Answers.Date(Q.PublicationDate)!.Value.AddDays(period.Usual))),
                period.Sources,
                [Q.SubmissionDeadline, Q.PublicationDate]);
        }

        Check("dates.contract-starts-before-tenders-are-in", Severity.Error,
            c => Dates(c, Q.SubmissionDeadline, Q.ContractStart) is (var deadline, var start) && start <= deadline,
            c => Say(c, W(c).DatesContractStartsBeforeTendersAreIn, Words(c, Q.ContractStart), Words(c, Q.SubmissionDeadline)),
            [],
            [Q.ContractStart, Q.SubmissionDeadline]);

        Check("dates.rollout-ends-before-it-starts", Severity.Error,
            c => Dates(c, Q.RolloutStart, Q.RolloutEnd) is (var first, var last) && last < first,
            c => Say(c, W(c).DatesRolloutEndsBeforeItStarts, Words(c, Q.RolloutEnd), Words(c, Q.RolloutStart)),
            [],
            [Q.RolloutEnd, Q.RolloutStart]);

        Check("dates.rollout-before-contract-start", Severity.Warning,
            c => Dates(c, Q.ContractStart, Q.RolloutStart) is (var start, var first) && first < start,
            c => Say(c, W(c).DatesRolloutBeforeContractStart, Words(c, Q.RolloutStart), Words(c, Q.ContractStart)),
            [],
            [Q.RolloutStart, Q.ContractStart]);

        Check("dates.renovation-before-contract-start", Severity.Warning,
            c => c.Answers.Flag(Q.Renovation) == true && Dates(c, Q.ContractStart, Q.RenovationStart) is (var start, var renovation) && renovation < start,
            c => Say(c, W(c).DatesRenovationBeforeContractStart, Words(c, Q.RenovationStart), Words(c, Q.ContractStart)),
            [],
            [Q.RenovationStart, Q.ContractStart]);

        Check("dates.v2g-live-before-contract-start", Severity.Error,
            c => Dates(c, Q.ContractStart, Q.V2gLiveBy) is (var start, var live) && live <= start,
            c => Say(c, W(c).DatesV2gLiveBeforeContractStart, Words(c, Q.V2gLiveBy), Words(c, Q.ContractStart)),
            [],
            [Q.V2gLiveBy, Q.ContractStart]);

        Check("dates.v2g-live-before-rollout-start", Severity.Warning,
            c => Dates(c, Q.RolloutStart, Q.V2gLiveBy) is (var first, var live) && live < first,
            c => Say(c, W(c).DatesV2gLiveBeforeRolloutStart, Words(c, Q.V2gLiveBy), Words(c, Q.RolloutStart)),
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

    // What the officer should choose instead (a key of ConsistencyWords.ProcedureInstead), or null when the procedure fits the regime.
    private static string? ProcedureFor(LegalRegime regime, string procedure) => (regime, procedure) switch
    {
        (LegalRegime.Permit, not Q.PermitProcedure) => "permit",
        (not LegalRegime.Permit, Q.PermitProcedure) => "procurement",
        (LegalRegime.PublicContract, Q.ConcessionProcedure) => "concession",
        _ => null,
    };

    // The advice names the permit option as the questionnaire labels it.
    private static string Instead(LintContext c, string key) =>
        Say(c, W(c).ProcedureInstead[key], c.Answers.Question(Q.Procedure).OptionLabel(Q.PermitProcedure));

    // What makes a permit look like a concession, in one sentence: "A, B and C".
    private static string ConcessionSigns(LintContext c)
    {
        List<string> signs = [];
        if (c.IncludedClauses.Any(IsOperatingObligation))
        {
            signs.Add(W(c).PermitSignOperates);
        }

        if (c.Answers.Flag(Q.PermitsLimited) == true)
        {
            signs.Add(W(c).PermitSignLimited);
        }

        if (c.Answers.Flag(Q.PublicFunding) == true)
        {
            signs.Add(W(c).PermitSignFunded);
        }

        var sentence = signs.Count == 1 ? signs[0] : Say(c, W(c).ListLast, string.Join(W(c).ListSeparator, signs[..^1]), signs[^1]);
        return char.ToUpper(sentence[0], Culture(c)) + sentence[1..];
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

        return thresholds.For(c.Framing.Regime, c.Answers.Choice(Q.AuthorityType) == Q.CentralGovernment);
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

    // The messages in the document language (ADR 0017).
    private static ConsistencyWords W(LintContext c) => ConsistencyWords.For(c.Language);

    // Numbers and dates as the document language writes them; English keeps the invariant culture.
    private static CultureInfo Culture(LintContext c) => DocumentLanguages.CultureOf(c.Language);

    private static string Say(LintContext c, string message, params object?[] arguments) => string.Format(Culture(c), message, arguments);

    private static string Number(LintContext c, decimal? value, string format) => value?.ToString(format, Culture(c)) ?? "";

    private static string Number(LintContext c, int? value, string format) => value?.ToString(format, Culture(c)) ?? "";

    private static string Iso(LintContext c, DateOnly date) => date.ToString("yyyy-MM-dd", Culture(c));

    // A date in words, "5 December 2026", so the officer need not decode a format.
    private static string Words(LintContext c, DateOnly date) => date.ToString("d MMMM yyyy", Culture(c));

    private static string Words(LintContext c, string questionId) => c.Answers.Date(questionId) is { } date ? Words(c, date) : W(c).None;

    private static string Label(LintContext c, string questionId) =>
        c.Answers.Answer(questionId) is { } answer ? c.Answers.Question(questionId).Describe(answer) : W(c).None;
}

/// <summary>What a consistency rule carries besides its message: its sources and the questions it concerns.</summary>
internal sealed record FindingState(ImmutableArray<Citation> Sources, ImmutableArray<string> Questions, bool AboutAnotherRegime);
