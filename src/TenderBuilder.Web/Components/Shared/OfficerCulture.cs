using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// The culture the officer writes numbers in: the browser's language, until the interface has a
/// saved preference. Routes cascades it to every page; number fields read and echo numbers in it.
/// Only cultures whose number conventions TenderBuilder is tested with are chosen; anything else
/// falls back to British English, whose conventions every officer can read.
/// </summary>
public sealed record OfficerCulture
{
    /// <summary>Used when the browser names no supported language.</summary>
    public const string DefaultName = "en-GB";

    // Language → the culture chosen when the browser names the language without a supported region.
    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en-GB",
        ["nl"] = "nl-NL",
        ["de"] = "de-DE",
        ["sv"] = "sv-SE",
    };

    /// <summary>The default: en-GB.</summary>
    public static OfficerCulture Default { get; } = new(DefaultName);

    private OfficerCulture(string name)
    {
        Name = name;
        Culture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>The culture's name, e.g. <c>nl-NL</c> (what travels to the interactive circuit).</summary>
    public string Name { get; }

    /// <summary>The culture itself.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The culture of a name given by <see cref="FromAcceptLanguage"/>; the default for anything else.</summary>
    public static OfficerCulture Named(string? name) => Pick(name) is { } picked ? new OfficerCulture(picked) : Default;

    /// <summary>
    /// The best supported culture of an Accept-Language header, by the browser's preference:
    /// nl-NL, de-DE, sv-SE, or any English (en-GB for plain "en"); en-GB when none is supported.
    /// </summary>
    public static string FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var tags))
        {
            return DefaultName;
        }

        return tags.OrderByDescending(t => t.Quality ?? 1)
            .Select(t => Pick(t.Value.Value))
            .FirstOrDefault(name => name is not null) ?? DefaultName;
    }

    private static string? Pick(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag) || tag.Length > 35)
        {
            return null;
        }

        var language = tag.Split('-')[0];
        if (!Languages.TryGetValue(language, out var fallback))
        {
            return null;
        }

        // Any English keeps its own region (en-IE, en-US); the other languages use the country they are tested in.
        if (language.Equals("en", StringComparison.OrdinalIgnoreCase) && tag.Contains('-', StringComparison.Ordinal))
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(tag);
                return culture.Name.StartsWith("en-", StringComparison.Ordinal) && !culture.NumberFormat.NumberDecimalSeparator.Equals(",", StringComparison.Ordinal)
                    ? culture.Name
                    : fallback;
            }
            catch (CultureNotFoundException)
            {
                return fallback;
            }
        }

        return fallback;
    }
}
