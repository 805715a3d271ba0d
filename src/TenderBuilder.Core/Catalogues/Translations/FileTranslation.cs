using System.Collections.Immutable;
using TenderBuilder.Core.Catalogues.Loading;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>
/// A language's translation files laid over the English catalogue. A text without a translation,
/// a translation of a text that no longer exists, and a translation made from an English text
/// that has since changed (stale) are load errors: a translated catalogue never falls back to
/// English in silence.
/// </summary>
internal sealed class FileTranslation : ITranslationOverlay
{
    private readonly LoadErrors _errors;
    private readonly Dictionary<string, TranslationFile> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _applied = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TranslationStatus> _statuses = new(StringComparer.Ordinal);

    public FileTranslation(string language, CatalogueDocuments documents, LoadErrors errors)
    {
        Language = language;
        _errors = errors;
        foreach (var file in documents.Under(TranslationFile.Folder + language + "/"))
        {
            if (documents.Parse(file) is { } parsed && TranslationFile.Read(parsed, language, errors) is { } translation)
            {
                _files[translation.EnglishPath] = translation;
            }
        }
    }

    public string Language { get; }

    public IReadOnlyDictionary<string, TranslationStatus> Statuses => _statuses;

    public void Apply(CatalogueDocument english)
    {
        _applied.Add(english.File);
        var texts = TranslatableTexts.In(english.Root).ToList();
        if (!_files.TryGetValue(english.File, out var translation))
        {
            if (texts.Count > 0)
            {
                _errors.Add(new SourceLocation(english.File, 1), $"no {Language} translation: {TranslationFile.PathFor(Language, english.File)} is missing");
            }

            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            used.Add(text.Key);
            if (!translation.Entries.TryGetValue(text.Key, out var entry))
            {
                _errors.Add(new SourceLocation(english.File, YamlMap.Line(text.Node)), $"no {Language} translation of \"{text.Key}\" in {translation.Path}");
                continue;
            }

            if (!entry.English.SequenceEqual(text.Words))
            {
                _errors.Add(entry.Location, $"stale: the English of \"{text.Key}\" changed after it was translated (now \"{Shorten(string.Join(" | ", text.Words))}\"); translate it again and copy the new English into \"en\"");
                continue;
            }

            if (!Placeholders.Same(entry.English, entry.Translated))
            {
                _errors.Add(entry.Location, $"the translation of \"{text.Key}\" must keep the placeholders {string.Join(", ", Placeholders.In(entry.English).Order())} and add none");
                continue;
            }

            Replace(text, entry.Translated);
        }

        foreach (var extra in translation.Entries.Values.Where(e => !used.Contains(e.Key)))
        {
            _errors.Add(extra.Location, $"\"{extra.Key}\" is not a text of {english.File}; remove it");
        }

        RecordStatuses(english.File, translation, texts);
    }

    public void Finish()
    {
        foreach (var orphan in _files.Values.Where(f => !_applied.Contains(f.EnglishPath)))
        {
            _errors.Add(new SourceLocation(orphan.Path, 1), $"translates {orphan.EnglishPath}, which the catalogue does not have");
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private void RecordStatuses(string file, TranslationFile translation, IEnumerable<TranslatableText> texts)
    {
        var ids = texts.Select(t => ItemOf(t.Key)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            _statuses[id] = translation.Reviewed.Contains(id) ? TranslationStatus.Reviewed : TranslationStatus.Draft;
        }

        foreach (var unknown in translation.Reviewed.Where(id => !ids.Contains(id)))
        {
            _errors.Add(translation.ReviewedLocation, $"\"{unknown}\" is listed as reviewed but is no clause or question of {file}");
        }
    }

    /// <summary>The clause or question a key belongs to (<c>clauses/&lt;id&gt;/…</c>), or null for a file-level text.</summary>
    internal static string? ItemOf(string key)
    {
        var parts = key.Split('/');
        return parts.Length >= 2 && parts[0] is "clauses" or "questions" ? parts[1] : null;
    }

    internal static void Replace(TranslatableText text, IReadOnlyList<string> words)
    {
        if (text.LabelsKey is { } labels && text.Parent is { } parent)
        {
            if (words.Count != text.Words.Count)
            {
                return;
            }

            parent.Children[new YamlScalarNode(labels)] = new YamlSequenceNode(words.Select(w => new YamlScalarNode(w)));
            return;
        }

        switch (text.Node)
        {
            case YamlScalarNode scalar:
                scalar.Value = words[0];
                break;
            case YamlSequenceNode list:
                list.Children.Clear();
                foreach (var word in words)
                {
                    list.Children.Add(new YamlScalarNode(word));
                }

                break;
        }
    }
}
