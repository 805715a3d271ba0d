using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Composition;

/// <summary>The acceptance-test annex: every requirement with how it is verified at delivery.</summary>
internal static class AcceptanceTestDocument
{
    public const string Title = "Acceptance-test annex";

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "acceptance-test-annex";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        // Under a permit the proof comes with an application rather than a tender.
        string Framed(string text) => FramedText.Render(text, package.Framing.Regime, package.Language);
        var blocks = new BlockBuilder().Contents();
        blocks.Heading(1, "How compliance is proven and delivery accepted");
        blocks.Paragraph(Framed(
            "Every requirement of the technical specifications (TS) and the contract performance annex (CP) is verified in one of two ways. " +
            "What a {tender} must prove is submitted with the {tender}: a {tender} without it does not meet the requirement and is rejected. " +
            "What is checked after award is tested at each site, or at a sample agreed with the authority, or reviewed from the documents handed over, " +
            "before the authority accepts the charging points and during the contract."));

        var requirements = package.For(Deliverable.Specification).Concat(package.For(Deliverable.Contract)).ToList();
        // A requirement proven partly with the tender and partly after award is listed in both parts.
        WritePart(blocks, numbers, Framed("Proven with the {tender}"), requirements.Where(c => c.Verification.Due != EvidenceDue.AfterAward));
        WritePart(blocks, numbers, "Checked after award", requirements.Where(c => c.Verification.Due != EvidenceDue.WithTender));

        if (requirements.Count == 0)
        {
            blocks.Paragraph("This procedure sets no requirements to verify at delivery.");
        }

        return new Document(TenderDocuments.Metadata(package, Title, FileName, Audience.Bidders), blocks.Build());
    }

    private static void WritePart(BlockBuilder blocks, ClauseNumbers numbers, string title, IEnumerable<IncludedClause> requirements)
    {
        var groups = requirements.GroupBy(c => c.Verification.Method).OrderBy(g => g.Key).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        blocks.Heading(1, title);
        foreach (var group in groups)
        {
            blocks.Heading(2, Vocabulary.English.Label(group.Key));
            blocks.Table(
                $"Requirements verified by {Vocabulary.English.Label(group.Key).ToLowerInvariant()}",
                [new Column(1), new Column(3), new Column(6)],
                ["No.", "Requirement", "What is verified"],
                group.Select(c => new[] { numbers[c.Id], c.Title, c.AppliesTo is { } scope ? $"{scope} {c.Verification.Text}" : c.Verification.Text }));
        }
    }
}
