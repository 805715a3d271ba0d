using TenderBuilder.Core.Catalogues;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.Pdf;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>The real documents of every example, written as PDF and read back.</summary>
public sealed class ExamplePdfTests
{
    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_document_of_every_example_reads_back_with_every_heading_and_clause_in_order(string file)
    {
        var package = Examples.Package(file);

        foreach (var document in TenderDocuments.Compose(package))
        {
            using var pdf = new PdfFile(PdfWriter.Write(document));

            PdfChecks.ReadsBack(document, pdf);
            if (document.Metadata.FileName == "technical-specifications")
            {
                var body = pdf.BodyText();
                foreach (var clause in package.For(Deliverable.Specification))
                {
                    body.ShouldContain(PdfFile.Squeeze(clause.Text), Case.Sensitive, clause.Id);
                }
            }
        }
    }
}
