using System.Globalization;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>Text runs and field runs: the leaves every other writer builds from.</summary>
internal static class Runs
{
    /// <summary>
    /// One run holding <paramref name="text"/> as text — never as markup: the package writer escapes
    /// it. Tabs become tab elements and line breaks break elements, because Word shows a raw tab
    /// or newline inside <c>w:t</c> as a space.
    /// </summary>
    public static W.Run Text(string text, RunFormat format = default)
    {
        var clean = XmlSafeText.Clean(text);
        var run = new W.Run();
        if (Properties(format, TextDirection.StartsRightToLeft(clean)) is { } properties)
        {
            run.Append(properties);
        }

        var start = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            if (clean[i] is '\t' or '\n')
            {
                AppendText(run, clean[start..i]);
                run.Append(clean[i] == '\t' ? new W.TabChar() : new W.Break());
                start = i + 1;
            }
        }

        AppendText(run, clean[start..]);
        return run;
    }

    /// <summary>A run holding a line break.</summary>
    public static W.Run LineBreak() => new(new W.Break());

    /// <summary>A run holding a tab.</summary>
    public static W.Run Tab() => new(new W.TabChar());

    /// <summary>
    /// A complete field (begin, instruction, separator, cached result, end). The cached result is
    /// what readers show before fields are updated, so it should be a plausible value.
    /// </summary>
    public static IEnumerable<W.Run> Field(string instruction, string cachedResult, RunFormat format = default) =>
    [
        FieldBegin(),
        FieldInstruction(instruction),
        FieldSeparate(),
        Text(cachedResult, format),
        FieldEnd(),
    ];

    public static W.Run FieldBegin() => new(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin });

    public static W.Run FieldInstruction(string instruction) =>
        new(new W.FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve });

    public static W.Run FieldSeparate() => new(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate });

    public static W.Run FieldEnd() => new(new W.FieldChar { FieldCharType = W.FieldCharValues.End });

    private static void AppendText(W.Run run, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var element = new W.Text(text);
        if (NeedsPreserve(text))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        run.Append(element);
    }

    // Without xml:space="preserve" Word drops leading and trailing spaces, which glues
    // "shall accept" + "contactless" together.
    private static bool NeedsPreserve(string text) =>
        char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal);

    // Child order is the schema's: rStyle, b, bCs, i, iCs, sz, szCs, rtl.
    private static W.RunProperties? Properties(RunFormat format, bool rightToLeft)
    {
        if (format == default && !rightToLeft)
        {
            return null;
        }

        var properties = new W.RunProperties();
        if (format.StyleId is not null)
        {
            properties.Append(new W.RunStyle { Val = format.StyleId });
        }

        if (format.Bold)
        {
            properties.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (format.Italic)
        {
            properties.Append(new W.Italic(), new W.ItalicComplexScript());
        }

        if (format.SizeHalfPoints is { } size)
        {
            var value = size.ToString(CultureInfo.InvariantCulture);
            properties.Append(new W.FontSize { Val = value }, new W.FontSizeComplexScript { Val = value });
        }

        if (rightToLeft)
        {
            properties.Append(new W.RightToLeftText());
        }

        return properties;
    }
}
