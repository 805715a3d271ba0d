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

/// <summary>How a requirement is verified.</summary>
public sealed record Verification(VerificationMethod Method, string Text);
