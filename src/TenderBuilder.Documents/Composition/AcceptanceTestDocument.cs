using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>The acceptance-test annex: every requirement with how it is verified at delivery.</summary>
internal static class AcceptanceTestDocument
{
    /// <summary>The English title.</summary>
    public static string Title => DocumentWords.English.AcceptanceTestTitle;

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "acceptance-test-annex";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        // Under a permit the proof comes with an application rather than a tender.
        string Framed(string text) => FramedText.Render(text, package.Framing.Regime, package.Language);
        var words = DocumentWords.For(package.Language);
        var blocks = new BlockBuilder().Contents(words.Contents);
        blocks.Heading(1, words.AcceptanceHeading);
        blocks.Paragraph(Framed(words.AcceptanceIntro));

        var requirements = package.For(Deliverable.Specification).Concat(package.For(Deliverable.Contract)).ToList();
        // A requirement proven partly with the tender and partly after award is listed in both parts.
        WritePart(blocks, numbers, Framed(words.ProvenWithTender), requirements.Where(c => c.Verification.Due != EvidenceDue.AfterAward), package.Language);
        WritePart(blocks, numbers, words.CheckedAfterAward, requirements.Where(c => c.Verification.Due != EvidenceDue.WithTender), package.Language);

        if (requirements.Count == 0)
        {
            blocks.Paragraph(words.NoRequirementsToVerify);
        }

        return new Document(TenderDocuments.Metadata(package, words.AcceptanceTestTitle, FileName, Audience.Bidders), blocks.Build());
    }

    private static void WritePart(BlockBuilder blocks, ClauseNumbers numbers, string title, IEnumerable<IncludedClause> requirements, string? language)
    {
        var words = DocumentWords.For(language);
        var terms = DocumentTerms.Of(language);
        var groups = requirements.GroupBy(c => c.Verification.Method).OrderBy(g => g.Key).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        blocks.Heading(1, title);
        foreach (var group in groups)
        {
            blocks.Heading(2, terms.Label(group.Key));
            blocks.Table(
                DocumentTerms.Format(language, words.VerifiedByCaption, Core.Input.DocumentLanguages.InRunningText(terms.Label(group.Key), language)),
                [new Column(1), new Column(3), new Column(6)],
                [.. words.AcceptanceColumns],
                group.Select(c => new[] { numbers[c.Id], c.Title, c.AppliesTo is { } scope ? $"{scope} {c.Verification.Text}" : c.Verification.Text }));
        }
    }
}
