using System.CommandLine;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Cli;

/// <summary>
/// The <c>--language</c> option: the document language of the package, over the input's own
/// <c>tender.language</c>, so one input builds the same tender in each language.
/// </summary>
internal static class LanguageOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--language")
        {
            Description = $"Write the package in this language ({string.Join(", ", DocumentLanguages.All)}), whatever the input's tender.language says. Default: the input's language, else English.",
        };
        option.AcceptOnlyFromAmong([.. DocumentLanguages.All]);
        return option;
    }

    /// <summary>The input with the language chosen on the command line, or as it is when none was.</summary>
    public static TenderInput Apply(TenderInput input, string? language) =>
        language is null ? input : input with { Tender = input.Tender with { Language = language } };
}
