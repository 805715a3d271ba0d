using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>The contract performance annex: service levels, KPIs, penalties, reporting and the end of the contract.</summary>
internal static class ContractAnnexDocument
{
    /// <summary>The English title.</summary>
    public static string Title => DocumentWords.English.ContractAnnexTitle;

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "contract-performance-annex";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        var words = DocumentWords.For(package.Language);
        var blocks = new BlockBuilder().Contents(words.Contents);
        ScopeSection.Write(blocks, TenderScope.Of(package), ScopeWords.For(package.Language), package.Language);
        blocks.Heading(1, words.Introduction);
        blocks.Paragraph(words.ContractAnnexIntro);
        // The annex is not a whole contract; a lawyer reading it asked where termination and
        // liability were. They are the authority's own, so the annex says where they come from.
        blocks.Paragraph(words.ContractAnnexConditions);
        ClauseSections.Write(blocks, package.For(Deliverable.Contract), numbers, words.HowChecked, package.Language);
        return new Document(TenderDocuments.Metadata(package, words.ContractAnnexTitle, FileName, Audience.Bidders), blocks.Build());
    }
}
