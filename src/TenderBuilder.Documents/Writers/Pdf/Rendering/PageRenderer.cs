using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// Draws laid-out pages into a tagged PDF, replaying each page's operations in order. Text goes
/// into the structure element the layout opened; decoration (rules, shading, borders), running
/// headers and footers and repeated table headers are artifacts; every link is a Link element
/// owning its annotation.
/// </summary>
/// <remarks>
/// PDFsharp's accessibility manager follows the document's pages and graphics as they are
/// created, so pages are drawn strictly one after another, and the previous page's XGraphics is
/// disposed only after <c>AddPage()</c> returns: adding a page closes the marked content still
/// open on the previous page through that graphics object. The structure builder adds a link's
/// annotation to the page itself; adding it again would list it twice.
/// </remarks>
internal sealed class PageRenderer(PdfDocument pdf, FontCache fonts, PageGeometry geometry, LaidOutDocument layout)
{
    private readonly Dictionary<int, HeadingPlacement> _headings = layout.Headings.ToDictionary(h => h.Heading.Index);
    private readonly Dictionary<Rgb, XBrush> _brushes = [];
    private readonly Dictionary<(Rgb, double, bool), XPen> _pens = [];
    private StructureBuilder _structure = null!;
    private XGraphics _graphics = null!;
    private bool _inArtifact;

    public void Render()
    {
        _structure = UAManager.ForDocument(pdf).StructureBuilder;
        var parentTree = new ParentTreeWindow(pdf);
        XGraphics? previous = null;
        try
        {
            foreach (var page in layout.Pages)
            {
                var pdfPage = pdf.AddPage();
                pdfPage.Width = XUnit.FromPoint(geometry.Width);
                pdfPage.Height = XUnit.FromPoint(geometry.Height);
                previous?.Dispose();
                _graphics = XGraphics.FromPdfPage(pdfPage);
                previous = _graphics;
                foreach (var op in page.Ops)
                {
                    Draw(op);
                }

                // An artifact must not stay open across pages.
                EndArtifact();
                parentTree.PageFinished();
            }

            parentTree.Restore();
        }
        finally
        {
            previous?.Dispose();
        }
    }

    private void Draw(PageOp op)
    {
        switch (op)
        {
            case TextOp { Artifact: true } text:
                BeginArtifact();
                DrawString(text);
                break;
            case TextOp { Link: { } link } text:
                EndArtifact();
                DrawLink(text, link);
                break;
            case TextOp text:
                EndArtifact();
                DrawString(text);
                break;
            case RectOp rect:
                BeginArtifact();
                DrawRect(rect);
                break;
            case LineOp line:
                BeginArtifact();
                _graphics.DrawLine(Pen(line.Color, line.Thickness, line.Dotted), line.X1, line.Y1, line.X2, line.Y2);
                break;
            case BeginTagOp begin:
                EndArtifact();
                StructureTags.Begin(_structure, begin.Tag);
                break;
            case EndTagOp:
                EndArtifact();
                _structure.End();
                break;
            default:
                throw new NotSupportedException("Unknown page operation " + op.GetType().Name);
        }
    }

    private void DrawString(TextOp text) =>
        _graphics.DrawString(text.Text, fonts.Get(text.Font), Brush(text.Color), text.X, text.Baseline, XStringFormats.BaseLineLeft);

    private void DrawLink(TextOp text, LinkTarget target)
    {
        var annotation = Annotation(text, target);
        if (annotation is null)
        {
            DrawString(text);
            return;
        }

        _structure.BeginElement(annotation, text.Text);
        DrawString(text);
        _structure.End();
    }

    private PdfLinkAnnotation? Annotation(TextOp text, LinkTarget target)
    {
        var metrics = fonts.Get(text.Font).Metrics;
        var top = text.Baseline - ((double)metrics.Ascent * text.Font.Size / metrics.UnitsPerEm);
        var height = text.Font.Size * Theme.LineSpacing;
        var area = new PdfRectangle(_graphics.Transformer.WorldToDefaultPage(new XRect(text.X, top, text.LinkWidth ?? text.Width, height)));
        if (target.External is { } uri)
        {
            return PdfLinkAnnotation.CreateWebLink(area, uri.AbsoluteUri);
        }

        if (target.HeadingIndex is not { } index || !_headings.TryGetValue(index, out var heading))
        {
            return null;
        }

        // Destinations are in PDF space (y up): the reader scrolls to the heading's top edge.
        return PdfLinkAnnotation.CreateDocumentLink(area, heading.PageNumber, new XPoint(0, geometry.Height - heading.Top + 4));
    }

    private void DrawRect(RectOp rect)
    {
        if (rect.Fill is { } fill && rect.Stroke is { } stroke)
        {
            _graphics.DrawRectangle(Pen(stroke, Theme.BorderWidth, false), Brush(fill), rect.X, rect.Y, rect.Width, rect.Height);
        }
        else if (rect.Fill is { } fillOnly)
        {
            _graphics.DrawRectangle(Brush(fillOnly), rect.X, rect.Y, rect.Width, rect.Height);
        }
        else if (rect.Stroke is { } strokeOnly)
        {
            _graphics.DrawRectangle(Pen(strokeOnly, Theme.BorderWidth, false), rect.X, rect.Y, rect.Width, rect.Height);
        }
    }

    // Consecutive decorations share one artifact sequence: fewer marked-content operators per page.
    private void BeginArtifact()
    {
        if (!_inArtifact)
        {
            _structure.BeginArtifact();
            _inArtifact = true;
        }
    }

    private void EndArtifact()
    {
        if (_inArtifact)
        {
            _structure.End();
            _inArtifact = false;
        }
    }

    private XBrush Brush(Rgb color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
            _brushes[color] = brush;
        }

        return brush;
    }

    private XPen Pen(Rgb color, double width, bool dotted)
    {
        if (!_pens.TryGetValue((color, width, dotted), out var pen))
        {
            pen = new XPen(XColor.FromArgb(color.R, color.G, color.B), width) { DashStyle = dotted ? XDashStyle.Dot : XDashStyle.Solid };
            _pens[(color, width, dotted)] = pen;
        }

        return pen;
    }
}
