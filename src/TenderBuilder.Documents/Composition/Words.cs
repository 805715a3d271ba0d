using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// How TenderBuilder's terms read in documents. The web catalogue shows the verification method
/// and a source's status in the same words, so what an officer reads in the app is what bidders
/// read in the documents.
/// </summary>
public static class Words
{
    /// <summary>A verification method as a heading or label ("Site acceptance test").</summary>
    /// <param name="method">How compliance with a clause is checked.</param>
    /// <returns>The method in words, capitalised.</returns>
    public static string Method(VerificationMethod method) => method switch
    {
        VerificationMethod.Certificate => "Certificate",
        VerificationMethod.Declaration => "Declaration",
        VerificationMethod.TestReport => "Test report",
        VerificationMethod.SiteAcceptanceTest => "Site acceptance test",
        _ => "Document review",
    };

    internal static string Strength(Strength strength) => strength switch
    {
        Core.Catalogues.Strength.Mandatory => "Mandatory (required by law; cannot be removed)",
        Core.Catalogues.Strength.Recommended => "Recommended (removable with a justification)",
        _ => "Optional (included because your answers ask for it)",
    };

    /// <summary>Whether a source is checked against the primary text: "verified (verified facts" and the section, or "to verify".</summary>
    /// <param name="status">The source's verification status.</param>
    /// <param name="section">Where the verified facts confirm it; shown only for a verified source.</param>
    /// <returns>The status in words, lower case, to follow a source's name.</returns>
    public static string Status(VerificationStatus status, string? section) =>
        status == VerificationStatus.Verified ? $"verified (verified facts {section})" : "to verify";

    internal static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "Error (blocks publication)",
        FindingSeverity.Warning => "Warning",
        _ => "Information",
    };

    internal static string Origin(ParameterOrigin origin) => origin switch
    {
        ParameterOrigin.Override => "set by you in the review",
        ParameterOrigin.Answer => "from your answer",
        ParameterOrigin.Default => "default",
        _ => "not set",
    };
}
