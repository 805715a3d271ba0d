using System.Collections.Immutable;

namespace TenderBuilder.Documents.Model;

/// <summary>Who reads a document; bidders never see the authority's internal drafting data.</summary>
public enum Audience
{
    /// <summary>Published to bidders.</summary>
    Bidders,

    /// <summary>Internal to the contracting authority.</summary>
    Authority,
}

/// <summary>What a document says about itself: cover, properties, header and footer.</summary>
public sealed record DocumentMetadata
{
    /// <summary>The document's title (e.g. "Technical specifications and requirements").</summary>
    public required string Title { get; init; }

    /// <summary>The tender's title.</summary>
    public required string TenderTitle { get; init; }

    /// <summary>The tender reference, shown in the page header.</summary>
    public string? Reference { get; init; }

    /// <summary>The contracting authority.</summary>
    public string? Authority { get; init; }

    /// <summary>BCP-47 language tag of the content.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The date the package was built for.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The catalogue version the clauses come from.</summary>
    public required string CatalogVersion { get; init; }

    /// <summary>Who the document is for.</summary>
    public required Audience Audience { get; init; }

    /// <summary>A short file name without extension, e.g. <c>technical-specifications</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>Subject for the document properties.</summary>
    public string? Subject { get; init; }

    /// <summary>Keywords for the document properties.</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];
}

/// <summary>
/// A format-neutral document: metadata and a flat list of blocks. Word, PDF and HTML are all
/// written from it, so they never disagree.
/// </summary>
public sealed record Document(DocumentMetadata Metadata, ImmutableArray<Block> Blocks)
{
    /// <summary>The headings, in order (for tables of contents, outlines and tests).</summary>
    public IEnumerable<Heading> Headings => Blocks.OfType<Heading>();
}
