using System.Collections.Immutable;

namespace TenderBuilder.Documents.Model;

/// <summary>A run of content inside a paragraph, heading, list item or table cell.</summary>
public abstract record Inline
{
    private protected Inline()
    {
    }

    /// <summary>The plain text, for search, tests and accessibility names.</summary>
    public abstract string PlainText { get; }
}

/// <summary>Text, optionally bold or italic. Writers encode it for their format; it is never markup.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline
{
    /// <inheritdoc />
    public override string PlainText => Text;
}

/// <summary>A link to a web address or to an anchor in the same document (<c>#anchor</c>).</summary>
public sealed record Link(string Text, string Target) : Inline
{
    /// <summary>Whether the target is an anchor in the same document.</summary>
    public bool IsInternal => Target.StartsWith('#');

    /// <inheritdoc />
    public override string PlainText => Text;
}

/// <summary>A line break inside a block.</summary>
public sealed record LineBreak : Inline
{
    /// <inheritdoc />
    public override string PlainText => "\n";
}

/// <summary>Helpers to write inline content briefly.</summary>
public static class Inlines
{
    /// <summary>Plain text as one run.</summary>
    public static ImmutableArray<Inline> Of(string text) => [new TextRun(text)];

    /// <summary>The plain text of several runs.</summary>
    public static string PlainText(this IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i.PlainText));
}
