namespace TenderBuilder.Core.Manifest;

/// <summary>A file of the tender package, as listed in the manifest.</summary>
/// <param name="Path">Relative to the manifest, with forward slashes.</param>
/// <param name="MediaType">IANA media type.</param>
/// <param name="Title">What the file is, for people.</param>
/// <param name="Audience"><c>bidders</c>, <c>authority</c> (internal) or <c>public</c> (open data).</param>
public sealed record PackageFile(string Path, string MediaType, string Title, string Audience);
