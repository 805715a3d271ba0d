using System.Text.RegularExpressions;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>
/// The memo gives reasons an officer can defend; what traces the tool (knowledge-base ids, the
/// rule's tests and whether they were "met", sections of TenderBuilder's fact sheet) is kept in an
/// appendix at its end.
/// </summary>
public sealed partial class MemoTraceabilityTests
{
    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_body_of_the_memo_has_no_knowledge_base_id_no_met_and_no_fact_sheet_section(string file)
    {
        var package = Examples.Package(file);
        var memo = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "explanatory-memo");
        var headings = memo.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text).ToList();
        headings[^1].ShouldBe("Traceability appendix");

        var appendixAt = memo.Blocks.ToList().FindIndex(b => b is Heading { Level: 1, Text: "Traceability appendix" });
        var body = TenderDocumentsTests.AllText(memo with { Blocks = [.. memo.Blocks.Take(appendixAt)] });
        var appendix = TenderDocumentsTests.AllText(memo with { Blocks = [.. memo.Blocks.Skip(appendixAt)] });

        foreach (var kb in package.Clauses.Select(c => c.Kb).Where(kb => kb.Length > 0).Distinct())
        {
            Regex.IsMatch(body, $@"(?<![\w-]){Regex.Escape(kb)}(?![\w-])").ShouldBeFalse($"{file}: the knowledge-base id {kb} is in the memo's body");
            appendix.ShouldContain(kb);
        }

        body.ShouldNotContain("§");
        body.ShouldNotContain("Met", Case.Sensitive);
        appendix.ShouldContain("Met");
    }
}
