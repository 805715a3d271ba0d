using System.Text;
using TenderBuilder.Core.Catalogues.Loading;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>
/// Writes a language's translation file for an English catalogue file: every text's key with its
/// current English, the translation kept where one exists (a stale one too, for the loader to
/// report), an empty one where none does; texts the English no longer has are dropped. A
/// translator then fills in the empty texts (docs/translations.md).
/// </summary>
internal static class TranslationSkeleton
{
    public static string Write(CatalogueDocument english, string language, TranslationFile? existing)
    {
        var field = TranslationFile.FieldFor(language);
        var texts = TranslatableTexts.In(english.Root).ToList();
        var ids = texts.Select(t => FileTranslation.ItemOf(t.Key)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var reviewed = existing?.Reviewed.Where(ids.Contains).Order(StringComparer.Ordinal).ToList() ?? [];

        var yaml = new StringBuilder()
            .Append("# ").Append(language).Append(" translation of ").Append(english.File)
            .Append(". Keys and \"en\" come from the English file; translate \"").Append(field)
            .Append("\" only, keeping every {placeholder}.\n# \"reviewed\" lists the clauses and questions a qualified reviewer has checked (docs/translations.md).\n")
            .Append("language: ").Append(language).Append('\n')
            .Append("reviewed: [").Append(string.Join(", ", reviewed.Select(Quote))).Append("]\n")
            .Append("texts:\n");
        foreach (var text in texts)
        {
            var entry = existing?.Entries.GetValueOrDefault(text.Key);
            var translated = entry?.Translated ?? (text.Node is YamlDotNet.RepresentationModel.YamlSequenceNode ? [] : [""]);
            yaml.Append("  ").Append(Quote(text.Key)).Append(":\n")
                .Append("    en: ").Append(Value(entry?.English ?? text.Words, text)).Append('\n')
                .Append("    ").Append(field).Append(": ").Append(Value(translated, text)).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Value(IReadOnlyList<string> words, TranslatableText text) =>
        text.Node is YamlDotNet.RepresentationModel.YamlSequenceNode
            ? "[" + string.Join(", ", words.Select(Quote)) + "]"
            : Quote(words.Count > 0 ? words[0] : "");

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    internal static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                '\r' => quoted.Append("\\r"),
                _ when char.IsControl(c) => quoted.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
