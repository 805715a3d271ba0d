using TenderBuilder.Core.Catalogues;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Tests.Writers.Docx;
using TenderBuilder.Documents.Tests.Writers.Pdf;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Pdf;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>
/// The memo ends, before its traceability appendix, with a glossary of the terms of art its clauses
/// use: each explained in plain words, with its source and status, in Word and in PDF alike.
/// </summary>
public sealed class MemoGlossaryTests
{
    private const string File = "utrecht-like-concession.yaml";

    [Fact]
    public void The_memo_explains_each_term_its_clauses_use_and_no_other_alphabetically_before_the_traceability_appendix()
    {
        var package = Examples.Package(File);
        var memo = Memo(package);

        var headings = memo.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text).ToList();
        headings[^2..].ShouldBe(["Glossary", "Traceability appendix"]);
        var table = GlossaryTable(memo);
        var terms = table.Rows.Select(r => r[0].PlainText()).ToList();
        var clauseTexts = package.Clauses.SelectMany(c => new[] { c.Title, c.Text, c.Explanation }).ToList();

        terms.ShouldContain(t => t.StartsWith("OCPP (Open Charge Point Protocol)", StringComparison.Ordinal));
        terms.ShouldNotContain(t => t.StartsWith("MRA-e", StringComparison.Ordinal), "the Utrecht clauses do not name the MRA-e concession");
        terms.ShouldBe(terms.Order(StringComparer.OrdinalIgnoreCase));
        foreach (var row in table.Rows)
        {
            var term = package.Glossary.Terms.Single(t => row[0].PlainText().StartsWith(t.Term, StringComparison.Ordinal) && row[1].PlainText() == t.Definition);
            clauseTexts.ShouldContain(text => package.Glossary.FirstOccurrences(text).Any(m => m.Term == term), $"{term.Term} is listed but no clause uses it");
        }

        var smart = table.Rows.Single(r => r[0].PlainText().StartsWith("smart charging", StringComparison.Ordinal));
        smart[2].PlainText().ShouldBe("AFIR Art. 2(65) — verified");
    }

    [Fact]
    public void A_package_whose_clauses_use_no_term_has_no_glossary_annex()
    {
        var package = Examples.Package(File) with { Glossary = Glossary.Empty };

        Memo(package).Blocks.OfType<Heading>().ShouldNotContain(h => h.Text == "Glossary");
    }

    [Fact]
    public void The_glossary_annex_reads_back_from_the_Word_and_the_PDF_memo()
    {
        var package = Examples.Package(File);
        var memo = Memo(package);
        var definition = GlossaryTable(memo).Rows.Select(r => r[1].PlainText()).First(d => d.Length > 60);

        using var word = new WordFile(DocxWriter.Write(memo));
        var wordText = WordFile.VisibleText(word.Body);
        wordText.ShouldContain("Terms used in this tender");
        wordText.ShouldContain(definition);

        using var pdf = new PdfFile(PdfWriter.Write(memo));
        pdf.BodyText().ShouldContain(PdfFile.Squeeze(definition));
    }

    private static Document Memo(Core.Rules.TenderPackage package) =>
        TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == ExplanatoryMemoDocument.FileName);

    private static Table GlossaryTable(Document memo) => memo.Blocks.OfType<Table>().Single(t => t.Caption == "Terms used in this tender");
}
