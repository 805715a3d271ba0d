using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Composition;

/// <summary>Collects blocks in order and gives every heading a unique, stable anchor.</summary>
internal sealed class BlockBuilder
{
    private readonly ImmutableArray<Block>.Builder _blocks = ImmutableArray.CreateBuilder<Block>();
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    /// <summary>Opens the document with its table of contents, under <paramref name="title"/>.</summary>
    public BlockBuilder Contents(string title)
    {
        _blocks.Add(new TableOfContents(title));
        return this;
    }

    /// <summary>Adds a heading and returns its anchor, for links to it.</summary>
    public string Heading(int level, string text, string? anchorHint = null)
    {
        var anchor = Unique(Slug(anchorHint ?? text));
        _blocks.Add(new Heading(level, Inlines.Of(text), anchor));
        return anchor;
    }

    public BlockBuilder Paragraph(string text, ParagraphStyle style = ParagraphStyle.Normal)
    {
        _blocks.Add(new Paragraph(Inlines.Of(text), style));
        return this;
    }

    public BlockBuilder Paragraph(params Inline[] content)
    {
        _blocks.Add(new Paragraph([.. content]));
        return this;
    }

    /// <summary>
    /// The points a clause binds, in one italic sentence right under its title ("Applies to AC
    /// charging points …"); nothing for a clause that binds every point.
    /// </summary>
    public BlockBuilder AppliesTo(Core.Rules.IncludedClause clause)
    {
        if (clause.AppliesTo is { } words)
        {
            _blocks.Add(new Paragraph([new TextRun(words, Italic: true)]));
        }

        return this;
    }

    public BlockBuilder Labelled(string label, string text, ParagraphStyle style = ParagraphStyle.Normal)
    {
        _blocks.Add(new Paragraph([new TextRun(label + ": ", Bold: true), new TextRun(text)], style));
        return this;
    }

    public BlockBuilder Bullets(IEnumerable<string> items)
    {
        var list = items.Select(Inlines.Of).ToImmutableArray();
        if (!list.IsEmpty)
        {
            _blocks.Add(new ListBlock(false, list));
        }

        return this;
    }

    public BlockBuilder Note(NoteKind kind, params string[] paragraphs)
    {
        _blocks.Add(new Note(kind, [.. paragraphs.Select(p => new Paragraph(Inlines.Of(p)))]));
        return this;
    }

    public BlockBuilder Table(string caption, Column[] columns, string[] header, IEnumerable<string[]> rows)
    {
        _blocks.Add(new Table(
            [.. columns],
            [[.. header.Select(Inlines.Of)]],
            [.. rows.Select(row => row.Select(Inlines.Of).ToImmutableArray())],
            caption));
        return this;
    }

    /// <summary>A table whose cells may hold several lines ("\n" becomes a line break, never a new paragraph).</summary>
    public BlockBuilder TableWithLines(string caption, Column[] columns, string[] header, IEnumerable<string[]> rows)
    {
        _blocks.Add(new Table(
            [.. columns],
            [[.. header.Select(Inlines.Of)]],
            [.. rows.Select(row => row.Select(Lines).ToImmutableArray())],
            caption));
        return this;
    }

    public ImmutableArray<Block> Build() => _blocks.ToImmutable();

    private static ImmutableArray<Inline> Lines(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return Inlines.Of(text);
        }

        var inlines = ImmutableArray.CreateBuilder<Inline>();
        foreach (var line in text.Split('\n'))
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak());
            }

            inlines.Add(new TextRun(line));
        }

        return inlines.ToImmutable();
    }

    private string Unique(string slug)
    {
        var candidate = slug;
        for (var n = 2; !_anchors.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return candidate;
    }

    // Letters and digits of the text, lower case, joined by hyphens: readable in a URL fragment.
    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '.' or '_'))
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        result = result.Length > 60 ? result[..60].TrimEnd('-') : result;
        return result.Length == 0 || !char.IsAsciiLetter(result[0]) ? "s-" + result : result;
    }
}
