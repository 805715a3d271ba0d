using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// The first pass: the whole document laid out (lines, pages, heading positions, running
/// header and footer) before anything is drawn, so page numbers and "of Y" are known.
/// </summary>
internal static class DocumentLayout
{
    public static LaidOutDocument LayOut(Document document, ITextMeasurer measurer, PageGeometry page)
    {
        var items = new FlowBuilder(document, page, measurer).Build(document);
        var laidOut = new Paginator(page, measurer).Paginate(items);
        new RunningBands(page, measurer).AddTo(laidOut, document.Metadata);
        return laidOut;
    }
}
