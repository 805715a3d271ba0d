using TenderBuilder.Core.Words;

namespace TenderBuilder.Documents.Words;

/// <summary>
/// The words of the package's own files: the ZIP's README, the titles of the files the manifest lists, and the texts TenderBuilder writes into the OCDS release. One file per language in Core's Words/Tables/&lt;language&gt;/package.yaml (ADR 0017); the
/// properties are its keys, so a missing or extra key or a dropped placeholder fails the load.
/// </summary>
[WordSection(Section)]
public sealed record PackageWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "package";

    /// <summary>The English table.</summary>
    public static PackageWords English => For(Core.Input.DocumentLanguages.English);

    /// <summary>The table in a document language (or the pseudo-language); anything else reads as English.</summary>
    public static PackageWords For(string? language) => WordTables.Load<PackageWords>(Section, language);

    /// <summary>Tender package.</summary>
    public string TenderPackage { get; init; } = "";

    /// <summary>Authority.</summary>
    public string Authority { get; init; } = "";

    /// <summary>Reference.</summary>
    public string Reference { get; init; } = "";

    /// <summary>{0} the date the package was built for, {1} the catalogue version.</summary>
    public string Built { get; init; } = "";

    /// <summary>For bidders.</summary>
    public string ForBidders { get; init; } = "";

    /// <summary>Open data.</summary>
    public string OpenData { get; init; } = "";

    /// <summary>For authority.</summary>
    public string ForAuthority { get; init; } = "";

    /// <summary>Verify before publication.</summary>
    public string VerifyBeforePublication { get; init; } = "";

    /// <summary>The titles of the files besides the documents.</summary>
    public string MatrixFile { get; init; } = "";

    /// <summary>Ocds file.</summary>
    public string OcdsFile { get; init; } = "";

    /// <summary>Manifest file.</summary>
    public string ManifestFile { get; init; } = "";

    /// <summary>Zip file.</summary>
    public string ZipFile { get; init; } = "";

    /// <summary>The EU notice file's description.</summary>
    public string NoticeFile { get; init; } = "";

    /// <summary>The OCDS release.</summary>
    public string OcdsAuthority { get; init; } = "";

    /// <summary>Ocds public tender.</summary>
    public string OcdsPublicTender { get; init; } = "";

    /// <summary>Ocds permit call.</summary>
    public string OcdsPermitCall { get; init; } = "";

    /// <summary>Follows the words above: {0} points, {1} technical requirements, {2} contract performance conditions.</summary>
    public string OcdsDescription { get; init; } = "";

    /// <summary>Ocds unit.</summary>
    public string OcdsUnit { get; init; } = "";

    /// <summary>{0} the power class; {1} the lot's id.</summary>
    public string OcdsItemNoLot { get; init; } = "";

    /// <summary>Ocds item lot.</summary>
    public string OcdsItemLot { get; init; } = "";

    /// <summary>Ocds item.</summary>
    public string OcdsItem { get; init; } = "";

    /// <summary>Ocds item all.</summary>
    public string OcdsItemAll { get; init; } = "";
}
