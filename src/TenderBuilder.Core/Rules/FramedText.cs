using System.Collections.Frozen;
using TenderBuilder.Core.Framing;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// Fills every word of a text that the legal framing decides: the other party
/// (<see cref="PartyText"/>) and the offer, the one who makes it and the documents it answers
/// (<see cref="OfferText"/>). One entry point, so clause texts from the catalogue and sentences
/// the document code writes read alike under every procurement model.
/// </summary>
public static class FramedText
{
    /// <summary>Every placeholder the framing fills; none of them can be a clause parameter.</summary>
    public static FrozenSet<string> Tokens { get; } = PartyText.Tokens.Union(OfferText.Tokens).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Fills <c>{party}</c> and the offer tokens, in any of their forms (<c>{party:dat}</c>), as the
    /// law of <paramref name="regime"/> names them in <paramref name="language"/> (the package's).
    /// </summary>
    public static string Render(string text, LegalRegime regime, string? language) =>
        OfferText.Render(PartyText.Render(text, regime, language), regime, language);
}
