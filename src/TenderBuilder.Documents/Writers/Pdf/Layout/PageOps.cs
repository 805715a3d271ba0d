namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>
/// One drawing step on a page, in page coordinates (points, y down). The renderer replays them
/// in order; structure marks may open on one page and close on a later one.
/// </summary>
internal abstract record PageOp;

/// <summary>Text drawn from its baseline; <paramref name="Artifact"/> marks running headers, footers and repeated table headers.</summary>
internal sealed record TextOp(double X, double Baseline, string Text, double Width, FontSpec Font, Rgb Color, LinkTarget? Link = null, bool Artifact = false) : PageOp
{
    /// <summary>
    /// How wide the link's clickable area is, when wider than the text: a contents entry's last line
    /// reaches over the leader to its page number, so the entry is one link, not two.
    /// </summary>
    public double? LinkWidth { get; init; }
}

/// <summary>A filled and/or stroked rectangle: decoration, an artifact for assistive technology.</summary>
internal sealed record RectOp(double X, double Y, double Width, double Height, Rgb? Fill, Rgb? Stroke) : PageOp;

/// <summary>A straight line: decoration (rules, leaders), an artifact.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, Rgb Color, double Thickness, bool Dotted = false) : PageOp;

/// <summary>Opens a structure element.</summary>
internal sealed record BeginTagOp(StructureTag Tag) : PageOp;

/// <summary>Closes the innermost open structure element.</summary>
internal sealed record EndTagOp : PageOp
{
    public static readonly EndTagOp Instance = new();
}

/// <summary>A laid-out page: its 1-based number and what to draw.</summary>
internal sealed record LaidOutPage(int Number, List<PageOp> Ops);

/// <summary>Where a heading landed: for the outline, the contents and internal links.</summary>
internal sealed record HeadingPlacement(HeadingInfo Heading, int PageNumber, double Top);

/// <summary>The whole document laid out: pages, and where each heading is.</summary>
internal sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, IReadOnlyList<HeadingPlacement> Headings);
