using TenderBuilder.Core.Catalogues;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>The verification annex keeps what a tender proves apart from what is checked after award.</summary>
public sealed class AcceptanceTestDocumentTests
{
    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Declarations_certificates_and_test_reports_are_proven_with_the_tender_and_site_tests_after_award(string file)
    {
        var package = Examples.Package(file);
        var annex = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "acceptance-test-annex");

        var part = "";
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in annex.Blocks)
        {
            if (block is Heading { Level: 1 } heading)
            {
                part = heading.Text;
            }
            else if (block is Table table)
            {
                foreach (var row in table.Rows)
                {
                    placed[row[0].PlainText()] = part;
                }
            }
        }

        var numbers = ClauseNumbers.For(package);
        foreach (var clause in package.Clauses.Where(c => c.Deliverable is Deliverable.Specification or Deliverable.Contract))
        {
            var expected = clause.Verification.Method is VerificationMethod.Declaration or VerificationMethod.Certificate or VerificationMethod.TestReport
                ? "Proven with the tender"
                : "Checked after award";
            placed[numbers[clause.Id]].ShouldBe(expected, clause.Id);
        }

        annex.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text).ShouldBe(
            ["How compliance is proven and delivery accepted", "Proven with the tender", "Checked after award"], file);
    }
}
