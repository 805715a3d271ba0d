using System.Collections.Immutable;

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

    /// <summary>Whether a tag is supported (exactly as written in <see cref="All"/>).</summary>
    public static bool IsSupported(string? tag) => tag is not null && All.Contains(tag);
}
