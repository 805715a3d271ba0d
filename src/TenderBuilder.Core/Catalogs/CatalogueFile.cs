namespace TenderBuilder.Core.Catalogs;

/// <summary>One catalogue file: its path under Catalog/ and its text.</summary>
public sealed record CatalogueFile(string Path, string Text);
