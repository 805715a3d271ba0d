using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Words;
using TenderBuilder.Web.Components.Shared;

namespace TenderBuilder.Web.Features.Catalogue;

/// <summary>What the officer has typed and chosen; empty strings mean "any".</summary>
internal sealed record CatalogueFilter(
    string Search = "",
    string Topic = "",
    string Kind = "",
    string Strength = "",
    string Source = "",
    string Status = "")
{
    public static CatalogueFilter None { get; } = new();

    public bool IsEmpty => this == None;
}

/// <summary>One clause as the browser shows it, with its condition already in words.</summary>
internal sealed record CatalogueEntry(Clause Clause, string TopicTitle, string Condition)
{
    /// <summary>The kind's chip.</summary>
    public Badge Kind { get; } = Badges.Kind(Clause.Kind);

    /// <summary>The strength's chip.</summary>
    public Badge Strength { get; } = Badges.Strength(Clause.Strength);

    /// <summary>The document it goes into, in words.</summary>
    public string Deliverable => TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(Clause.Deliverable);

    /// <summary>"Recommended (in by default; removable with a justification)".</summary>
    public string StrengthWithHelp => TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Of(Clause.Strength).LabelWithHelp;
}

/// <summary>A cited document as a reference line shows it: its title, and its short name when that differs.</summary>
/// <param name="Source">The document, or null when the catalogue does not know it.</param>
/// <param name="Document">Its title, or the cited id when unknown.</param>
/// <param name="ShortName">Its short name when it is not the title itself; null otherwise.</param>
internal sealed record CatalogueReference(Source? Source, string Document, string? ShortName);

/// <summary>One piece of clause text: plain text, or a <c>{placeholder}</c>.</summary>
internal readonly record struct TextPart(string Text, bool IsPlaceholder);

/// <summary>
/// Read-only queries over the shipped catalogue for the clause catalogue page: filtering its
/// immutable lists and putting a parameter's shape and origin in words, in the interface language
/// (Resources/Features/Catalogue/CatalogueBrowser.resx; the terms themselves come from the
/// <see cref="Vocabulary"/>). No rules are evaluated here.
/// </summary>
internal sealed partial class CatalogueBrowser
{
    public const string Verified = "verified";
    public const string ToVerify = "to-verify";

    private readonly IStringLocalizer<CatalogueBrowser> _words;

    /// <param name="catalogue">The catalogue in the language its clauses are read in.</param>
    /// <param name="words">The interface's words for a parameter's shape and origin.</param>
    public CatalogueBrowser(Core.Catalogues.Catalogue catalogue, IStringLocalizer<CatalogueBrowser> words)
    {
        Catalogue = catalogue;
        _words = words;
        var topics = catalogue.Topics.ToDictionary(topic => topic.Id, topic => topic.Title, StringComparer.Ordinal);
        Entries = [.. catalogue.Clauses.Select(clause => new CatalogueEntry(
            clause,
            topics.GetValueOrDefault(clause.Topic, clause.Topic),
            ConditionText.Describe(clause.When, catalogue.Questionnaire)))];
        // Only documents some clause cites are worth filtering by.
        var cited = catalogue.Clauses.SelectMany(clause => clause.Sources).Select(citation => citation.SourceId).ToHashSet(StringComparer.Ordinal);
        CitedSources = [.. catalogue.Sources.Where(source => cited.Contains(source.Id)).OrderBy(source => source.Short, StringComparer.CurrentCultureIgnoreCase)];
    }

    public Core.Catalogues.Catalogue Catalogue { get; }

    /// <summary>A condition in words, as the "When it applies" line writes it.</summary>
    public string Describe(Core.Conditions.Condition condition) => ConditionText.Describe(condition, Catalogue.Questionnaire);

    public ImmutableArray<CatalogueEntry> Entries { get; }

    public ImmutableArray<Source> CitedSources { get; }

