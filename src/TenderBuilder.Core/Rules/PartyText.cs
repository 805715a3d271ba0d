using System.Collections.Frozen;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Names the other party in a clause text as the procurement model calls it: <c>{party}</c> reads
/// "the contractor", "the concessionaire" or "the permit holder" (capitalised at the start of a
/// sentence; <c>{party}'s</c> gives the possessive). One name throughout a package, chosen by the
/// law it is written under (docs/legal-framing.md). The words are the localisation table's section
/// "framing" in the package's language; a translation asks for a grammatical form with
/// <c>{party:acc}</c>, <c>{party:dat}</c> or <c>{party:gen}</c>.
/// </summary>
public static class PartyText
{
    /// <summary>The token in clause texts.</summary>
    public const string Token = "party";

    /// <summary>Placeholders that are not clause parameters.</summary>
    public static FrozenSet<string> Tokens { get; } = new[] { Token }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The other party, with its article, as a sentence in <paramref name="language"/> reads it mid-way.</summary>
    public static string Name(LegalRegime regime, string? language) => FramingWords.For(language).Word(Token, regime);

    /// <summary>Fills every <c>{party}</c> of a text, and each of its forms (<c>{party:dat}</c>).</summary>
    public static string Render(string text, LegalRegime regime, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParameterResolver.FillToken(text, Token, regime, language);
    }
}
