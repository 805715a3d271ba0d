using TenderBuilder.Core.Catalogues;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.Docx;

namespace TenderBuilder.Documents.Tests.Writers.Docx;

/// <summary>The real documents of every example, written as Word files and read back.</summary>
public sealed class ExampleDocxTests
{
    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_document_of_every_example_is_a_valid_Word_file_holding_each_of_its_clauses(string file)
    {
        var package = Examples.Package(file);

        foreach (var document in TenderDocuments.Compose(package))
        {
            using var word = new WordFile(DocxWriter.Write(document));

            word.ValidationErrors().ShouldBeEmpty(document.Metadata.FileName);
            var text = WordFile.VisibleText(word.Body);
            foreach (var heading in document.Headings)
            {
                text.ShouldContain(heading.Text, Case.Sensitive, $"{document.Metadata.FileName}: {heading.Text}");
            }

            if (document.Metadata.FileName == "technical-specifications")
            {
                foreach (var clause in package.For(Deliverable.Specification))
                {
                    text.ShouldContain(clause.Text, Case.Sensitive, clause.Id);
                }
            }
        }
    }
}
