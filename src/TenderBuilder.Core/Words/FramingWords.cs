using System.Collections.Immutable;
using TenderBuilder.Core.Framing;

namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table's section "framing" (Tables/&lt;language&gt;/framing.yaml): the words for
/// the tokens the legal framing fills (<see cref="Rules.PartyText"/>, <see cref="Rules.OfferText"/>).
/// Each token's mapping is keyed by the <see cref="LegalRegime"/> ("Permit") for the plain form and
/// by the regime and a grammatical form ("Permit.dat") for the word a translation asks for with
/// <c>{party:dat}</c>; English gives the same word for every form.
/// </summary>
[WordSection("framing")]
public sealed record FramingWords
{
    /// <summary>The grammatical forms a token may ask for: <c>{party:acc}</c>, <c>{party:dat}</c>, <c>{party:gen}</c>.</summary>
    public static readonly ImmutableArray<string> Forms = ["acc", "dat", "gen"];

    /// <summary><c>{party}</c>: the other party with its article.</summary>
    public IReadOnlyDictionary<string, string> Party { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>{tender}</c>: the offer.</summary>
    public IReadOnlyDictionary<string, string> Tender { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>{tenders}</c>: the offers.</summary>
    public IReadOnlyDictionary<string, string> Tenders { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>{tenderer}</c>: the one who makes an offer.</summary>
    public IReadOnlyDictionary<string, string> Tenderer { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>{tenderers}</c>: those who make offers.</summary>
    public IReadOnlyDictionary<string, string> Tenderers { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>{tender_documents}</c>: what the authority publishes for them.</summary>
    public IReadOnlyDictionary<string, string> TenderDocuments { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The section in a language (cached by the table).</summary>
    public static FramingWords For(string? language) => WordTables.Load<FramingWords>("framing", language);

    /// <summary>A token's mapping by the token as clause texts write it ("tender_documents").</summary>
    public IReadOnlyDictionary<string, string> OfToken(string token) => token switch
    {
        Rules.PartyText.Token => Party,
        Rules.OfferText.Tender => Tender,
        Rules.OfferText.Tenders => Tenders,
        Rules.OfferText.Tenderer => Tenderer,
        Rules.OfferText.Tenderers => Tenderers,
        Rules.OfferText.TenderDocuments => TenderDocuments,
        _ => throw new ArgumentOutOfRangeException(nameof(token), token, "not a framing token"),
    };

    /// <summary>A token's word under a regime, in a form (null for the plain one).</summary>
    /// <exception cref="KeyNotFoundException">The table lacks the word: the section is incomplete.</exception>
    public string Word(string token, LegalRegime regime, string? form = null)
    {
        var key = form is null ? regime.ToString() : $"{regime}.{form}";
        return OfToken(token).TryGetValue(key, out var word)
            ? word
            : throw new KeyNotFoundException($"The framing section has no \"{token}\" for \"{key}\".");
    }
}
