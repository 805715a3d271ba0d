using System.Collections.Immutable;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>The five documents of a tender package, composed from a <see cref="TenderPackage"/>.</summary>
public static class TenderDocuments
{
    /// <summary>The documents of every package, in order: file name (without extension) and English title.</summary>
    public static ImmutableArray<(string FileName, string Title, Audience Audience)> Names => NamesIn(Core.Input.DocumentLanguages.English);

    /// <summary>The documents of every package, in order: file name (without extension) and title in a document language.</summary>
    public static ImmutableArray<(string FileName, string Title, Audience Audience)> NamesIn(string? language)
    {
        var words = DocumentWords.For(language);
        return
        [
            (SpecificationDocument.FileName, words.SpecificationTitle, Audience.Bidders),
            (CriteriaDocument.FileName, words.CriteriaTitle, Audience.Bidders),
            (ContractAnnexDocument.FileName, words.ContractAnnexTitle, Audience.Bidders),
            (AcceptanceTestDocument.FileName, words.AcceptanceTestTitle, Audience.Bidders),
            (ExplanatoryMemoDocument.FileName, words.MemoTitle, Audience.Authority),
        ];
    }

    /// <summary>
    /// Technical specifications, selection and award criteria, the contract performance annex and
    /// the acceptance-test annex (for bidders), and the explanatory memo (for the authority).
    /// </summary>
    public static ImmutableArray<Document> Compose(TenderPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var numbers = ClauseNumbers.For(package);
        return
        [
            SpecificationDocument.Compose(package, numbers),
            CriteriaDocument.Compose(package, numbers),
            ContractAnnexDocument.Compose(package, numbers),
            AcceptanceTestDocument.Compose(package, numbers),
            ExplanatoryMemoDocument.Compose(package, numbers),
        ];
    }

    /// <summary>The metadata every document of the package shares.</summary>
    internal static DocumentMetadata Metadata(TenderPackage package, string title, string fileName, Audience audience)
    {
        var words = DocumentWords.For(package.Language);
        return new()
        {
            Title = title,
            TenderTitle = string.IsNullOrWhiteSpace(package.Tender.Title) ? words.UntitledProcedure : package.Tender.Title,
            Language = package.Language,
            Reference = package.Tender.Reference,
            Authority = package.Tender.Authority.Name,
            Date = package.ReferenceDate,
            CatalogVersion = package.CatalogVersion,
            Audience = audience,
            FileName = fileName,
            // A permit is granted, not procured: its file properties say so as its text does.
            Subject = package.Framing.Regime == LegalRegime.Permit ? words.PermitSubject : words.TenderSubject,
            Keywords = [words.KeywordCharging, package.Framing.Regime == LegalRegime.Permit ? words.KeywordPermit : words.KeywordProcurement, "AFIR", words.KeywordSmartCharging],
        };
    }
}
