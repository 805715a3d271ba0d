namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>Where a link goes: a web address, or a heading of the same document (by its index).</summary>
internal sealed record LinkTarget(Uri? External, int? HeadingIndex)
{
    public static LinkTarget Web(Uri uri) => new(uri, null);

    public static LinkTarget ToHeading(int index) => new(null, index);
}

/// <summary>
/// Text in one font and colour, optionally linked: the input of line breaking. A <c>\n</c> in the
/// text is a forced line break.
/// </summary>
internal sealed record StyledRun(string Text, FontSpec Font, Rgb Color, LinkTarget? Link = null);
