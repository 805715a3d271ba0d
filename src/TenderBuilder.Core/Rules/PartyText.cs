using System.Collections.Frozen;
using TenderBuilder.Core.Framing;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Names the other party in a clause text as the procurement model calls it: <c>{party}</c> reads
/// "the contractor", "the concessionaire" or "the permit holder" (capitalised at the start of a
/// sentence; <c>{party}'s</c> gives the possessive). One name throughout a package, chosen by the
/// law it is written under (docs/legal-framing.md).
/// </summary>
public static class PartyText
{
    /// <summary>The token in clause texts.</summary>
    public const string Token = "party";

    /// <summary>Placeholders that are not clause parameters.</summary>
    public static FrozenSet<string> Tokens { get; } = new[] { Token }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The other party, with its article, as a sentence reads it mid-way.</summary>
    public static string Name(LegalRegime regime) => regime switch
    {
        LegalRegime.Concession => "the concessionaire",
        LegalRegime.Permit => "the permit holder",
        _ => "the contractor",
    };

    /// <summary>Fills every <c>{party}</c> of a text.</summary>
    public static string Render(string text, LegalRegime regime)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParameterResolver.FillWord(text, "{" + Token + "}", Name(regime));
    }
}
