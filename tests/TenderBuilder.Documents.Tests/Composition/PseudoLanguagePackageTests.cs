using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Packaging;
using TenderBuilder.Documents.Tests.Writers.Docx;
using TenderBuilder.Documents.Tests.Writers.Pdf;
using TenderBuilder.Documents.Tests.Writers.Xlsx;
using TenderBuilder.Documents.Words;
using UglyToad.PdfPig;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>
/// A package built in the pseudo-language (ADR 0017): every word that passed through a translation
/// has accented letters, so a plain-ASCII word in the DOCX, PDF, XLSX, HTML, README or open data is
/// a word that did not. What may stay plain is listed here, each list with its reason.
/// </summary>
public sealed partial class PseudoLanguagePackageTests
{
    // Names that are the same in every language: standards, regulations, units, codes, formats.
    private static readonly HashSet<string> s_standardNames = new(StringComparer.Ordinal)
    {
        "OCPP", "OCPI", "ISO", "IEC", "EN", "AFIR", "EU", "EC", "CPV", "OCDS", "TenderBuilder", "V2G", "ISO15118",
        "kW", "kWh", "kVA", "AC", "DC", "VAT", "EUR", "SEK", "MID", "CCS", "CHAdeMO", "Type", "Combo",
        "TS", "CP", "SC", "N", "Art", "UTC", "GDPR", "PDF", "XLSX", "DOCX", "HTML", "JSON", "ZIP",
    };

    // Words another change still leaves in English, for the merges of those changes to shrink.
    // Nothing of the documents' own furniture is here: that is all in the localisation table.
    // Words other parts still write in English; empty now that the rules, findings and vocabulary
    // speak the document language. A word added here is a translation gap to close.
    private static readonly HashSet<string> s_otherAreas = new(StringComparer.Ordinal);

    private static readonly HtmlParser s_html = new();

