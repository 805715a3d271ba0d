using System.Collections.Immutable;
using TenderBuilder.Core.Catalogues.Loading;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>
/// A translation of one catalogue file: <c>translations/&lt;language&gt;/&lt;same path&gt;</c>, with
/// the language, the ids of the clauses and questions a qualified reviewer has checked, and one
/// entry per text keyed as <see cref="TranslatableTexts"/> keys it (docs/translations.md).
/// </summary>
internal sealed record TranslationFile(
    string Path,
    string EnglishPath,
    ImmutableDictionary<string, TranslationEntry> Entries,
    ImmutableHashSet<string> Reviewed,
    SourceLocation ReviewedLocation)
{
    public const string Folder = "translations/";

    /// <summary>Where the translation of an English file into a language is written.</summary>
    public static string PathFor(string language, string englishPath) => $"{Folder}{language}/{englishPath}";

    /// <summary>The field holding the translation: the language's primary subtag (<c>nl</c> for nl-NL).</summary>
    public static string FieldFor(string language) => language.Split('-')[0];

    /// <summary>Reads a parsed translation file, adding every mistake to the errors.</summary>
    public static TranslationFile? Read(CatalogueDocument document, string language, LoadErrors errors)
    {
        var map = YamlMap.From(document.File, document.Root, errors, "a translation file", "language", "reviewed", "texts");
        if (map is null)
        {
            return null;
        }

        var declared = map.String("language", required: true);
        if (declared is not null && declared != language)
        {
            errors.Add(map.Location, $"the file says language \"{declared}\" but is in the folder of {language}");
        }

        var reviewed = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var reviewedNode = map.Node("reviewed");
        if (reviewedNode is YamlSequenceNode ids)
        {
            reviewed.UnionWith(ids.Children.Select(YamlMap.Scalar).OfType<string>());
        }
        else if (reviewedNode is not null and not YamlScalarNode { Value: "" or null })
        {
            errors.Add(map.At(reviewedNode), "\"reviewed\" must be a list of clause or question ids");
        }

        var entries = ImmutableDictionary.CreateBuilder<string, TranslationEntry>(StringComparer.Ordinal);
        if (map.Node("texts") is YamlMappingNode texts)
        {
            var field = FieldFor(language);
            foreach (var (keyNode, value) in texts.Children)
            {
                var key = YamlMap.Scalar(keyNode) ?? "";
                if (ReadEntry(document.File, key, value, field, errors) is { } entry)
                {
                    entries[key] = entry;
                }
            }
        }
        else
        {
            errors.Add(map.Location, "\"texts\" must be a mapping of keys to {en, " + FieldFor(language) + "} pairs");
        }

        var englishPath = document.File[(Folder.Length + language.Length + 1)..];
        return new TranslationFile(document.File, englishPath, entries.ToImmutable(), reviewed.ToImmutable(),
            reviewedNode is null ? map.Location : map.At(reviewedNode));
    }

    private static TranslationEntry? ReadEntry(string file, string key, YamlNode node, string field, LoadErrors errors)
    {
        var map = YamlMap.From(file, node, errors, $"the translation of \"{key}\"", "en", field);
        if (map is null)
        {
            return null;
        }

        var english = Words(map.Node("en"));
        var translated = Words(map.Node(field));
        if (english is null)
        {
            errors.Add(map.Location, $"\"{key}\" needs \"en\", the English text it was translated from");
            return null;
        }

        if (translated is null || (translated.All(string.IsNullOrWhiteSpace) && !english.All(string.IsNullOrWhiteSpace)))
        {
            errors.Add(map.Location, $"\"{key}\" has no translation in \"{field}\"");
            return null;
        }

        return new TranslationEntry(key, english, translated, map.Location);
    }

    private static IReadOnlyList<string>? Words(YamlNode? node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode list => [.. list.Children.Select(item => YamlMap.Scalar(item) ?? "")],
        _ => null,
    };
}
