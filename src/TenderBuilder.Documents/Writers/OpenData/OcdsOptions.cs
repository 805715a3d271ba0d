namespace TenderBuilder.Documents.Writers.OpenData;

/// <summary>How the authority publishes its open data.</summary>
/// <param name="OcidPrefix">
/// The authority's registered OCDS prefix (e.g. <c>ocds-213czf</c>). The default marks the data as
/// not yet registered, so it is never mistaken for a published identifier.
/// </param>
/// <param name="PublicationBase">Where the package's files will be published, so documents get URLs; null leaves them out.</param>
public sealed record OcdsOptions(string OcidPrefix = OcdsOptions.UnregisteredPrefix, Uri? PublicationBase = null)
{
    /// <summary>The prefix used until the authority registers its own.</summary>
    public const string UnregisteredPrefix = "ocds-unregistered";
}
