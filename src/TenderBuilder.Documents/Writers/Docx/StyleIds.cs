namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Style ids. The built-in ones carry Word's own ids and names so that an officer's house
/// template replaces them and the navigation pane and "Update table" work; the custom ones are
/// few and named for what they mean.
/// </summary>
internal static class StyleIds
{
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TocHeading = "TOCHeading";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string Caption = "Caption";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string TableNormal = "TableNormal";
    public const string TableGrid = "TableGrid";
    public const string NoList = "NoList";

    /// <summary>Custom: secondary text such as a verification line under a clause.</summary>
    public const string SmallText = "SmallText";

    /// <summary>Custom: a shaded, bordered call-out for information.</summary>
    public const string Note = "Note";

    /// <summary>Custom: a call-out for something to act on.</summary>
    public const string NoteWarning = "NoteWarning";

    /// <summary>Heading1 to Heading3; other levels are clamped, since the model has three.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>TOC1 to TOC3, the styles of the table of contents entries.</summary>
    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
