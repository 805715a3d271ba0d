using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>What every written PDF must show, whatever its content.</summary>
internal static class PdfChecks
{
    private const double Tolerance = 1;

    /// <summary>
    /// Every heading and paragraph is there, in order, in the body text (after the contents);
    /// the outline lists the headings; the contents link to the pages the headings are on;
    /// fonts are embedded; no glyph is outside the text area except in the header and footer
    /// bands; the page count is plausible for the amount of text.
    /// </summary>
    public static void ReadsBack(Document document, PdfFile file)
    {
        var name = document.Metadata.FileName;
        var headings = document.Headings.ToList();
        var bookmarks = file.Bookmarks();

        bookmarks.Select(b => b.Title).ShouldBe(headings.Select(h => PdfText.CleanSingleLine(h.Text)), name + ": outline");
        bookmarks.Select(b => b.Level).ShouldBe(OutlineDepths(headings), name + ": outline levels");

        var firstContentPage = bookmarks.Count > 0 ? bookmarks[0].Page : 2;
        var body = file.BodyText(firstContentPage);
        var position = 0;
        foreach (var expected in TextsInOrder(document))
        {
            var found = body.IndexOf(expected, position, StringComparison.Ordinal);
            found.ShouldBeGreaterThanOrEqualTo(0, $"{name}: missing or out of order: {expected[..Math.Min(80, expected.Length)]}");
            position = found + expected.Length;
        }

        foreach (var word in CellWords(document))
        {
            body.ShouldContain(word, Case.Sensitive, $"{name}: table cell word");
        }

        foreach (var (title, _, page, _) in bookmarks)
        {
            file.BodyText(file.Pages[page - 1]).ShouldContain(PdfFile.Squeeze(title), Case.Sensitive, $"{name}: the outline entry for {title} opens page {page}");
        }

        ContentsLinkToTheHeadings(document, file, bookmarks);
        FontsAreEmbedded(file, name);
        GlyphsStayInsideTheMargins(file, name);

        var characters = TextsInOrder(document).Sum(t => t.Length) + CellWords(document, distinct: false).Sum(w => w.Length);
        file.Pages.Count.ShouldBeInRange(2 + (characters / 6_000), 3 + (characters / 400) + headings.Count, name + ": page count");
    }

    /// <summary>
    /// Where each heading sits in the outline tree: under the nearest earlier heading of a higher
    /// level, so a level 3 straight after a level 1 is its child.
    /// </summary>
    private static List<int> OutlineDepths(IEnumerable<Heading> headings)
    {
        var open = new Stack<int>();
        var depths = new List<int>();
        foreach (var level in headings.Select(h => Math.Clamp(h.Level, 1, 3)))
        {
            while (open.Count > 0 && open.Peek() >= level)
            {
                open.Pop();
            }

            depths.Add(open.Count);
            open.Push(level);
        }

        return depths;
    }

    /// <summary>
    /// Heading, paragraph, list item, call-out and caption texts, as they should read. Table cells
    /// are checked word by word (<see cref="CellWords"/>): a row split across pages interleaves
    /// its cells' parts.
    /// </summary>
    public static IEnumerable<string> TextsInOrder(Document document)
    {
        foreach (var block in document.Blocks)
        {
            IEnumerable<string> texts = block switch
            {
                Heading heading => [heading.Text],
                Paragraph paragraph => [paragraph.Content.PlainText()],
                ListBlock list => list.Items.Select(i => i.PlainText()),
                Note note => note.Paragraphs.Select(p => p.Content.PlainText()),
                Table table => [table.Caption],
                _ => [],
            };
            foreach (var text in texts.Select(t => PdfFile.Squeeze(PdfText.Clean(t))).Where(t => t.Length > 0))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> CellWords(Document document, bool distinct = true)
    {
        var words =
        document.Blocks.OfType<Table>()
            .SelectMany(t => t.HeaderRows.Concat(t.Rows))
            .SelectMany(r => r)
            .SelectMany(c => PdfText.Clean(c.PlainText()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return distinct ? words.Distinct() : words;
    }

    private static void ContentsLinkToTheHeadings(Document document, PdfFile file, List<(string Title, int Level, int Page, double? Top)> bookmarks)
    {
        if (!document.Blocks.OfType<TableOfContents>().Any())
        {
            return;
        }

        var firstContentPage = bookmarks.Count > 0 ? bookmarks[0].Page : int.MaxValue;
        var links = file.InternalLinks().Where(l => l.OnPage < firstContentPage).Select(l => (l.ToPage, Top: Math.Round(l.Top ?? 0))).ToList();

        // An entry whose text wraps has a link on each of its lines, all to the same place.
        var entries = links.Where((l, i) => i == 0 || links[i - 1] != l).ToList();
        var levels = document.Headings.Select(h => h.Level).ToList();
        var expected = bookmarks.Where((_, i) => levels[i] <= 2).Select(b => (b.Page, Top: Math.Round(b.Top ?? 0))).ToList();
        entries.ShouldBe(expected, document.Metadata.FileName + ": contents links");

        // Clicking an entry's page number jumps too: the number lies inside the entry's link.
        var areas = file.InternalLinkAreas();
        foreach (var page in file.Pages.Where(p => p.Number < firstContentPage))
        {
            var numbers = page.GetWords().Where(w => w.Text.All(char.IsAsciiDigit) && w.BoundingBox.Right > page.Width - 100 && w.BoundingBox.Bottom > 72 && w.BoundingBox.Top < page.Height - 72).ToList();
            foreach (var number in numbers)
            {
                var centre = number.BoundingBox.Centroid;
                areas.Any(a => a.OnPage == page.Number && a.Area.Left <= centre.X && centre.X <= a.Area.Right && a.Area.Bottom <= centre.Y && centre.Y <= a.Area.Top)
                    .ShouldBeTrue($"{document.Metadata.FileName}: contents page number {number.Text} on page {page.Number} is inside its entry's link");
            }
        }
    }

    private static void FontsAreEmbedded(PdfFile file, string name)
    {
        var fonts = file.Pages.SelectMany(p => p.Letters).DistinctBy(l => l.FontDetails.FontDictionaryReference).ToList();
        fonts.ShouldNotBeEmpty();
        foreach (var letter in fonts)
        {
            file.IsEmbedded(letter).ShouldBeTrue($"{name}: {letter.FontName} is embedded");
        }
    }

    private static void GlyphsStayInsideTheMargins(PdfFile file, string name)
    {
        var page = PdfFile.Geometry;
        foreach (var pdfPage in file.Pages)
        {
            foreach (var letter in pdfPage.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                var where = $"{name} page {pdfPage.Number}: '{letter.Value}' at {box}";
                box.Left.ShouldBeGreaterThanOrEqualTo(page.Left - Tolerance, where);
                box.Right.ShouldBeLessThanOrEqualTo(page.Right + Tolerance, where);

                // y up: the text area, or the bands 1.25 cm from the edges on every page but the cover.
                var inText = box.Bottom >= page.Margin - Tolerance && box.Top <= page.Height - page.Margin + Tolerance;
                var inBands = pdfPage.Number > 1
                    && box.Bottom >= page.BandDistance - Tolerance && box.Top <= page.Height - page.BandDistance + Tolerance
                    && (box.Top <= page.Margin || box.Bottom >= page.Height - page.Margin);
                (inText || inBands).ShouldBeTrue(where);
            }
        }
    }
}
