using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Composition;

/// <summary>Technical specifications and requirements, by topic; every clause numbered with how it is verified.</summary>
internal static class SpecificationDocument
{
    public const string Title = "Technical specifications and requirements";

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "technical-specifications";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        var blocks = new BlockBuilder().Contents();
        ScopeSection.Write(blocks, TenderScope.Of(package), ScopeWords.English);
        blocks.Heading(1, "Introduction");
        // One rejection rule, worded for an application where the model grants permits.
        blocks.Paragraph(FramedText.Render(
            "This document sets out the technical specifications and minimum requirements that every {tender} must meet. " +
            "Each requirement has a number (TS followed by the section and the requirement) and says how compliance is verified. " +
            "A {tender} that does not meet a requirement is rejected. " +
            "What a requirement asks to be proven with the {tender} (a declaration, datasheets, certificates or test reports) is submitted with the {tender}; " +
            "what is checked at factory or site acceptance is tested after award, under the contract.",
            package.Framing.Regime, package.Language));
        ClauseSections.Write(blocks, package.For(Deliverable.Specification), numbers, "verified");
        SitesAnnex.Write(blocks, package, ScopeWords.English);
        return new Document(TenderDocuments.Metadata(package, Title, FileName, Audience.Bidders), blocks.Build());
    }
}

/// <summary>Writes clauses grouped by topic: a heading per topic, then each clause with its number, text and verification.</summary>
internal static class ClauseSections
{
    public static void Write(BlockBuilder blocks, IEnumerable<IncludedClause> clauses, ClauseNumbers numbers, string verificationVerb)
    {
        var any = false;
        foreach (var (_, topic, members) in ClauseNumbers.Topics(clauses))
        {
            any = true;
            blocks.Heading(1, topic);
            foreach (var clause in members)
            {
                WriteClause(blocks, clause, numbers, verificationVerb);
            }
        }

        if (!any)
        {
            blocks.Paragraph("This procedure sets no requirements of this kind.");
        }
    }

    public static void WriteClause(BlockBuilder blocks, IncludedClause clause, ClauseNumbers numbers, string verificationVerb)
    {
        var number = numbers[clause.Id];
        blocks.Heading(2, $"{number} {clause.Title}", number);
        blocks.AppliesTo(clause);
        blocks.Paragraph(clause.Text);
        blocks.Labelled($"How this is {verificationVerb}", $"{Vocabulary.English.Label(clause.Verification.Method)}. {clause.Verification.Text}", ParagraphStyle.Small);
    }
}
