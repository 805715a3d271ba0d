using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>Technical specifications and requirements, by topic; every clause numbered with how it is verified.</summary>
internal static class SpecificationDocument
{
    /// <summary>The English title.</summary>
    public static string Title => DocumentWords.English.SpecificationTitle;

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "technical-specifications";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        var words = DocumentWords.For(package.Language);
        var scope = ScopeWords.For(package.Language);
        var blocks = new BlockBuilder().Contents(words.Contents);
        ScopeSection.Write(blocks, TenderScope.Of(package), scope, package.Language);
        blocks.Heading(1, words.Introduction);
        // One rejection rule, worded for an application where the model grants permits.
        blocks.Paragraph(FramedText.Render(words.SpecificationIntro, package.Framing.Regime, package.Language));
        ClauseSections.Write(blocks, package.For(Deliverable.Specification), numbers, words.HowVerified, package.Language);
        SitesAnnex.Write(blocks, package, scope);
        return new Document(TenderDocuments.Metadata(package, words.SpecificationTitle, FileName, Audience.Bidders), blocks.Build());
    }
}

/// <summary>Writes clauses grouped by topic: a heading per topic, then each clause with its number, text and verification.</summary>
internal static class ClauseSections
{
    /// <summary>Writes the clauses by topic; <paramref name="verificationLabel"/> heads each one's verification ("How this is verified").</summary>
    public static void Write(BlockBuilder blocks, IEnumerable<IncludedClause> clauses, ClauseNumbers numbers, string verificationLabel, string? language)
    {
        var any = false;
        foreach (var (_, topic, members) in ClauseNumbers.Topics(clauses))
        {
            any = true;
            blocks.Heading(1, topic);
            foreach (var clause in members)
            {
                WriteClause(blocks, clause, numbers, verificationLabel, language);
            }
        }

        if (!any)
        {
            blocks.Paragraph(DocumentWords.For(language).NoRequirements);
        }
    }

    public static void WriteClause(BlockBuilder blocks, IncludedClause clause, ClauseNumbers numbers, string verificationLabel, string? language)
    {
        var number = numbers[clause.Id];
        blocks.Heading(2, $"{number} {clause.Title}", number);
        blocks.AppliesTo(clause);
        blocks.Paragraph(clause.Text);
        blocks.Labelled(verificationLabel, $"{DocumentTerms.Of(language).Label(clause.Verification.Method)}. {clause.Verification.Text}", ParagraphStyle.Small);
    }
}
