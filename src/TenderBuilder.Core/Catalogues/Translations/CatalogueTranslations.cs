using TenderBuilder.Core.Catalogues.Loading;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>Keeps a language's translation files in step with the English catalogue (for catalogue maintainers).</summary>
public static class CatalogueTranslations
{
    /// <summary>
    /// The translation files of a language as they should be now: one per English file with
    /// texts, each listing every current key (docs/translations.md). Existing translations are
    /// kept; new texts get an empty translation for a translator to fill in.
    /// </summary>
    /// <param name="files">The catalogue's files, English and translations, named as under Catalogues/Content/.</param>
    /// <param name="language">A document language other than English.</param>
    public static IReadOnlyList<CatalogueFile> Update(IReadOnlyList<CatalogueFile> files, string language)
    {
        var errors = new LoadErrors();
        var documents = new CatalogueDocuments(files, errors);
        var existing = documents.Under(TranslationFile.Folder + language + "/")
            .Select(documents.Parse).OfType<CatalogueDocument>()
            .Select(d => TranslationFile.Read(d, language, new LoadErrors())).OfType<TranslationFile>()
            .ToDictionary(f => f.EnglishPath, StringComparer.Ordinal);
        var updated = new List<CatalogueFile>();
        foreach (var file in files.Where(f => !f.Path.StartsWith(TranslationFile.Folder, StringComparison.Ordinal)))
        {
            if (documents.Parse(file) is { } english && TranslatableTexts.In(english.Root).Any())
            {
                updated.Add(new CatalogueFile(TranslationFile.PathFor(language, file.Path),
                    TranslationSkeleton.Write(english, language, existing.GetValueOrDefault(file.Path))));
            }
        }

        return errors.Any ? throw new CatalogueLoadException(errors.Messages) : updated;
    }
}