    public static TheoryData<string> Inputs => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_package_in_the_pseudo_language_has_no_plain_english_word_outside_the_officers_text(string file)
    {
        var (input, package) = Pseudo(file);
        var allowed = new HashSet<string>(s_standardNames, StringComparer.Ordinal);
        allowed.UnionWith(s_otherAreas);
        allowed.UnionWith(OfficerWords(input));
        allowed.UnionWith(Identifiers(package));

        var entries = TenderPackageBuilder.Build(package);
        var texts = new List<(string File, string Text)>();
        foreach (var entry in entries)
        {
            var path = entry.File.Path;
            switch (Path.GetExtension(path))
            {
                case ".docx":
                    texts.Add((path, DocxText(entry.Content)));
                    break;
                case ".pdf":
                    texts.Add((path, PdfText(entry.Content)));
                    break;
                case ".html":
                    texts.Add((path, HtmlText(entry.Content)));
                    break;
                case ".xlsx":
                    texts.Add((path, XlsxText(entry.Content)));
                    break;
                case ".zip":
                    // The file names inside the ZIP stay as they are in every language; the README lists them.
                    texts.Add(("README.txt", FileNamePattern().Replace(Encoding.UTF8.GetString(TenderPackageZip.Read(entry.Content)["README.txt"]), " ")));
                    break;
                case ".json" when path.StartsWith("ocds", StringComparison.Ordinal):
                    texts.Add((path, OcdsText(entry.Content)));
                    break;
                default:
                    break;
            }
        }

        var plain = texts
            .SelectMany(t => Words(t.Text).Where(w => IsPlain(w) && !allowed.Contains(w)).Select(w => (t.File, Word: w)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.File).Distinct().Take(2))})")
            .ToList();
        Assert.True(plain.Count == 0, $"{plain.Count} plain-ASCII words: {string.Join("; ", plain)}");
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("nl-NL", "nl")]
    [InlineData("sv-SE", "sv")]
    [InlineData("de-DE", "de")]
    public void The_open_data_names_the_package_language_by_its_primary_tag(string language, string expected) =>
        Assert.Equal(expected, TenderBuilder.Documents.Writers.OpenData.OcdsReleasePackageWriter.OcdsLanguage(language));

    [Fact]
    public void The_memo_marks_each_translated_clause_and_every_custom_clause_not_declared_in_the_document_language()
    {
        var (_, package) = Pseudo("two-lots-with-sites.yaml", withCustomClauses: true);
        var words = MemoWords.For(PseudoText.Language);
        var memo = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == ExplanatoryMemoDocument.FileName);
        var text = string.Join("\n", memo.Blocks.OfType<Documents.Model.Paragraph>().Select(p => string.Concat(p.Content.OfType<Documents.Model.TextRun>().Select(r => r.Text))));

        // Once per clause explained, not again in the traceability appendix; the reason is said once, above.
        var explained = package.Clauses.Count(c => !c.IsCustom && c.Deliverable != Core.Catalogues.Deliverable.Notice);
        Assert.Equal(explained, Regex.Matches(text, Regex.Escape($"{words.Translation}: {words.TranslationDraft}")).Count);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, words.TranslationSummary, package.Clauses.Count(c => !c.IsCustom), 0), text, StringComparison.Ordinal);
        var notDeclared = string.Format(CultureInfo.InvariantCulture, words.LanguageNotDeclared, words.LanguageNames[PseudoText.Language]);
        Assert.Equal(2, Regex.Matches(text, Regex.Escape($"{words.Language}: {notDeclared}")).Count);
        Assert.All(package.Clauses.Where(c => c.IsCustom), c => Assert.Null(c.Translation));
        Assert.All(package.Clauses.Where(c => !c.IsCustom), c => Assert.NotNull(c.Translation));
    }

    [Fact]
    public void An_english_package_marks_no_translation_and_no_undeclared_custom_clause()
    {
        var input = Read("two-lots-with-sites.yaml") with { CustomClauses = CustomClauses(null) };
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));
        var memo = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == ExplanatoryMemoDocument.FileName);
        var labels = memo.Blocks.OfType<Documents.Model.Paragraph>().Select(p => p.Content.OfType<Documents.Model.TextRun>().FirstOrDefault()?.Text).ToList();

        Assert.All(package.Clauses, c => Assert.Null(c.Translation));
        Assert.DoesNotContain(MemoWords.English.Translation + ": ", labels);
        Assert.DoesNotContain(MemoWords.English.Language + ": ", labels);
    }

    private static TenderInput Read(string file) =>
        TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;

    // One custom clause declared in English and one undeclared: in a package in another language
    // the memo names both.
    private static List<CustomClause> CustomClauses(string? declared) =>
    [
        new() { Id = "own-one", Title = "Quarterly site walk", Text = "The operator walks every site once a quarter with the authority.", Kind = "contractPerformance", Language = declared ?? DocumentLanguages.English },
        new() { Id = "own-two", Title = "Local helpdesk", Text = "The operator keeps a helpdesk in the city.", Kind = "contractPerformance" },
    ];

    private static (TenderInput Input, TenderPackage Package) Pseudo(string file, bool withCustomClauses = false)
    {
        var input = Read(file);
        input = input with { Tender = input.Tender with { Language = PseudoText.Language } };
        if (withCustomClauses)
        {
            input = input with { CustomClauses = CustomClauses(null) };
        }

        return (input, RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29)));
    }

    // The officer's own text: every string of the input an officer typed (it has a space or a
    // capital letter, unlike the option values such as "on_street"), split into words.
    private static IEnumerable<string> OfficerWords(TenderInput input)
    {
        var json = JsonDocument.Parse(TenderInputJson.Serialize(input));
        // A list the officer typed may be split into items that start with a capital ("back-end" → "Back-end").
        return Strings(json.RootElement).Where(s => s.Contains(' ', StringComparison.Ordinal) || s.Any(char.IsUpper) || s.Any(char.IsDigit)).SelectMany(Words)
            .SelectMany(word => new[] { word, char.ToUpperInvariant(word[0]) + word[1..] });
    }

    // Identifiers the memo's traceability prints as they are: clause, knowledge-base and source ids
    // and the sections of the verified facts.
    private static IEnumerable<string> Identifiers(TenderPackage package) =>
        package.Clauses.SelectMany(c => new[] { c.Id, c.Kb }.Concat(c.Sources.SelectMany(s => new[] { s.SourceId, s.VerifiedIn ?? "" })))
            .Concat(package.Excluded.Select(e => e.Id))
            .Concat(package.Findings.SelectMany(f => f.Sources.Select(s => s.SourceId)))
            .SelectMany(Words);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    // A word with a letter the pseudo-language would have marked and did not: a word no
    // translation touched. (Words of letters without an accented look-alike, "b" or "MV", pass.)
    private static bool IsPlain(string word) => PseudoText.Mark(word) != word;

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("&[LCRPN&]")]
    private static partial Regex FooterCodes();

    [GeneratedRegex(@"[a-z0-9.-]+\.(docx|pdf|html|xlsx|json|zip|txt)\b")]
    private static partial Regex FileNamePattern();

    // The texts the open data has from TenderBuilder itself (the rest are the officer's or codes).
    private static string OcdsText(byte[] bytes)
    {
        var release = JsonDocument.Parse(bytes).RootElement.GetProperty("releases")[0];
        var tender = release.GetProperty("tender");
        var texts = new List<string> { tender.GetProperty("description").GetString()! };
        foreach (var item in tender.GetProperty("items").EnumerateArray())
        {
            texts.Add(item.GetProperty("description").GetString()!);
            if (item.TryGetProperty("unit", out var unit))
            {
                texts.Add(unit.GetProperty("name").GetString()!);
            }
        }

        texts.AddRange(tender.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()!));
        return string.Join("\n", texts);
    }

    private static string DocxText(byte[] bytes)
    {
        using var word = new WordFile(bytes);
        // Paragraph by paragraph: a table's cells are paragraphs of their own, not one run of text.
        var text = new StringBuilder(string.Join("\n", word.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(WordFile.VisibleText)));
        foreach (var header in word.Main.HeaderParts)
        {
            text.Append('\n').Append(WordFile.VisibleText(header.Header!));
        }

        foreach (var footer in word.Main.FooterParts)
        {
            text.Append('\n').Append(WordFile.VisibleText(footer.Footer!));
        }

        return text.ToString();
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().SelectMany(page => page.GetWords()).Select(w => w.Text));
    }

    private static string HtmlText(byte[] bytes)
    {
        using var document = s_html.ParseDocument(Encoding.UTF8.GetString(bytes));
        // Text node by text node: adjacent cells and blocks are not one word.
        return string.Join("\n", document.Body!.GetDescendants().OfType<IText>().Select(t => t.Data)) + "\n" + document.Title;
    }

    private static string XlsxText(byte[] bytes)
    {
        using var matrix = new MatrixFile(bytes);
        var texts = new List<string>(matrix.AllStrings);
        texts.AddRange(matrix.Workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
        foreach (var validation in matrix.Sheets.SelectMany(s => s.Descendants<DataValidation>()))
        {
            texts.AddRange([validation.Prompt?.Value ?? "", validation.Error?.Value ?? "", validation.PromptTitle?.Value ?? "", validation.ErrorTitle?.Value ?? "", validation.Formula1?.Text ?? ""]);
        }

        texts.AddRange(matrix.Sheets.SelectMany(s => s.Descendants<OddFooter>()).Select(f => FooterCodes().Replace(f.Text ?? "", " ")));
        return string.Join("\n", texts);
    }
}
