namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Direct formatting a run carries on top of its paragraph style: what the model says (bold,
/// italic), a character style (Hyperlink) and, for small text inside a note, a size.
/// </summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, string? StyleId = null, int? SizeHalfPoints = null);
