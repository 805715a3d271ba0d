using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Packaging;
using UglyToad.PdfPig;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>
/// A package in a document language says so in every file (PDF /Lang, DOCX w:lang, HTML lang,
/// XLSX language), writes numbers and dates in the language's culture, and its PDFs draw the
/// language's letters from embedded fonts.
/// </summary>
public sealed partial class PackageLanguageTests
{
    public static TheoryData<string> Languages => [.. DocumentLanguages.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_file_of_the_package_carries_the_document_language(string language)
    {
        var files = Build("utrecht-like-concession.yaml", language);

        foreach (var (path, content) in files.Where(f => f.Key.EndsWith(".docx", StringComparison.Ordinal)))
        {
            using var docx = WordprocessingDocument.Open(new MemoryStream(content), false);
            var defaults = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            defaults.Languages!.Val!.Value.ShouldBe(language, path);
        }

        foreach (var (path, content) in files.Where(f => f.Key.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            Encoding.Latin1.GetString(content).ShouldContain($"/Lang({language})", Case.Sensitive, path);
        }

        foreach (var (path, content) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Encoding.UTF8.GetString(content).ShouldContain($"<html lang=\"{language}\">", Case.Sensitive, path);
        }

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(files["compliance-matrix.xlsx"]), false);
        xlsx.PackageProperties.Language.ShouldBe(language);
    }

    [Theory]
    [InlineData("sv-SE", "åäö")]
    [InlineData("de-DE", "äöüß")]
    [InlineData("nl-NL", "ëé")]
    public void The_languages_letters_are_drawn_from_embedded_fonts(string language, string letters)
    {
        var files = Build("stockholm-like-low-capacity.yaml", language);

        using var pdf = PdfDocument.Open(files["technical-specifications.pdf"]);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        var used = letters.Where(text.Contains).ToList();
        used.Count.ShouldBeGreaterThan(0, $"the {language} specification uses none of {letters}");
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Where(l => used.Contains(l.Value[0])).Select(l => l.FontName).Distinct().ToList();
        // Embedded subsets carry a six-letter tag ("TJCPYM+DejaVu Sans"); a standard font would not.
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(name => name != null && SubsetTag().IsMatch(name));
        Encoding.Latin1.GetString(files["technical-specifications.pdf"]).ShouldContain("/FontFile2");
        Encoding.Latin1.GetString(files["technical-specifications.pdf"]).ShouldNotContain("/BaseFont/Helvetica");
    }

    [Theory]
    [InlineData("en", "2026-12-07")]
    [InlineData("nl-NL", "7-12-2026")]
    [InlineData("sv-SE", "2026-12-07")]
    [InlineData("de-DE", "07.12.2026")]
    public void Dates_and_money_follow_the_language(string language, string date)
    {
        var files = Build("utrecht-like-concession.yaml", language);
        using var pdf = PdfDocument.Open(files["technical-specifications.pdf"]);
        var cover = pdf.GetPage(1).Text;

        cover.ShouldContain(date);
        var scope = string.Concat(pdf.GetPages().Take(6).Select(p => p.Text));
        // The example's estimated value, 42 000 000: grouped as the language groups thousands
        // (Swedish with a no-break space, which the text extraction may give as a plain one).
        var grouped = DocumentLanguages.CultureOf(language).NumberFormat.NumberGroupSeparator.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        scope.Replace('\u00A0', ' ').Replace('\u202F', ' ').ShouldContain($"42{grouped}000{grouped}000");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_price_schedule_says_where_the_total_price_compared_by_the_award_is_in_every_language(string language)
    {
        // The small-town example compares the total price (an override of award.price-or-cost's basis).
        var files = Build("small-town-ten-ac-points.yaml", language);

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(files["compliance-matrix.xlsx"]), false);
        var strings = xlsx.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.InnerText;
        var note = Documents.Words.MatrixWords.For(language).TotalPrice;
        strings.ShouldContain(note[..note.IndexOf('{', StringComparison.Ordinal)].Trim());
    }

    [Theory]
    [InlineData("en", "“")]
    [InlineData("nl-NL", "‘")]
    [InlineData("sv-SE", "”")]
    [InlineData("de-DE", "„")]
    public void A_label_quoted_in_a_clauses_scope_takes_the_languages_quotation_marks(string language, string opening)
    {
        var scopes = Examples.Files
            .Select(example => TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, example))).Input)
            .SelectMany(input => RulesEngine.Evaluate(input with { Tender = input.Tender with { Language = language } }, CatalogueLoader.Default, new DateOnly(2026, 12, 7)).Clauses)
            .Select(c => c.AppliesTo)
            .OfType<string>()
            .Where(a => a.Contains(opening, StringComparison.Ordinal))
            .ToList();

        scopes.ShouldNotBeEmpty($"no {language} scope quotes a site type or power class with {opening}");
    }

    [GeneratedRegex("^[A-Z]{6}\\+")]
    private static partial Regex SubsetTag();

    private static Dictionary<string, byte[]> Build(string example, string language)
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, example))).Input;
        var package = RulesEngine.Evaluate(input with { Tender = input.Tender with { Language = language } }, CatalogueLoader.Default, new DateOnly(2026, 12, 7));
        return TenderPackageBuilder.Build(package).ToDictionary(e => e.File.Path, e => e.Content, StringComparer.Ordinal);
    }
}
