using System.Collections.Immutable;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Composition;

/// <summary>The five documents of a tender package, composed from a <see cref="TenderPackage"/>.</summary>
public static class TenderDocuments
{
    /// <summary>The documents of every package, in order: file name (without extension) and title.</summary>
    public static ImmutableArray<(string FileName, string Title, Audience Audience)> Names { get; } =
    [
        (SpecificationDocument.FileName, SpecificationDocument.Title, Audience.Bidders),
        (CriteriaDocument.FileName, CriteriaDocument.Title, Audience.Bidders),
        (ContractAnnexDocument.FileName, ContractAnnexDocument.Title, Audience.Bidders),
        (AcceptanceTestDocument.FileName, AcceptanceTestDocument.Title, Audience.Bidders),
        (ExplanatoryMemoDocument.FileName, ExplanatoryMemoDocument.Title, Audience.Authority),
    ];

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
    internal static DocumentMetadata Metadata(TenderPackage package, string title, string fileName, Audience audience) => new()
    {
        Title = title,
        TenderTitle = string.IsNullOrWhiteSpace(package.Tender.Title) ? "Untitled procedure" : package.Tender.Title,
        Reference = package.Tender.Reference,
        Authority = package.Tender.Authority.Name,
        Date = package.ReferenceDate,
        CatalogVersion = package.CatalogVersion,
        Audience = audience,
        FileName = fileName,
        // A permit is granted, not procured: its file properties say so as its text does.
        Subject = package.Framing.Regime == LegalRegime.Permit
            ? "Permits for electric-vehicle charging infrastructure"
            : "Public tender for electric-vehicle charging infrastructure",
        Keywords = ["EV charging", package.Framing.Regime == LegalRegime.Permit ? "permit" : "public procurement", "AFIR", "smart charging"],
    };
}
