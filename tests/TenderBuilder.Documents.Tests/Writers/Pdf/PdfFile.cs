using System.Text;
using TenderBuilder.Documents.Writers.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>A written PDF read back with an independent reader, as a viewer or screen reader would see it.</summary>
internal sealed class PdfFile : IDisposable
{
    public static readonly PageGeometry Geometry = PageGeometry.A4;

    private readonly List<Page> _pages;

    public PdfFile(byte[] bytes)
    {
        Document = PdfDocument.Open(bytes);
        _pages = [.. Document.GetPages()];
    }

    public PdfDocument Document { get; }

    public IReadOnlyList<Page> Pages => _pages;

    /// <summary>Text without any whitespace: line breaks and wrapping do not matter when comparing.</summary>
    public static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether a letter lies in the text area (not in the running header or footer band), in PDF space (y up).</summary>
    public static bool InTextArea(Letter letter)
    {
        var middle = (letter.BoundingBox.Bottom + letter.BoundingBox.Top) / 2;
        return middle > Geometry.Margin && middle < Geometry.Height - Geometry.Margin;
    }

    /// <summary>The body text of a page (header and footer left out), squeezed.</summary>
    public string BodyText(Page page) => Squeeze(string.Concat(page.Letters.Where(InTextArea).Select(l => l.Value)));

    /// <summary>The body text of pages from <paramref name="firstPage"/> on, squeezed and joined.</summary>
    public string BodyText(int firstPage = 1) => string.Concat(_pages.Where(p => p.Number >= firstPage).Select(BodyText));

    /// <summary>All outline entries, depth first, with their 0-based level.</summary>
    public List<(string Title, int Level, int Page, double? Top)> Bookmarks()
    {
        var result = new List<(string, int, int, double?)>();
        if (!Document.TryGetBookmarks(out var bookmarks))
        {
            return result;
        }

        void Walk(BookmarkNode node)
        {
            var document = node as DocumentBookmarkNode;
            result.Add((node.Title, node.Level, document?.PageNumber ?? -1, document?.Destination.Coordinates.Top));
            foreach (var child in node.Children)
            {
                Walk(child);
            }
        }

        foreach (var root in bookmarks.Roots)
        {
            Walk(root);
        }

        return result;
    }

    /// <summary>Links to pages of this document: where they are and where they go.</summary>
    public List<(int OnPage, int ToPage, double? Top)> InternalLinks() =>
        [.. _pages.SelectMany(p => p.GetAnnotations()
            .Select(a => a.Action)
            .OfType<GoToAction>()
            .Select(g => (p.Number, g.Destination.PageNumber, g.Destination.Coordinates.Top)))];

    /// <summary>The clickable area of every link annotation that jumps within the document, by page.</summary>
    public List<(int OnPage, UglyToad.PdfPig.Core.PdfRectangle Area)> InternalLinkAreas() =>
        [.. _pages.SelectMany(p => p.GetAnnotations().Where(a => a.Action is GoToAction).Select(a => (p.Number, a.Rectangle)))];

    public List<string> WebLinks() =>
        [.. _pages.SelectMany(p => p.GetAnnotations().Select(a => a.Action).OfType<UriAction>().Select(u => u.Uri))];

    public DictionaryToken Catalog => Document.Structure.Catalog.CatalogDictionary;

    public IToken? Resolve(IToken? token) =>
        token is IndirectReferenceToken reference ? Document.Structure.GetObject(reference.Data).Data : token;

    public DictionaryToken? Dictionary(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var value) ? Resolve(value) as DictionaryToken : null;

    /// <summary>Whether the font a letter is drawn with carries its glyphs in the file (a TrueType font program, FontFile2).</summary>
    public bool IsEmbedded(Letter letter)
    {
        if (Resolve(new IndirectReferenceToken(letter.FontDetails.FontDictionaryReference!.Value)) is not DictionaryToken font)
        {
            return false;
        }

        if (font.Data.TryGetValue("DescendantFonts", out var descendants) && Resolve(descendants) is ArrayToken array)
        {
            font = (DictionaryToken)Resolve(array.Data[0])!;
        }

        return Dictionary(font, "FontDescriptor") is { } descriptor && descriptor.Data.ContainsKey("FontFile2");
    }

    /// <summary>The structure types (/S) of the tagged content tree, in document order.</summary>
    public List<string> StructureTypes() => [.. StructureElements().Select(e => e.Type)];

    /// <summary>The elements of the tagged content tree with their types, in document order.</summary>
    public List<(string Type, DictionaryToken Element)> StructureElements()
    {
        var types = new List<(string, DictionaryToken)>();
        var seen = new HashSet<IndirectReference>();

        void Walk(IToken? token)
        {
            if (token is IndirectReferenceToken reference && !seen.Add(reference.Data))
            {
                return;
            }

            switch (Resolve(token))
            {
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        Walk(item);
                    }

                    break;
                case DictionaryToken element:
                    if (element.Data.TryGetValue("S", out var name) && name is NameToken type)
                    {
                        types.Add((type.Data, element));
                    }

                    if (element.Data.TryGetValue("K", out var kids))
                    {
                        Walk(kids);
                    }

                    break;
            }
        }

        var root = Dictionary(Catalog, "StructTreeRoot");
        if (root is not null && root.Data.TryGetValue("K", out var top))
        {
            Walk(top);
        }

        return types;
    }

    public void Dispose() => Document.Dispose();
}
