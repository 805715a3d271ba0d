using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using UglyToad.PdfPig;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>What the Utrecht-like journeys (by mouse and by keyboard) expect of the package they download.</summary>
internal static partial class UtrechtJourney
{
    /// <summary>The justification the officer gives for removing a clause.</summary>
    public const string Justification = "The city's own accessibility plan already covers this for every site (decision 2026/17).";

    // A recommended clause of the example whose removal leaves the tender free of errors (removing
    // some, such as the ISO 15118-20 duty, is itself an error) and that no parameter value targets.
    public static IncludedClause RemovableClause(TenderInput example, Catalogue catalogue, DateOnly today, string justification) =>
        RulesEngine.Evaluate(example, catalogue, today).Clauses
            .Where(c => c.Strength == Strength.Recommended && !c.IsCustom && example.ParameterOverrides.All(o => o.Clause != c.Id))
            .First(c => !RulesEngine.Evaluate(example.WithExclusion(c.Id, justification), catalogue, today).HasErrors);

    public static void ShouldHoldTheClausesOf(TenderPackage expected, ZipArchive zip, string justification)
    {
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var clauses = manifest.RootElement.GetProperty("clauses").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("text").GetString());
        clauses.Keys.Order().ShouldBe(expected.Clauses.Select(c => c.Id).Order());
        foreach (var clause in expected.Clauses)
        {
            clauses[clause.Id].ShouldBe(clause.Text, $"the text of {clause.Id}, parameters filled in");
        }

        using (var pdf = PdfDocument.Open(Read(zip, "technical-specifications.pdf")))
        {
            var text = Words(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
            foreach (var clause in expected.For(Deliverable.Specification))
            {
                text.ShouldContain(Words(clause.Title), Case.Sensitive, $"the specification PDF names “{clause.Title}”");
            }
        }

        using (var docx = WordprocessingDocument.Open(new MemoryStream(Read(zip, "contract-performance-annex.docx")), false))
        {
            var text = Words(docx.MainDocumentPart!.Document!.Body!.InnerText);
            foreach (var clause in expected.For(Deliverable.Contract))
            {
                text.ShouldContain(Words(clause.Title), Case.Sensitive, $"the contract annex names “{clause.Title}”");
            }
        }

        using (var memo = WordprocessingDocument.Open(new MemoryStream(Read(zip, "explanatory-memo.docx")), false))
        {
            Words(memo.MainDocumentPart!.Document!.Body!.InnerText).ShouldContain(Words(justification), Case.Sensitive, "the memo records why the clause was removed");
        }
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new FileNotFoundException($"{name} is not in the downloaded package.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // Line breaks, hyphenation points and repeated spaces differ between formats; words do not.
    private static string Words(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
