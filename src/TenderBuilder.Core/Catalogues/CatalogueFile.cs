namespace TenderBuilder.Core.Catalogues;

/// <summary>One catalogue file: its path under Catalogues/Content/ and its text.</summary>
public sealed record CatalogueFile(string Path, string Text);
