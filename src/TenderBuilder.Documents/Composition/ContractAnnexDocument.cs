using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Composition;

/// <summary>The contract performance annex: service levels, KPIs, penalties, reporting and the end of the contract.</summary>
internal static class ContractAnnexDocument
{
    public const string Title = "Contract performance annex";

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "contract-performance-annex";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        var blocks = new BlockBuilder().Contents();
        ScopeSection.Write(blocks, TenderScope.Of(package), ScopeWords.English);
        blocks.Heading(1, "Introduction");
        blocks.Paragraph(
            "This annex sets out the conditions for performing the contract: service levels and their measurement, penalties, " +
            "reporting to the authority and what happens at the end of the contract. Each condition has a number (CP followed by " +
            "the section and the condition) and says how compliance is checked during the contract.");
        // The annex is not a whole contract; a lawyer reading it asked where termination and
        // liability were. They are the authority's own, so the annex says where they come from.
        blocks.Paragraph(
            "This annex completes the authority's own contract conditions, published with these documents, which govern among other things " +
            "termination, liability and insurance, subcontracting and change of control, data protection, governing law and disputes. " +
            "Where this annex and those conditions differ on a matter this annex covers, this annex prevails.");
        ClauseSections.Write(blocks, package.For(Deliverable.Contract), numbers, "checked");
        return new Document(TenderDocuments.Metadata(package, Title, FileName, Audience.Bidders), blocks.Build());
    }
}
