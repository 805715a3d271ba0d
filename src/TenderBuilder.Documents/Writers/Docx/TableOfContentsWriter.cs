using DocumentFormat.OpenXml;
using TenderBuilder.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Writes the table of contents as Word writes it: a content control of the "Table of Contents"
/// gallery (which gives Word's "Update table" button) holding the title and a real TOC field.
/// The field's result is pre-filled with one entry per heading, linked to the heading's bookmark,
/// so the contents read correctly before the reader updates fields; the settings part asks Word
/// to update them on opening, which adds the page numbers.
/// </summary>
internal static class TableOfContentsWriter
{
    /// <summary>Headings 1–3, as hyperlinks, without page numbers in web view, using outline levels.</summary>
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static W.SdtBlock Write(TableOfContents toc, IReadOnlyList<Heading> headings, HeadingBookmarks bookmarks, bool pageBreakBefore)
    {
        var content = new W.SdtContentBlock(
            Paragraphs.Create(StyleIds.TocHeading, [Runs.Text(toc.Title)], new ParagraphFormat(PageBreakBefore: pageBreakBefore)));

        if (headings.Count == 0)
        {
            // Nothing to list yet: the field stays, so it fills in once headings are added.
            content.Append(Paragraphs.Create(StyleIds.Toc(1), [.. FieldOpening(), Runs.FieldEnd()]));
        }

        // The field opens in the first entry's paragraph and closes in the last one's.
        for (var i = 0; i < headings.Count; i++)
        {
            content.Append(Entry(headings[i], bookmarks.Names[i], opensField: i == 0, closesField: i == headings.Count - 1));
        }

        return new W.SdtBlock(
            new W.SdtProperties(new W.SdtContentDocPartObject(
                new W.DocPartGallery { Val = "Table of Contents" },
                new W.DocPartUnique())),
            content);
    }

    // Pre-filled entries carry no page number: only the reader's layout knows it, and readers that
    // do not update fields (other office suites, a declined prompt) show a cached number as it is — an
    // empty or guessed one after a dot leader looks broken. Updating the field rebuilds the
    // entries with leaders and numbers.
    private static W.Paragraph Entry(Heading heading, string bookmark, bool opensField, bool closesField)
    {
        var link = new W.Hyperlink(Runs.Text(XmlSafeText.CleanSingleLine(heading.Text))) { Anchor = bookmark, History = true };
        return Paragraphs.Create(
            StyleIds.Toc(heading.Level),
            [.. opensField ? FieldOpening() : [], link, .. closesField ? [Runs.FieldEnd()] : Array.Empty<OpenXmlElement>()]);
    }

    private static OpenXmlElement[] FieldOpening() => [Runs.FieldBegin(), Runs.FieldInstruction(Instruction), Runs.FieldSeparate()];
}
