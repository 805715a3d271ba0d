namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>An eForms notice to validate, with a name by which its result is returned.</summary>
/// <param name="Name">Any name unique in its batch (a file name, a draft's id); it is never used as a path.</param>
/// <param name="Xml">The notice's XML text.</param>
public sealed record NamedNotice(string Name, string Xml);
