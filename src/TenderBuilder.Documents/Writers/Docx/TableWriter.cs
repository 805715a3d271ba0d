using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using TenderBuilder.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Writes a table in Table Grid: full text width, a fixed grid sized from the column hints (a fixed
/// layout keeps a 10,000-character word from stretching a column and lets Word lay out thousands
/// of rows without measuring them), header rows repeated on every page and bold. Rows may break
/// across pages — Word's default, so no <c>cantSplit</c> is written — because a long requirement
/// must not leave half a page empty.
/// </summary>
internal sealed class TableWriter(InlineWriter inlines)
{
    private const string HeaderFill = "D9E2F3";

    /// <summary>The caption paragraph (if any) followed by the table (if it has rows).</summary>
    public IEnumerable<OpenXmlElement> Write(Model.Table table, bool pageBreakBefore)
    {
        var rows = table.HeaderRows.Select(r => (Cells: r, Header: true)).Concat(table.Rows.Select(r => (Cells: r, Header: false))).ToList();
        var caption = XmlSafeText.CleanSingleLine(table.Caption);
        if (caption.Length > 0)
        {
            yield return Paragraphs.Create(StyleIds.Caption, [Runs.Text(caption)], new ParagraphFormat(PageBreakBefore: pageBreakBefore));
        }
        else if (pageBreakBefore)
        {
            yield return Paragraphs.PageBreak();
        }

        var columnCount = Math.Max(table.Columns.Length, rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Length));
        if (rows.Count == 0 || columnCount == 0)
        {
            // A table without rows is not a valid Word table; the caption alone says what is missing.
            yield break;
        }

        var widths = ColumnWidths(table.Columns, columnCount);
        var alignments = Enumerable.Range(0, columnCount)
            .Select(i => i < table.Columns.Length ? Justification(table.Columns[i].Alignment) : W.JustificationValues.Left)
            .ToArray();

        var result = new W.Table(Properties(caption), Grid(widths));
        foreach (var (cells, header) in rows)
        {
            result.Append(Row(cells, header, widths, alignments));
        }

        yield return result;
    }

    /// <summary>
    /// Twips per column: the relative hints spread over the text width, the rounding remainder
    /// going to the last column so the grid adds up exactly. Missing, zero, negative or
    /// non-finite hints count as 1.
    /// </summary>
    internal static int[] ColumnWidths(ImmutableArray<Column> columns, int columnCount)
    {
        var hints = Enumerable.Range(0, columnCount)
            .Select(i => i < columns.Length && double.IsFinite(columns[i].Width) && columns[i].Width > 0 ? columns[i].Width : 1d)
            .ToArray();
        var total = hints.Sum();
        var widths = hints.Select(h => (int)Math.Floor(PageLayout.TextWidth * h / total)).ToArray();
        widths[^1] += PageLayout.TextWidth - widths.Sum();
        return widths;
    }

    // Order: tblStyle, tblW, tblLayout, tblLook, tblCaption (CT_TblPr).
    private static W.TableProperties Properties(string caption)
    {
        var properties = new W.TableProperties(
            new W.TableStyle { Val = StyleIds.TableGrid },
            new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
        if (caption.Length > 0)
        {
            // The accessible name screen readers announce for the table.
            properties.Append(new W.TableCaption { Val = caption });
        }

        return properties;
    }

    private static W.TableGrid Grid(int[] widths) =>
        new(widths.Select(w => new W.GridColumn { Width = Twips(w) }));

    private W.TableRow Row(ImmutableArray<ImmutableArray<Inline>> cells, bool header, int[] widths, W.JustificationValues[] alignments)
    {
        var row = new W.TableRow();
        if (header)
        {
            row.Append(new W.TableRowProperties(new W.TableHeader()));
        }

        for (var i = 0; i < widths.Length; i++)
        {
            var content = i < cells.Length ? cells[i] : [];
            row.Append(Cell(content, header, widths[i], alignments[i]));
        }

        return row;
    }

    private W.TableCell Cell(ImmutableArray<Inline> content, bool header, int width, W.JustificationValues alignment)
    {
        // Order: tcW, shd (CT_TcPr).
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Twips(width), Type = W.TableWidthUnitValues.Dxa });
        if (header)
        {
            properties.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill });
        }

        // A cell must end in a paragraph, even when it is empty.
        var paragraph = Paragraphs.Create(
            StyleIds.Normal,
            inlines.Write(content, new RunFormat(Bold: header)),
            new ParagraphFormat(Justification: alignment == W.JustificationValues.Left ? null : alignment));
        return new W.TableCell(properties, paragraph);
    }

    private static W.JustificationValues Justification(Alignment alignment) => alignment switch
    {
        Alignment.Center => W.JustificationValues.Center,
        Alignment.Right => W.JustificationValues.Right,
        _ => W.JustificationValues.Left,
    };

    private static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
