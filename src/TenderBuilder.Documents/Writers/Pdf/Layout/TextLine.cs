namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>A piece of a line drawn with one call: one font, one colour, one link; X is the offset from the line's left edge.</summary>
internal sealed record LineFragment(string Text, double X, double Width, FontSpec Font, Rgb Color, LinkTarget? Link);

/// <summary>
/// A laid-out line: its fragments, the width they take, its height and where the baseline sits
/// below the line's top.
/// </summary>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, double Height, double Baseline)
{
    public string Text => string.Concat(Fragments.Select(f => f.Text));
}
