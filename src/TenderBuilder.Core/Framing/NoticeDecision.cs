using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Framing;

/// <summary>The eForms notice subtypes TenderBuilder writes (docs/eforms.md).</summary>
public enum NoticeSubtype
{
    /// <summary>Contract notice, standard regime, Directive 2014/24/EU (eForms subtype 16).</summary>
    ContractNotice = 16,

    /// <summary>Concession notice, Directive 2014/23/EU (eForms subtype 19).</summary>
    ConcessionNotice = 19,
}

/// <summary>Why a notice is or is not produced; the interface words each.</summary>
public enum NoticeGround
{
    /// <summary>The directive is the basis and the value reaches its threshold (or is not known): a notice is required.</summary>
    Required,

    /// <summary>The officer asked for a notice the law does not require (below the threshold, or a permit): a voluntary publication.</summary>
    Voluntary,

    /// <summary>The officer declined a notice the law requires.</summary>
    DeclinedThoughRequired,

    /// <summary>The officer declined a notice the law does not require.</summary>
    Declined,

    /// <summary>Below the EU threshold, and the officer has not asked for a notice.</summary>
    BelowThreshold,

    /// <summary>A permit or land lease is not a procurement, and the officer has not asked for a notice.</summary>
    NotProcurement,
}

/// <summary>
/// Whether a tender gets an EU notice and of which subtype: the procurement model and the legal
/// framing decide (a public contract gets a contract notice, a concession a concession notice); the
/// officer's answer to <c>notice.wanted</c> opts in or out. Above the threshold the notice is the
/// default; below it, and for permits, only where the officer opts in.
/// </summary>
/// <param name="Produce">Whether the package holds a notice.</param>
/// <param name="Subtype">The subtype written when produced (and the one that would be written otherwise).</param>
/// <param name="Ground">Why.</param>
public sealed record NoticeDecision(bool Produce, NoticeSubtype Subtype, NoticeGround Ground)
{
    /// <summary>Decides for a tender under its framing, with the thresholds in force on the reference date.</summary>
    public static NoticeDecision For(TenderInput input, LegalFraming framing, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(input);
        return For(input.Tender, framing, referenceDate);
    }

    /// <summary>Decides for a tender's metadata under its framing (what a built package keeps).</summary>
    public static NoticeDecision For(TenderMetadata tender, LegalFraming framing, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(tender);
        ArgumentNullException.ThrowIfNull(framing);
        // A permit chosen for voluntary publication is announced like a concession: the operator
        // earns from the users and the city grants the use of its land (docs/eforms.md).
        var subtype = framing.Regime == LegalRegime.PublicContract ? NoticeSubtype.ContractNotice : NoticeSubtype.ConcessionNotice;
        var required = framing.Regime != LegalRegime.Permit && framing.DirectiveApplies && ReachesThreshold(tender, framing, referenceDate);
        return tender.Notice.Wanted switch
        {
            true => new(true, subtype, required ? NoticeGround.Required : NoticeGround.Voluntary),
            false => new(false, subtype, required ? NoticeGround.DeclinedThoughRequired : NoticeGround.Declined),
            null when required => new(true, subtype, NoticeGround.Required),
            null => new(false, subtype, framing.Regime == LegalRegime.Permit ? NoticeGround.NotProcurement : NoticeGround.BelowThreshold),
        };
    }

    // An unknown value, or one in another currency, is not taken as below the threshold: the notice stays.
    private static bool ReachesThreshold(TenderMetadata tender, LegalFraming framing, DateOnly referenceDate)
    {
        var value = tender.EstimatedValue;
        if (value.Amount is not { } amount || value.Currency is not ("EUR" or null) || EuThresholds.On(referenceDate) is not { } thresholds)
        {
            return true;
        }

        return amount >= thresholds.For(framing.Regime, tender.Authority.Type == Q.CentralGovernment);
    }
}
