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
        var blocks = new BlockBuilder().Contents();
        blocks.Heading(1, "How delivery is accepted");
        blocks.Paragraph(
            "The authority accepts the charging points when every requirement below has been verified as stated. The numbers refer to " +
            "the technical specifications (TS) and the contract performance annex (CP). Requirements verified on site are tested at " +
            "each site or at a sample agreed with the authority; documents are handed over before the acceptance date.");

        var requirements = package.For(Deliverable.Specification).Concat(package.For(Deliverable.Contract)).ToList();
        foreach (var group in requirements.GroupBy(c => c.Verification.Method).OrderBy(g => g.Key))
        {
            blocks.Heading(1, Vocabulary.English.Label(group.Key));
            blocks.Table(
                $"Requirements verified by {Vocabulary.English.Label(group.Key).ToLowerInvariant()}",
                [new Column(1), new Column(3), new Column(6)],
                ["No.", "Requirement", "What is verified"],
                group.Select(c => new[] { numbers[c.Id], c.Title, c.Verification.Text }));
        }

        if (requirements.Count == 0)
        {
            blocks.Paragraph("This tender sets no requirements to verify at delivery.");
        }

        return new Document(TenderDocuments.Metadata(package, Title, FileName, Audience.Bidders), blocks.Build());
    }
}
