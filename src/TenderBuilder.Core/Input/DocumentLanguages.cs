using System.Collections.Immutable;
using System.Globalization;

namespace TenderBuilder.Core.Input;

/// <summary>The languages TenderBuilder writes procurement documents in, as BCP-47 tags.</summary>
public static class DocumentLanguages
{
    /// <summary>English, the language when none is chosen.</summary>
    public const string English = "en";

    /// <summary>Every supported tag: English, Dutch (Netherlands), Swedish (Sweden), German (Germany).</summary>
    public static ImmutableArray<string> All { get; } = [English, "nl-NL", "sv-SE", "de-DE"];

    /// <summary>The language of an input: its tag, or English when none is given.</summary>
    public static string Of(TenderMetadata tender) => tender?.Language ?? English;

    /// <summary>
    /// The culture a document language formats numbers, money and dates in: nl-NL, sv-SE, de-DE
    /// (decimal comma, their date order); English and the pseudo-language keep the invariant
    /// culture the English documents have always used ("2,400,000", "5 December 2026").
    /// </summary>
    public static CultureInfo CultureOf(string? language) =>
        IsSupported(language) && language != English ? CultureInfo.GetCultureInfo(language!) : CultureInfo.InvariantCulture;

    /// <summary>
    /// Whether the rules can write a package in a tag: a supported language, or the pseudo-language
    /// that tests build packages in to find words no translation reaches. Only <see cref="IsSupported"/>
    /// languages are offered to officers.
    /// </summary>
    public static bool IsWritable(string? tag) => IsSupported(tag) || tag == Catalogues.Translations.PseudoText.Language;

    /// <summary>Whether a tag is supported (exactly as written in <see cref="All"/>).</summary>
    public static bool IsSupported(string? tag) => tag is not null && All.Contains(tag);
}
