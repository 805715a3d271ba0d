using System.Text;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Api;

/// <summary>The API's spelling of the application's enums: lower-case, words joined by hyphens ("in-review").</summary>
internal static class ApiWords
{
    public static string Status(DraftStatus status) => Lower(status);

    public static string Severity(FindingSeverity severity) => Lower(severity);

    public static string Verification(VerificationStatus status) => Lower(status);

    /// <summary>"InReview" → "in-review".</summary>
    public static string Lower<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                words.Append('-');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
