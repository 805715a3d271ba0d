using System.Collections.Immutable;
using TenderBuilder.Core.Conditions;

namespace TenderBuilder.Core.Catalogues;

/// <summary>A requirement clause of the catalogue, traced to the knowledge base and its sources.</summary>
public sealed record Clause
{
    /// <summary>Stable id, <c>topic.name</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The knowledge-base candidate (or verified-facts item) it models.</summary>
    public required string Kb { get; init; }

    /// <summary>The topic (the file it is written in).</summary>
    public required string Topic { get; init; }

    /// <summary>Selection, technical specification, award or contract performance.</summary>
    public required ClauseKind Kind { get; init; }

    /// <summary>The document it belongs to.</summary>
    public required Deliverable Deliverable { get; init; }

    /// <summary>Mandatory, recommended or optional (internal to the authority).</summary>
    public required Strength Strength { get; init; }

    /// <summary>Short title, by language (BCP-47 tag; <c>en</c> always present).</summary>
    public required ImmutableDictionary<string, string> Title { get; init; }

    /// <summary>The requirement with <c>{parameter}</c> placeholders, by language.</summary>
    public required ImmutableDictionary<string, string> Text { get; init; }

    /// <summary>Whole-sentence alternatives, each written <c>{name}</c> in the text (docs/catalogue-authoring.md).</summary>
    public ImmutableArray<TextAlternatives> Alternatives { get; init; } = [];

    /// <summary>Typed values in the text.</summary>
    public ImmutableArray<ClauseParameter> Parameters { get; init; } = [];

    /// <summary>How the requirement is verified.</summary>
    public required Verification Verification { get; init; }

    /// <summary>When the clause applies; null = always.</summary>
    public Condition? When { get; init; }

    /// <summary>
    /// Why the condition is what it is, where the answers alone do not say it (a security is
    /// asked where the authority pays nothing it could set penalties off against); null = the
    /// answers' reasons say enough.
    /// </summary>
    public ClauseReasons? Because { get; init; }

    /// <summary>Which charging points it binds (docs/catalogue-authoring.md, Scope); null = every point.</summary>
    public ClauseScope? Scope { get; init; }

    /// <summary>The sources it rests on (at least one).</summary>
    public required ImmutableArray<Citation> Sources { get; init; }

    /// <summary>Where it is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The title in the catalogue's language (a translated catalogue's words are in its <c>en</c> slot, read through the same readers).</summary>
    public string DisplayTitle => Title["en"];

    /// <summary>The text in the catalogue's language.</summary>
    public string DisplayText => Text["en"];
}
