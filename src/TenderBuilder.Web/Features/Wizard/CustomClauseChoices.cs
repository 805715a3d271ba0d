using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>One option of a list box: the value the input stores and the words shown.</summary>
internal sealed record Choice(string Value, string Label);

/// <summary>
/// The kinds and verification methods the officer may give an own clause, each with the value the
/// tender input stores (the catalogue's camel-case name, "technicalSpecification") and its words.
/// </summary>
internal static class CustomClauseChoices
{
    /// <summary>Every clause kind.</summary>
    public static IReadOnlyList<Choice> Kinds => [.. Enum.GetValues<ClauseKind>().Select(kind => new Choice(Stored(kind), TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(kind)))];

    /// <summary>Every verification method.</summary>
    public static IReadOnlyList<Choice> Methods => [.. Enum.GetValues<VerificationMethod>().Select(method => new Choice(Stored(method), TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(method)))];

    /// <summary>A new clause is a technical specification unless the officer says otherwise.</summary>
    public static string DefaultKind => Stored(ClauseKind.TechnicalSpecification);

    /// <summary>A new clause is verified by a review of documents unless the officer says otherwise.</summary>
    public static string DefaultMethod => Stored(VerificationMethod.DocumentReview);

    private static string Stored(Enum value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
