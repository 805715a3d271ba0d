using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Framing;

/// <summary>
/// How the chosen procurement model frames the tender in law (docs/legal-framing.md): which regime,
/// whether its directive applies at the tender's value, and what follows for the other party and
/// the money. Worked out once per evaluation and read by the rules, the citations and the documents.
/// </summary>
/// <param name="Regime">The law the tender is written under.</param>
/// <param name="DirectiveApplies">
/// Whether the regime's directive is the basis: false for a permit, and for a concession whose
/// estimated value in euro is below the concession threshold on the reference date.
/// </param>
/// <param name="Reason">Why, in a sentence for the explanatory memo.</param>
public sealed record LegalFraming(LegalRegime Regime, bool DirectiveApplies, string Reason)
{
    /// <summary>The question that picks the model.</summary>
    public const string ModelQuestion = "model.type";

    /// <summary>The question that decides a hybrid: does the operator bear the demand (operating) risk?</summary>
    public const string DemandRiskQuestion = "model.operator_bears_demand_risk";

    /// <summary>Whether the authority pays the other party (and can deduct service credits from what it pays).</summary>
    public bool AuthorityPays => Regime == LegalRegime.PublicContract;

    /// <summary>Whether the tender is awarded on award criteria; permits are granted on selection criteria.</summary>
    public bool HasAwardCriteria => Regime != LegalRegime.Permit;

    /// <summary>Whether the documents must give an estimated value (a concession's expected turnover, a contract's value).</summary>
    public bool RequiresEstimatedValue => Regime != LegalRegime.Permit;

    /// <summary>
    /// Whether a source tied to a regime may be cited: a procurement directive only under its own
    /// regime and where it is the basis (a concession never cites Directive 2014/24/EU, a permit
    /// neither directive); the Services Directive only for permits. Untied sources always.
    /// </summary>
    public bool Admits(LegalRegime? sourceRegime) =>
        sourceRegime is not { } regime || (regime == Regime && (DirectiveApplies || Regime == LegalRegime.Permit));

    /// <summary>The framing of an input's answers on a day (the thresholds in force then).</summary>
    public static LegalFraming Of(AnswerSet answers, TenderInput input, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(input);
        // The reason is said in the answers' language, the package's (the rules section of the localisation table).
        return Of(answers.Choice(ModelQuestion), answers.Flag(DemandRiskQuestion), input, referenceDate, answers.Language);
    }

    /// <summary>
    /// The framing of a model answer (and, for a hybrid, the demand-risk answer) for an input on a
    /// day; the reason is worded in the language given. For callers that work from the raw answers,
    /// before they are resolved (a derived answer).
    /// </summary>
    public static LegalFraming Of(string? model, bool? demandRisk, TenderInput input, DateOnly referenceDate, string? language)
    {
        ArgumentNullException.ThrowIfNull(input);
        var words = Words.RulesWords.For(language);
        return (RegimeOf(model, demandRisk) ?? LegalRegime.PublicContract) switch
        {
            LegalRegime.Concession when model == "hybrid" => Concession(input, referenceDate, words.FramingHybridConcession, words),
            LegalRegime.Concession => Concession(input, referenceDate, words.FramingConcession, words),
            LegalRegime.Permit => new(LegalRegime.Permit, false, words.FramingPermit),
            _ when model == "hybrid" && demandRisk is null => new(LegalRegime.PublicContract, true, words.FramingHybridUnknown),
            _ when model == "hybrid" => new(LegalRegime.PublicContract, true, words.FramingHybridContract),
            _ => new(LegalRegime.PublicContract, true, words.FramingContract),
        };
    }

    /// <summary>
    /// The regime of a model answer (and, for a hybrid, the demand-risk answer), or null when no model
    /// is chosen. An unanswered hybrid is a public contract until the officer says otherwise.
    /// </summary>
    public static LegalRegime? RegimeOf(string? model, bool? operatorBearsDemandRisk) => model switch
    {
        null => null,
        "concession" => LegalRegime.Concession,
        "hybrid" when operatorBearsDemandRisk == true => LegalRegime.Concession,
        "permit" => LegalRegime.Permit,
        _ => LegalRegime.PublicContract,
    };

    /// <summary>The option of the derived question <c>model.legal_regime</c> for a regime.</summary>
    public static string OptionOf(LegalRegime regime) => regime switch
    {
        LegalRegime.Concession => "concession",
        LegalRegime.Permit => "permit",
        _ => "public_contract",
    };

    // A concession below the threshold is outside Directive 2014/23/EU; an unknown value, or one in
    // another currency, is not taken as below it (the documents then keep the directive's rules).
    private static LegalFraming Concession(TenderInput input, DateOnly referenceDate, string reason, Words.RulesWords words)
    {
        var value = input.Tender.EstimatedValue;
        var below = value.Amount is { } amount && value.Currency is "EUR" or null
            && EuThresholds.On(referenceDate) is { } thresholds && amount < thresholds.WorksAndConcessions;
        return below
            ? new(LegalRegime.Concession, false, reason + " " + words.FramingBelowThreshold)
            : new(LegalRegime.Concession, true, reason);
    }
}