    public ImmutableArray<CatalogueEntry> Filter(CatalogueFilter filter)
    {
        var search = filter.Search.Trim();
        return [.. Entries.Where(entry => Matches(entry.Clause, filter, search))];
    }

    private static bool Matches(Clause clause, CatalogueFilter filter, string search) =>
        (search.Length == 0
            || clause.Id.Contains(search, StringComparison.OrdinalIgnoreCase)
            || clause.DisplayTitle.Contains(search, StringComparison.OrdinalIgnoreCase)
            || clause.DisplayText.Contains(search, StringComparison.OrdinalIgnoreCase))
        && (filter.Topic.Length == 0 || clause.Topic == filter.Topic)
        && (filter.Kind.Length == 0 || clause.Kind.ToString() == filter.Kind)
        && (filter.Strength.Length == 0 || clause.Strength.ToString() == filter.Strength)
        && (filter.Source.Length == 0 || clause.Sources.Any(citation => citation.SourceId == filter.Source))
        && (filter.Status.Length == 0 || clause.Sources.Any(citation => StatusValue(citation.Status) == filter.Status));

    public static string StatusValue(VerificationStatus status) => status == VerificationStatus.Verified ? Verified : ToVerify;

    /// <summary>How a citation's document reads in the references.</summary>
    public CatalogueReference Reference(Citation citation) =>
        Catalogue.FindSource(citation.SourceId) is { } source
            ? new(source, source.Title, source.Short != source.Title ? source.Short : null)
            : new(null, citation.SourceId, null);

    /// <summary>The shape of a parameter's value in words: type, unit, range, options.</summary>
    public string Shape(ClauseParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var type = TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(parameter.Type);
        var parts = new List<string> { parameter.Unit is { } unit ? _words["TypeInUnit", type, unit] : type };
        var suffix = parameter.Type == ParameterType.Percentage ? " %" : "";
        if (parameter.Min is { } min && parameter.Max is { } max)
        {
            parts.Add(_words["FromTo", Number(min), Number(max) + suffix]);
        }
        else if (parameter.Min is { } low)
        {
            parts.Add(_words["AtLeast", Number(low) + suffix]);
        }
        else if (parameter.Max is { } high)
        {
            parts.Add(_words["AtMost", Number(high) + suffix]);
        }

        if (!parameter.Options.IsEmpty)
        {
            parts.Add(_words["OneOf", string.Join(", ", parameter.Options)]);
        }

        return string.Join(", ", parts);
    }

    /// <summary>Where a parameter's value comes from, in words.</summary>
    public string ValueOrigin(ClauseParameter parameter)
    {
        var origins = new List<string>();
        if (parameter.FromAnswer is { } questionId)
        {
            var label = Catalogue.Questionnaire.Find(questionId)?.Label ?? questionId;
            origins.Add(_words["FromAnswer", label]);
        }

        if (parameter.Default is { } value)
        {
            origins.Add(parameter.DefaultSource is { } citation
                ? _words["DefaultFrom", parameter.Render(value), Catalogue.FindSource(citation.SourceId)?.Short ?? citation.SourceId, citation.Locator, TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Status(citation)]
                : _words["Default", parameter.Render(value)]);
        }

        return origins.Count switch
        {
            0 => _words["SetByAuthority"],
            1 => origins[0],
            _ => _words["Otherwise", origins[0], origins[1]],
        };
    }

    /// <summary>Splits clause text so the page can mark each <c>{placeholder}</c>.</summary>
    public static IEnumerable<TextPart> Parts(string text)
    {
        var position = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            if (match.Index > position)
            {
                yield return new TextPart(text[position..match.Index], false);
            }

            yield return new TextPart(match.Value, true);
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            yield return new TextPart(text[position..], false);
        }
    }

    // In the officer's culture, like every number the page writes ("0,5" in Dutch).
    private static string Number(decimal value) => value.ToString("0.##########", CultureInfo.CurrentCulture);

    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}")]
    private static partial Regex Placeholder();
}
