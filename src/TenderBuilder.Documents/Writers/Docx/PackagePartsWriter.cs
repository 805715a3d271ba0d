using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TenderBuilder.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>The parts around the body: settings, font table and the core document properties.</summary>
internal static class PackagePartsWriter
{
    private const string Creator = "TenderBuilder";

    /// <summary>
    /// Settings in the schema's order. <c>updateFields</c> makes Word refresh the table of contents
    /// and page numbers on opening (it asks the reader first); compatibility mode 15 is Word 2013+
    /// layout, without which Word opens the file in compatibility mode.
    /// </summary>
    public static W.Settings Settings(string language) => new(
        new W.Zoom { Percent = "100" },
        new W.DefaultTabStop { Val = 709 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
        new W.UpdateFieldsOnOpen { Val = true },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.ThemeFontLanguages { Val = language });

    /// <summary>Declares the body font with Carlito, its metric-compatible free twin, as the alternative.</summary>
    public static W.Fonts FontTable() => new(
        new W.Font(
            new W.AltName { Val = "Carlito" },
            new W.Panose1Number { Val = "020F0502020204030204" },
            new W.FontCharSet { Val = "00" },
            new W.FontFamily { Val = W.FontFamilyValues.Swiss },
            new W.Pitch { Val = W.FontPitchValues.Variable })
        { Name = StylesPartBuilder.BodyFont },
        new W.Font(
            new W.AltName { Val = "Liberation Sans" },
            new W.Panose1Number { Val = "020B0604020202020204" },
            new W.FontCharSet { Val = "00" },
            new W.FontFamily { Val = W.FontFamilyValues.Swiss },
            new W.Pitch { Val = W.FontPitchValues.Variable })
        { Name = StylesPartBuilder.ComplexScriptFont });

    /// <summary>
    /// Title, subject, keywords, creator, language and dates. Both dates are the package date, not
    /// the clock, so the same input always gives the same properties.
    /// </summary>
    /// <remarks>
    /// The SDK marks its package-properties interface experimental (OOXML0001); it is still the
    /// SDK's only typed way to write core.xml, so the diagnostic is suppressed here and only here.
    /// </remarks>
#pragma warning disable OOXML0001
    public static void CoreProperties(IPackageProperties properties, DocumentMetadata metadata, string language)
#pragma warning restore OOXML0001
    {
        var date = metadata.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        properties.Title = XmlSafeText.CleanSingleLine(metadata.Title);
        properties.Subject = XmlSafeText.CleanSingleLine(metadata.Subject ?? metadata.TenderTitle);
        properties.Keywords = XmlSafeText.CleanSingleLine(string.Join("; ", metadata.Keywords.IsDefault ? [] : metadata.Keywords));
        properties.Description = XmlSafeText.CleanSingleLine(metadata.TenderTitle);
        properties.Creator = Creator;
        properties.LastModifiedBy = Creator;
        properties.Language = language;
        properties.Created = date;
        properties.Modified = date;
    }
}
