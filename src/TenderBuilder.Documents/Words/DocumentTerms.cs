using System.Globalization;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Documents.Words;

/// <summary>What the documents take from a package's document language besides their own sections.</summary>
internal static class DocumentTerms
{
    /// <summary>
    /// The words for values (strengths, kinds, verification methods, statuses, power classes) in a
    /// document language: the one place the documents ask for them.
    /// </summary>
    public static Vocabulary Of(string? language) => Vocabulary.For(language);

    /// <summary>The culture a document language formats numbers, money and dates in (invariant for English).</summary>
    public static CultureInfo Culture(string? language) => DocumentLanguages.CultureOf(language);

    /// <summary>A composite format string filled in a document language's culture.</summary>
    public static string Format(string? language, string format, params object?[] args) =>
        string.Format(Culture(language), format, args);
}
