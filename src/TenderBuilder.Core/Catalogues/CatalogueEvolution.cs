using System.Collections.Immutable;

namespace TenderBuilder.Core.Catalogues;

/// <summary>An id that changed name in a catalogue version.</summary>
public sealed record RenamedId(string From, string To, string Since);

/// <summary>An id that was withdrawn in a catalogue version, and why.</summary>
public sealed record RetiredId(string Id, string Since, string Reason);

/// <summary>What changed between catalogue versions, so an old draft always opens.</summary>
public sealed record CatalogueEvolution(
    ImmutableArray<RenamedId> RenamedQuestions,
    ImmutableArray<RenamedId> RenamedClauses,
    ImmutableArray<RetiredId> RetiredQuestions,
    ImmutableArray<RetiredId> RetiredClauses)
{
    /// <summary>No changes.</summary>
    public static CatalogueEvolution None { get; } = new([], [], [], []);
}
