using System.Globalization;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Words;

/// <summary>
/// The findings' words in one document language with the culture its numbers and dates take, so a
/// check fills a message of <see cref="FindingWords"/> without repeating the language at every call.
/// </summary>
/// <param name="Language">The document language.</param>
public sealed record Say(string? Language)
{
    /// <summary>The messages in the language.</summary>
    public FindingWords Words { get; } = FindingWords.For(Language);

    /// <summary>The culture numbers and dates take (English keeps the invariant one).</summary>
    public CultureInfo Culture { get; } = DocumentLanguages.CultureOf(Language);

    /// <summary>A message filled in.</summary>
    public string Message(string message, params object?[] arguments) => string.Format(Culture, message, arguments);

    /// <summary>A number in a .NET format, in the language's culture.</summary>
    public string Number(decimal value, string format) => value.ToString(format, Culture);

    /// <summary>A date as the language writes it (English: YYYY-MM-DD, as the input file writes it).</summary>
    public string Date(DateOnly date) => ValueText.Date(date, Language);
}
