namespace TenderBuilder.Core.Catalogues;

/// <summary>A topic: one clauses file, one heading in the specifications.</summary>
public sealed record Topic(string Id, string Title, SourceLocation Location);
