using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// Keeps PDFsharp's structure parent tree short while pages are drawn, and whole when the file is
/// saved. PDFsharp finds the current page's entry by scanning every entry of the tree for each
/// marked-content sequence and each link, so a document's cost grew with pages × sequences (a fifth
/// of the explanatory memo's drawing). Only the page being drawn is ever looked up, and entries are
/// only appended, so the entries of finished pages are set aside page by page and put back in
/// front, in their order, before saving: the same tree, built in linear time.
/// </summary>
internal sealed class ParentTreeWindow(PdfDocument pdf)
{
    private readonly List<PdfItem> _finished = [];

    /// <summary>Sets aside the entries of the page just drawn; call before the next page is added.</summary>
    public void PageFinished()
    {
        if (Entries() is { } entries)
        {
            _finished.AddRange(entries.Elements);
            entries.Elements.Clear();
        }
    }

    /// <summary>Puts every entry back, finished pages first, as PDFsharp would have left them.</summary>
    public void Restore()
    {
        if (_finished.Count == 0 || Entries() is not { } entries)
        {
            return;
        }

        List<PdfItem> current = [.. entries.Elements];
        entries.Elements.Clear();
        foreach (var item in _finished.Concat(current))
        {
            entries.Elements.Add(item);
        }

        _finished.Clear();
    }

    // The number tree's /Nums array: key, value, key, value… in ascending keys.
    private PdfArray? Entries() =>
        UAManager.ForDocument(pdf).StructureTreeRoot.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
}
