namespace TenderBuilder.Core.Framing;

/// <summary>
/// The law a tender is written under, decided by the procurement model (docs/legal-framing.md):
/// it picks the directive cited, the other party's name, the money flow and the documents.
/// </summary>
public enum LegalRegime
{
    /// <summary>A public contract for supplies and services (Directive 2014/24/EU): buy and own, services, a hybrid without demand risk.</summary>
    PublicContract,

    /// <summary>A service concession (Directive 2014/23/EU): the operator earns from the charging and bears the operating risk.</summary>
    Concession,

    /// <summary>Permits or land leases under national law: not a procurement; scarce permits are selected impartially (Directive 2006/123/EC Art. 12).</summary>
    Permit,
}
