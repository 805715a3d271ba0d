using TenderBuilder.Core.Catalogs;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Documents.Composition;

/// <summary>How TenderBuilder's terms read in documents.</summary>
internal static class Words
{
    public static string Method(VerificationMethod method) => method switch
    {
        VerificationMethod.Certificate => "Certificate",
        VerificationMethod.Declaration => "Declaration",
        VerificationMethod.TestReport => "Test report",
        VerificationMethod.SiteAcceptanceTest => "Site acceptance test",
        _ => "Document review",
    };

    public static string Strength(Strength strength) => strength switch
    {
        Core.Catalogs.Strength.Mandatory => "Mandatory (required by law; cannot be removed)",
        Core.Catalogs.Strength.Recommended => "Recommended (removable with a justification)",
        _ => "Optional (included because your answers ask for it)",
    };

    public static string Status(VerificationStatus status, string? section) =>
        status == VerificationStatus.Verified ? $"verified (verified facts {section})" : "to verify";

    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "Error (blocks publication)",
        FindingSeverity.Warning => "Warning",
        _ => "Information",
    };

    public static string Origin(ParameterOrigin origin) => origin switch
    {
        ParameterOrigin.Override => "set by you in the review",
        ParameterOrigin.Answer => "from your answer",
        ParameterOrigin.Default => "default",
        _ => "not set",
    };
}
