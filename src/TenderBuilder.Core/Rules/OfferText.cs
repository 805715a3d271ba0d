using System.Collections.Frozen;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Names the offer, the one who makes it and the documents it answers as the law of the package
/// calls them. A public contract or a concession is procured: tenderers submit tenders against the
/// tender documents. A permit is granted, not procured, so applicants submit applications against
/// the application documents (docs/legal-framing.md). A clause text writes the tokens below, the
/// way it writes <c>{party}</c> (<see cref="PartyText"/>): a word reads lower case mid-sentence and
/// capitalised at the start of one, <c>{tenderer}'s</c> gives the possessive, and an "a" before it
/// becomes "an" where the word starts with a vowel ("a {tender}" reads "an application"; English
/// only). The words are the localisation table's section "framing" in the package's language; a
/// translation asks for a grammatical form with <c>{tender:acc}</c>, <c>{tenderer:dat}</c>, ….
/// </summary>
public static class OfferText
{
    /// <summary>The offer: "tender", or "application" under a permit.</summary>
    public const string Tender = "tender";

    /// <summary>The offers: "tenders", or "applications".</summary>
    public const string Tenders = "tenders";

    /// <summary>The one who makes an offer: "tenderer", or "applicant".</summary>
    public const string Tenderer = "tenderer";

    /// <summary>Those who make offers: "tenderers", or "applicants".</summary>
    public const string Tenderers = "tenderers";

    /// <summary>What the authority publishes for them: "tender documents", or "application documents".</summary>
    public const string TenderDocuments = "tender_documents";

    /// <summary>Placeholders that are not clause parameters.</summary>
    public static FrozenSet<string> Tokens { get; } =
        new[] { Tender, Tenders, Tenderer, Tenderers, TenderDocuments }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A token's word, as a sentence in <paramref name="language"/> reads it mid-way.</summary>
    public static string Word(string token, LegalRegime regime, string? language) =>
        Tokens.Contains(token)
            ? FramingWords.For(language).Word(token, regime)
            : throw new ArgumentOutOfRangeException(nameof(token), token, "not an offer token");

    /// <summary>Fills every offer token of a text, in each of its forms.</summary>
    public static string Render(string text, LegalRegime regime, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var token in Tokens)
        {
            text = ParameterResolver.FillToken(text, token, regime, language);
        }

        return text;
    }
}
