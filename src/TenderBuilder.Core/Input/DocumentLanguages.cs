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

    /// <summary>A language's own name ("Nederlands"), as a language picker lists it so each reader finds their own.</summary>
    public static string Autonym(string? language) => language switch
    {
        "nl-NL" => "Nederlands",
        "sv-SE" => "Svenska",
        "de-DE" => "Deutsch",
        _ => "English",
    };

    /// <summary>
    /// Whether the engine writes a package in a tag: a supported language or the pseudo-language
    /// (<see cref="Catalogues.Translations.PseudoText.Language"/>), which the tests build in to find
    /// words that missed the translation, and which is never offered to officers.
    /// </summary>
    public static bool IsKnown(string? tag) => IsSupported(tag) || tag == Catalogues.Translations.PseudoText.Language;

    /// <summary>
    /// A label ("Certificate", "Monthly") as it reads inside a sentence: its first letter lower
    /// case ("verified by certificate"), except in German, where nouns keep their capital
    /// ("Nachweis durch Zertifikat"), and except where the label starts with an abbreviation ("MID", "OCPP").
    /// </summary>
    public static string InRunningText(string label, string? language)
    {
        ArgumentNullException.ThrowIfNull(label);
        return language == "de-DE" || label.Length < 2 || !char.IsUpper(label[0]) || !char.IsLower(label[1])
            ? label
            : char.ToLower(label[0], CultureOf(language)) + label[1..];
    }

    /// <summary>Whether a tag is supported (exactly as written in <see cref="All"/>).</summary>
    public static bool IsSupported(string? tag) => tag is not null && All.Contains(tag);
}
