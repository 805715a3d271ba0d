using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TenderBuilder.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Writes inline content (text, line breaks, links) as runs and hyperlinks of the main document
/// part, which owns the relationships of external links.
/// </summary>
internal sealed class InlineWriter(MainDocumentPart mainPart, HeadingBookmarks bookmarks)
{
    // Schemes a reader can safely follow from a tender; anything else (javascript:, file:, ...)
    // is written as plain text rather than as a clickable link.
    private static readonly string[] _safeSchemes = [Uri.UriSchemeHttps, Uri.UriSchemeHttp, Uri.UriSchemeMailto];

    /// <summary>The inlines as runs, with <paramref name="format"/> applied to each.</summary>
    public IEnumerable<OpenXmlElement> Write(ImmutableArray<Inline> inlines, RunFormat format = default)
    {
        // A record built with `default` instead of `[]` is an empty run of text, not a crash mid-export.
        if (inlines.IsDefault)
        {
            yield break;
        }

        foreach (var inline in inlines)
        {
            yield return inline switch
            {
                TextRun text => Runs.Text(text.Text, format with { Bold = format.Bold || text.Bold, Italic = format.Italic || text.Italic }),
                LineBreak => Runs.LineBreak(),
                Link link => Hyperlink(link, format),
                _ => throw new NotSupportedException("Unknown inline " + inline.GetType().Name),
            };
        }
    }

    private OpenXmlElement Hyperlink(Link link, RunFormat format)
    {
        var linked = Runs.Text(link.Text, format with { StyleId = StyleIds.Hyperlink });
        if (link.IsInternal)
        {
            // A link to an anchor no heading carries would jump nowhere; it stays readable text.
            return bookmarks.TryResolve(link.Target[1..], out var bookmark)
                ? new W.Hyperlink(linked) { Anchor = bookmark, History = true }
                : Runs.Text(link.Text, format);
        }

        if (!Uri.TryCreate(link.Target.Trim(), UriKind.Absolute, out var uri) || !_safeSchemes.Contains(uri.Scheme))
        {
            return Runs.Text(link.Text, format);
        }

        var relationship = mainPart.AddHyperlinkRelationship(uri, isExternal: true);
        return new W.Hyperlink(linked) { Id = relationship.Id, History = true };
    }
}
