using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Writers.Html;

/// <summary>
/// Writes a <see cref="Document"/> as one self-contained, accessible HTML page: landmarks, a
/// heading outline, lists, tables with header cells and scope, the document language. Every text
/// node and attribute is encoded, and only http(s), mailto and in-page links are kept.
/// </summary>
public static class HtmlWriter
{
    // Letters of every script stay readable in the source; markup characters are always encoded.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The HTML page.</summary>
    public static string Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Metadata;
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Attr(meta.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"TenderBuilder\">\n")
            .Append("<title>").Append(Text(meta.Title)).Append(" — ").Append(Text(meta.TenderTitle)).Append("</title>\n")
            .Append("<style>").Append(Styles.Css).Append("</style>\n</head>\n<body>\n");
        Cover(html, meta);
        html.Append("<main>\n");
        foreach (var block in document.Blocks)
        {
            Block(html, block, document);
        }

        html.Append("</main>\n<footer><p>").Append(Text(meta.Title)).Append(" · ").Append(Text(meta.Reference ?? meta.TenderTitle))
            .Append(" · ").Append(Text(Words.DocumentWords.For(meta.Language).HtmlFooterCatalogue)).Append(' ').Append(Text(meta.CatalogVersion)).Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cover(StringBuilder html, DocumentMetadata meta)
    {
        var words = Words.DocumentWords.For(meta.Language);
        html.Append("<header class=\"cover\">\n<p class=\"authority\">").Append(Text(meta.Authority ?? "")).Append("</p>\n")
            .Append("<h1 class=\"title\">").Append(Text(meta.Title)).Append("</h1>\n")
            .Append("<p class=\"tender\">").Append(Text(meta.TenderTitle)).Append("</p>\n<dl>\n");
        if (!string.IsNullOrWhiteSpace(meta.Reference))
        {
            html.Append("<dt>").Append(Text(words.CoverReference)).Append("</dt><dd>").Append(Text(meta.Reference)).Append("</dd>\n");
        }

        html.Append("<dt>").Append(Text(words.CoverDate)).Append("</dt><dd><time datetime=\"").Append(meta.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(Text(Core.Words.ValueText.Date(meta.Date, meta.Language))).Append("</time></dd>\n")
            .Append("<dt>").Append(Text(words.HtmlCatalogue)).Append("</dt><dd>").Append(Text(meta.CatalogVersion)).Append("</dd>\n</dl>\n</header>\n");
    }

    private static void Block(StringBuilder html, Block block, Document document)
    {
        switch (block)
        {
            case TableOfContents toc:
                Contents(html, toc, document);
                break;
            case Heading heading:
                // The cover holds the page's h1; document headings start at h2.
                var level = Math.Clamp(heading.Level + 1, 2, 6);
                html.Append("<h").Append(level).Append(" id=\"").Append(Attr(heading.Anchor)).Append("\">");
                Inlines(html, heading.Content);
                html.Append("</h").Append(level).Append(">\n");
                break;
            case Paragraph paragraph:
                html.Append(paragraph.Style == ParagraphStyle.Small ? "<p class=\"small\">" : "<p>");
                Inlines(html, paragraph.Content);
                html.Append("</p>\n");
                break;
            case ListBlock list:
                html.Append(list.Numbered ? "<ol>\n" : "<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    Inlines(html, item);
                    html.Append("</li>\n");
                }

                html.Append(list.Numbered ? "</ol>\n" : "</ul>\n");
                break;
            case Table table:
                TableHtml(html, table);
                break;
            case Note note:
                html.Append("<aside class=\"note ").Append(note.Kind == NoteKind.Warning ? "warning" : "info").Append("\" role=\"note\">\n");
                foreach (var paragraph in note.Paragraphs)
                {
                    html.Append("<p>");
                    Inlines(html, paragraph.Content);
                    html.Append("</p>\n");
                }

                html.Append("</aside>\n");
                break;
            case PageBreak:
                html.Append("<hr class=\"page-break\">\n");
                break;
        }
    }

    private static void Contents(StringBuilder html, TableOfContents toc, Document document)
    {
        html.Append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">").Append(Text(toc.Title)).Append("</h2>\n<ol>\n");
        foreach (var heading in document.Headings.Where(h => h.Level <= 2))
        {
            html.Append("<li class=\"level-").Append(heading.Level).Append("\"><a href=\"#").Append(Attr(heading.Anchor)).Append("\">")
                .Append(Text(heading.Text)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void TableHtml(StringBuilder html, Table table)
    {
        html.Append("<div class=\"table-scroll\"><table>\n<caption>").Append(Text(table.Caption)).Append("</caption>\n<colgroup>");
        var total = table.Columns.Sum(c => c.Width);
        foreach (var column in table.Columns)
        {
            html.Append("<col style=\"width:").Append((100 * column.Width / total).ToString("0.#", CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup>\n<thead>\n");
        foreach (var row in table.HeaderRows)
        {
            Row(html, row, table, header: true);
        }

        html.Append("</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            Row(html, row, table, header: false);
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    private static void Row(StringBuilder html, IReadOnlyList<System.Collections.Immutable.ImmutableArray<Inline>> cells, Table table, bool header)
    {
        html.Append("<tr>");
        for (var i = 0; i < cells.Count; i++)
        {
            var alignment = i < table.Columns.Length ? table.Columns[i].Alignment : Alignment.Left;
            var align = alignment switch
            {
                Alignment.Right => " class=\"right\"",
                Alignment.Center => " class=\"center\"",
                _ => "",
            };
            html.Append(header ? "<th scope=\"col\"" : "<td").Append(align).Append('>');
            Inlines(html, cells[i]);
            html.Append(header ? "</th>" : "</td>");
        }

        html.Append("</tr>\n");
    }

    private static void Inlines(StringBuilder html, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    html.Append(run.Bold ? "<strong>" : "").Append(run.Italic ? "<em>" : "")
                        .Append(Text(run.Text))
                        .Append(run.Italic ? "</em>" : "").Append(run.Bold ? "</strong>" : "");
                    break;
                case Link link when SafeTarget(link.Target):
                    html.Append("<a href=\"").Append(Attr(link.Target)).Append('"')
                        .Append(link.IsInternal ? "" : " rel=\"noopener noreferrer\"").Append('>')
                        .Append(Text(link.Text)).Append("</a>");
                    break;
                case Link link:
                    // A target that is not a web address or an anchor (javascript:, data:) is shown as text only.
                    html.Append(Text(link.Text));
                    break;
                case LineBreak:
                    html.Append("<br>");
                    break;
            }
        }
    }

    private static bool SafeTarget(string target) =>
        target.StartsWith('#')
        || (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto");

    private static string Text(string text) => s_encoder.Encode(text);

    private static string Attr(string text) => s_encoder.Encode(text);
}
