using System.Globalization;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Builds the styles part: document defaults (font, size, language) and the styles the body
/// uses. All formatting lives here rather than on runs, so a house template restyles everything.
/// </summary>
internal static class StylesPartBuilder
{
    /// <summary>
    /// The body font. Calibri is the Office default; free office suites substitute the metric-compatible
    /// Carlito, so pagination matches. The font table names Carlito as the alternative.
    /// </summary>
    public const string BodyFont = "Calibri";

    /// <summary>
    /// The complex-script font: Calibri has no Arabic or Hebrew glyphs, Arial has both on every
    /// Office installation.
    /// </summary>
    public const string ComplexScriptFont = "Arial";

    private const string Accent = "1F3864";
    private const string Muted = "595959";
    private const int BodySize = 22;

    /// <summary>The styles part for a document in <paramref name="language"/> (a BCP-47 tag).</summary>
    public static W.Styles Build(string language) => new(
        DocumentDefaults(language),
        CharacterStyle(StyleIds.DefaultParagraphFont, "Default Paragraph Font", basedOn: null, uiPriority: 1, hidden: true, isDefault: true),
        ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, uiPriority: null, primary: true, isDefault: true),
        ParagraphStyle(
            StyleIds.Title,
            "Title",
            uiPriority: 10,
            paragraph: [new W.SpacingBetweenLines { After = "240" }, new W.ContextualSpacing()],
            run: [Color(Accent), .. Size(56)]),
        ParagraphStyle(
            StyleIds.Subtitle,
            "Subtitle",
            uiPriority: 11,
            paragraph: [new W.SpacingBetweenLines { After = "600" }],
            run: [Color(Muted), .. Size(32)]),
        Heading(1, size: 32, before: 480, after: 160),
        Heading(2, size: 26, before: 360, after: 120),
        Heading(3, size: 23, before: 240, after: 80),
        ParagraphStyle(
            StyleIds.TocHeading,
            "TOC Heading",
            basedOn: StyleIds.Heading(1),
            uiPriority: 39,
            hidden: true,
            // Level 9 is body text: the contents title must not list itself or show in the navigation pane.
            paragraph: [new W.SpacingBetweenLines { Before = "0" }, new W.OutlineLevel { Val = 9 }]),
        TocStyle(1, indent: 0, before: 120),
        TocStyle(2, indent: 220, before: 0),
        TocStyle(3, indent: 440, before: 0),
        ListStyle(StyleIds.ListBullet, "List Bullet", NumberingBuilder.BulletStyleNumberingId),
        ListStyle(StyleIds.ListNumber, "List Number", NumberingBuilder.NumberStyleNumberingId),
        ParagraphStyle(
            StyleIds.Caption,
            "caption",
            uiPriority: 35,
            hidden: true,
            paragraph: [new W.KeepNext(), new W.SpacingBetweenLines { Before = "240", After = "80" }],
            run: [new W.Bold(), new W.BoldComplexScript(), Color(Accent), .. Size(20)]),
        ParagraphStyle(
            StyleIds.SmallText,
            "Small Text",
            custom: true,
            primary: true,
            run: [Color(Muted), .. Size(18)]),
        NoteStyle(StyleIds.Note, "Note", basedOn: StyleIds.Normal, border: "2F5496", fill: "EAF1FB"),
        NoteStyle(StyleIds.NoteWarning, "Note Warning", basedOn: StyleIds.Note, border: "C55A11", fill: "FDF0E6"),
        HeaderFooterStyle(StyleIds.Header, "header"),
        HeaderFooterStyle(StyleIds.Footer, "footer"),
        CharacterStyle(
            StyleIds.Hyperlink,
            "Hyperlink",
            basedOn: StyleIds.DefaultParagraphFont,
            uiPriority: 99,
            hidden: true,
            run: [Color("0563C1"), new W.Underline { Val = W.UnderlineValues.Single }]),
        TableNormal(),
        TableGrid(),
        new W.Style(
            new W.StyleName { Val = "No List" },
            new W.UIPriority { Val = 99 },
            new W.SemiHidden(),
            new W.UnhideWhenUsed())
        { Type = W.StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true });

    private static W.DocDefaults DocumentDefaults(string language) => new(
        new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
            new W.RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = ComplexScriptFont },
            new W.FontSize { Val = Half(BodySize) },
            new W.FontSizeComplexScript { Val = Half(BodySize) },
            new W.Languages { Val = language })),
        new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
            new W.WidowControl(),
            new W.SpacingBetweenLines { After = "140", Line = "264", LineRule = W.LineSpacingRuleValues.Auto })));

    private static W.Style Heading(int level, int size, int before, int after) => ParagraphStyle(
        StyleIds.Heading(level),
        "heading " + level.ToString(CultureInfo.InvariantCulture),
        uiPriority: 9,
        paragraph:
        [
            new W.KeepNext(),
            new W.KeepLines(),
            new W.SpacingBetweenLines { Before = Twips(before), After = Twips(after) },
            new W.OutlineLevel { Val = level - 1 },
        ],
        run: [new W.Bold(), new W.BoldComplexScript(), Color(Accent), .. Size(size)]);

    private static W.Style TocStyle(int level, int indent, int before) => ParagraphStyle(
        StyleIds.Toc(level),
        "toc " + level.ToString(CultureInfo.InvariantCulture),
        uiPriority: 39,
        hidden: true,
        primary: false,
        paragraph:
        [
            new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Leader = W.TabStopLeaderCharValues.Dot, Position = PageLayout.TextWidth }),
            new W.SpacingBetweenLines { Before = Twips(before), After = "60" },
            new W.Indentation { Left = Twips(indent) },
        ]);

    // Indentation comes from the numbering levels; the style only keeps items together.
    private static W.Style ListStyle(string id, string name, int numberingId) => ParagraphStyle(
        id,
        name,
        uiPriority: 99,
        hidden: true,
        primary: false,
        paragraph:
        [
            new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = numberingId }),
            new W.SpacingBetweenLines { After = "60" },
            new W.ContextualSpacing(),
        ]);

    // Consecutive paragraphs with the same borders share one box, so a multi-paragraph note reads as one call-out.
    private static W.Style NoteStyle(string id, string name, string basedOn, string border, string fill) => ParagraphStyle(
        id,
        name,
        basedOn: basedOn,
        custom: true,
        primary: true,
        paragraph:
        [
            new W.KeepLines(),
            new W.ParagraphBorders(
                Border<W.TopBorder>(border, space: 4),
                Border<W.LeftBorder>(border, space: 4),
                Border<W.BottomBorder>(border, space: 4),
                Border<W.RightBorder>(border, space: 4)),
            new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = fill },
            new W.SpacingBetweenLines { Before = "120", After = "120" },
            new W.Indentation { Left = "113", Right = "113" },
        ]);

    private static W.Style HeaderFooterStyle(string id, string name) => ParagraphStyle(
        id,
        name,
        uiPriority: 99,
        hidden: true,
        primary: false,
        paragraph:
        [
            new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = PageLayout.TextWidth }),
            new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
        ],
        run: [Color(Muted), .. Size(18)]);

    private static W.Style TableNormal() => new(
        new W.StyleName { Val = "Normal Table" },
        new W.UIPriority { Val = 99 },
        new W.SemiHidden(),
        new W.UnhideWhenUsed(),
        new W.StyleTableProperties(
            new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
            CellMargins()))
    { Type = W.StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };

    // Word's own Table Grid: single borders everywhere and no spacing after cell paragraphs.
    private static W.Style TableGrid() => new(
        new W.StyleName { Val = "Table Grid" },
        new W.BasedOn { Val = StyleIds.TableNormal },
        new W.UIPriority { Val = 39 },
        new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }),
        new W.StyleTableProperties(
            new W.TableBorders(
                Border<W.TopBorder>("auto", space: 0),
                Border<W.LeftBorder>("auto", space: 0),
                Border<W.BottomBorder>("auto", space: 0),
                Border<W.RightBorder>("auto", space: 0),
                Border<W.InsideHorizontalBorder>("auto", space: 0),
                Border<W.InsideVerticalBorder>("auto", space: 0)),
            CellMargins()))
    { Type = W.StyleValues.Table, StyleId = StyleIds.TableGrid };

    private static W.TableCellMarginDefault CellMargins() => new(
        new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
        new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa });

    private static W.Style ParagraphStyle(
        string id,
        string name,
        string? basedOn = StyleIds.Normal,
        int? uiPriority = null,
        bool hidden = false,
        bool primary = true,
        bool custom = false,
        bool isDefault = false,
        IEnumerable<OpenXmlElement>? paragraph = null,
        IEnumerable<OpenXmlElement>? run = null)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (custom)
        {
            style.CustomStyle = true;
        }

        // Child order is the schema's: name, basedOn, next, uiPriority, semiHidden, unhideWhenUsed, qFormat, pPr, rPr.
        style.Append(new W.StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new W.BasedOn { Val = basedOn });
            style.Append(new W.NextParagraphStyle { Val = StyleIds.Normal });
        }

        AppendVisibility(style, uiPriority, hidden, primary);
        if (paragraph is not null)
        {
            style.Append(new W.StyleParagraphProperties(paragraph));
        }

        if (run is not null)
        {
            style.Append(new W.StyleRunProperties(run));
        }

        return style;
    }

    private static W.Style CharacterStyle(
        string id,
        string name,
        string? basedOn,
        int uiPriority,
        bool hidden,
        bool isDefault = false,
        IEnumerable<OpenXmlElement>? run = null)
    {
        var style = new W.Style { Type = W.StyleValues.Character, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new W.StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new W.BasedOn { Val = basedOn });
        }

        AppendVisibility(style, uiPriority, hidden, primary: false);
        if (run is not null)
        {
            style.Append(new W.StyleRunProperties(run));
        }

        return style;
    }

    // Built-in styles Word hides until used are marked the same way, so the style gallery looks familiar.
    private static void AppendVisibility(W.Style style, int? uiPriority, bool hidden, bool primary)
    {
        if (uiPriority is { } priority)
        {
            style.Append(new W.UIPriority { Val = priority });
        }

        if (hidden)
        {
            style.Append(new W.SemiHidden(), new W.UnhideWhenUsed());
        }

        if (primary)
        {
            style.Append(new W.PrimaryStyle());
        }
    }

    private static T Border<T>(string color, uint space)
        where T : W.BorderType, new() =>
        new() { Val = W.BorderValues.Single, Size = 4, Space = space, Color = color };

    private static W.Color Color(string hex) => new() { Val = hex };

    // Complex-script text (Arabic, Hebrew) takes its size from szCs, so both are set.
    private static OpenXmlElement[] Size(int halfPoints) =>
        [new W.FontSize { Val = Half(halfPoints) }, new W.FontSizeComplexScript { Val = Half(halfPoints) }];

    private static string Half(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);

    private static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
