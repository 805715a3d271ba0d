namespace TenderBuilder.Core.Catalogues;

/// <summary>Clause kinds as EU procurement law distinguishes them; selection and award never mix.</summary>
public enum ClauseKind
{
    /// <summary>Assesses the bidder (pass/fail or shortlisting).</summary>
    SelectionCriterion,

    /// <summary>A technical specification or minimum requirement the offer must meet.</summary>
    TechnicalSpecification,

    /// <summary>Assesses the offer, with a weight.</summary>
    AwardCriterion,

    /// <summary>A condition for performing the contract.</summary>
    ContractPerformance,
}

/// <summary>The document a clause belongs to.</summary>
public enum Deliverable
{
    /// <summary>Technical specifications and requirements.</summary>
    Specification,

    /// <summary>Selection and award criteria.</summary>
    Criteria,

    /// <summary>Contract performance annex.</summary>
    Contract,

    /// <summary>Data for the contract notice.</summary>
    Notice,
}

/// <summary>How firmly a clause is in the tender; internal to the authority, never shown to bidders.</summary>
public enum Strength
{
    /// <summary>Restates a legal duty (with a verified legal source); cannot be removed.</summary>
    Mandatory,

    /// <summary>In by default; removable with a justification.</summary>
    Recommended,

    /// <summary>Off by default; in when the officer's answers ask for it.</summary>
    Optional,
}

/// <summary>How the bidder or the delivery proves a requirement is met.</summary>
public enum VerificationMethod
{
    /// <summary>A certificate from an accredited body (or equivalent).</summary>
    Certificate,

    /// <summary>The bidder's signed declaration.</summary>
    Declaration,

    /// <summary>A test report.</summary>
    TestReport,

    /// <summary>A test on site at acceptance.</summary>
    SiteAcceptanceTest,

    /// <summary>A review of submitted documents.</summary>
    DocumentReview,
}

/// <summary>When the proof of a requirement is due.</summary>
public enum EvidenceDue
{
    /// <summary>Submitted with the tender; a tender without it is rejected.</summary>
    WithTender,

    /// <summary>Checked after award: at acceptance, before a function is enabled, or during the term.</summary>
    AfterAward,

    /// <summary>Part is submitted with the tender (a plan, a file) and part checked after award.</summary>
    Both,
}

/// <summary>How a requirement is verified.</summary>
/// <param name="Method">The kind of proof.</param>
/// <param name="Text">What is verified, in words.</param>
/// <param name="StatedDue">When the proof is due, where the catalogue says so rather than leaving it to the method.</param>
public sealed record Verification(VerificationMethod Method, string Text, EvidenceDue? StatedDue = null)
{
    /// <summary>
    /// When the proof is due: as stated, else from the method. A declaration, a certificate or a
    /// test report exists before the tender and travels with it; a site test or the review of
    /// delivered documents can only happen after award. A certificate that exists only once the
    /// work is done (a grid operator's approval) or a plan delivered with the tender states it.
    /// </summary>
    public EvidenceDue Due => StatedDue ?? Method switch
    {
        VerificationMethod.Declaration or VerificationMethod.Certificate or VerificationMethod.TestReport => EvidenceDue.WithTender,
        _ => EvidenceDue.AfterAward,
    };
}
