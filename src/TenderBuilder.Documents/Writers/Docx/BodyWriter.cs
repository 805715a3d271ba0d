using DocumentFormat.OpenXml;
using TenderBuilder.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Writes the cover and the blocks, in order, as body content. A page break is carried to the
/// next paragraph as "page break before" rather than written as a break character, which would
/// leave an empty line at the top of the new page.
/// </summary>
internal sealed class BodyWriter(
    InlineWriter inlines,
    HeadingBookmarks bookmarks,
    NumberingBuilder numbering,
    IReadOnlyList<Heading> headings)
{
    private readonly TableWriter _tables = new(inlines);
    private bool _pageBreakPending;
    private int _headingIndex;

    public IEnumerable<OpenXmlElement> Write(Document document)
    {
        foreach (var paragraph in CoverWriter.Write(document.Metadata))
        {
            yield return paragraph;
        }

        _pageBreakPending = true;
        foreach (var block in document.Blocks)
        {
            foreach (var element in Write(block))
            {
                yield return element;
            }
        }
    }

    private IEnumerable<OpenXmlElement> Write(Block block)
    {
        switch (block)
        {
            case Heading heading:
                yield return Heading(heading);
                break;
            case Model.Paragraph paragraph:
                yield return Paragraph(paragraph, paragraph.Style == ParagraphStyle.Small ? StyleIds.SmallText : StyleIds.Normal, default);
                break;
            case ListBlock list:
                foreach (var item in List(list))
                {
                    yield return item;
                }

                break;
            case Model.Table table:
                foreach (var element in _tables.Write(table, TakePageBreak()))
                {
                    yield return element;
                }

                break;
            case Note note:
                foreach (var paragraph in Note(note))
                {
                    yield return paragraph;
                }

                break;
            case Model.PageBreak:
                // Two page breaks in a row still make one: the composer may add one where the writer already does.
                _pageBreakPending = true;
                break;
            case TableOfContents toc:
                yield return TableOfContentsWriter.Write(toc, headings, bookmarks, TakePageBreak());

                // The contents get a page of their own.
                _pageBreakPending = true;
                break;
            default:
                throw new NotSupportedException("Unknown block " + block.GetType().Name);
        }
    }

    private W.Paragraph Heading(Heading heading)
    {
        var id = _headingIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = bookmarks.Names[_headingIndex++];
        OpenXmlElement[] content =
        [
            new W.BookmarkStart { Id = id, Name = name },
            .. inlines.Write(heading.Content),
            new W.BookmarkEnd { Id = id },
        ];
        return Paragraphs.Create(StyleIds.Heading(heading.Level), content, new ParagraphFormat(PageBreakBefore: TakePageBreak()));
    }

    private W.Paragraph Paragraph(Model.Paragraph paragraph, string styleId, RunFormat format) =>
        Paragraphs.Create(styleId, inlines.Write(paragraph.Content, format), new ParagraphFormat(PageBreakBefore: TakePageBreak()));

    private IEnumerable<W.Paragraph> List(ListBlock list)
    {
        if (list.Items.IsDefaultOrEmpty)
        {
            yield break;
        }

        var numberingId = numbering.AddList(list.Numbered);
        var style = list.Numbered ? StyleIds.ListNumber : StyleIds.ListBullet;
        foreach (var item in list.Items)
        {
            yield return Paragraphs.Create(style, inlines.Write(item), new ParagraphFormat(PageBreakBefore: TakePageBreak(), NumberingId: numberingId));
        }
    }

    // Small text inside a call-out keeps the call-out's box and takes the small size directly.
    private IEnumerable<W.Paragraph> Note(Note note)
    {
        var style = note.Kind == NoteKind.Warning ? StyleIds.NoteWarning : StyleIds.Note;
        foreach (var paragraph in note.Paragraphs)
        {
            var format = paragraph.Style == ParagraphStyle.Small ? new RunFormat(SizeHalfPoints: 18) : default;
            yield return Paragraph(paragraph, style, format);
        }
    }

    private bool TakePageBreak()
    {
        var pending = _pageBreakPending;
        _pageBreakPending = false;
        return pending;
    }
}
