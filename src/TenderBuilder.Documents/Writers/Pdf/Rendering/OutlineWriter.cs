using PdfSharp.Pdf;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// Writes the outline (bookmarks) as the heading tree, levels 1 to 3, each entry opening at its
/// heading. A level that skips one (a level 3 right under a level 1) nests under the nearest
/// higher heading.
/// </summary>
internal static class OutlineWriter
{
    public static void Write(PdfDocument pdf, IReadOnlyList<HeadingPlacement> headings, PageGeometry geometry)
    {
        var open = new Stack<(int Level, PdfOutline Outline)>();
        foreach (var placement in headings)
        {
            var level = placement.Heading.Level;
            while (open.Count > 0 && open.Peek().Level >= level)
            {
                open.Pop();
            }

            var siblings = open.Count == 0 ? pdf.Outlines : open.Peek().Outline.Outlines;
            var title = placement.Heading.Text.Length == 0 ? " " : placement.Heading.Text;
            var outline = siblings.Add(title, pdf.Pages[placement.PageNumber - 1], opened: level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = geometry.Height - placement.Top + 4;
            open.Push((level, outline));
        }
    }
}
