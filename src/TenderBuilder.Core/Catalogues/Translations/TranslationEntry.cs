namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>
/// One translated text: the English it was translated from (so a changed English text is found
/// stale) and its translation, as words (one for a text, several for a list of words).
/// </summary>
internal sealed record TranslationEntry(string Key, IReadOnlyList<string> English, IReadOnlyList<string> Translated, SourceLocation Location);
