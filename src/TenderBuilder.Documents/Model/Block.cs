using System.Collections.Immutable;

namespace TenderBuilder.Documents.Model;

/// <summary>A block of a document: heading, paragraph, list, table, note, page break or table of contents.</summary>
public abstract record Block
{
    private protected Block()
    {
    }
}

/// <summary>A heading of level 1 to 3, with an anchor that links and the table of contents point to.</summary>
public sealed record Heading(int Level, ImmutableArray<Inline> Content, string Anchor) : Block
{
    /// <summary>The heading's text.</summary>
    public string Text => Content.PlainText();
}

/// <summary>How a paragraph is presented.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Normal,

    /// <summary>Smaller, secondary text (e.g. a verification line under a clause).</summary>
    Small,
}

/// <summary>A paragraph of text.</summary>
public sealed record Paragraph(ImmutableArray<Inline> Content, ParagraphStyle Style = ParagraphStyle.Normal) : Block;

/// <summary>A bulleted or numbered list; each item is a short run of inlines.</summary>
public sealed record ListBlock(bool Numbered, ImmutableArray<ImmutableArray<Inline>> Items) : Block;

/// <summary>How a column's content is aligned.</summary>
public enum Alignment
{
    /// <summary>Left (text).</summary>
    Left,

    /// <summary>Centre.</summary>
    Center,

    /// <summary>Right (numbers).</summary>
    Right,
}

/// <summary>A column of a table: its share of the width (relative) and alignment.</summary>
public sealed record Column(double Width, Alignment Alignment = Alignment.Left);

/// <summary>
/// A table with header rows (repeated on every page) and body rows; cells hold inlines. Writers
/// size columns from the hints.
/// </summary>
public sealed record Table(
    ImmutableArray<Column> Columns,
    ImmutableArray<ImmutableArray<ImmutableArray<Inline>>> HeaderRows,
    ImmutableArray<ImmutableArray<ImmutableArray<Inline>>> Rows,
    string Caption) : Block;

/// <summary>The kind of a call-out.</summary>
public enum NoteKind
{
    /// <summary>Information.</summary>
    Info,

    /// <summary>Something to act on (e.g. a source still to verify).</summary>
    Warning,
}

/// <summary>A shaded call-out holding paragraphs.</summary>
public sealed record Note(NoteKind Kind, ImmutableArray<Paragraph> Paragraphs) : Block;

/// <summary>A page break.</summary>
public sealed record PageBreak : Block;

/// <summary>Where the table of contents goes; writers build it from the headings.</summary>
public sealed record TableOfContents(string Title) : Block;
