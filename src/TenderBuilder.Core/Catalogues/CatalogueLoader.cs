using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using TenderBuilder.Core.Catalogues.Loading;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Catalogues;

/// <summary>Loads and checks the catalogue written in YAML (see docs/catalogue-authoring.md).</summary>
public static class CatalogueLoader
{
    private const string ResourcePrefix = "Catalogue/";
    private static readonly Lazy<ImmutableArray<CatalogueFile>> s_files = new(EmbeddedFiles);
    private static readonly ConcurrentDictionary<string, Lazy<Catalogue>> s_languages = new(StringComparer.Ordinal);

    /// <summary>The catalogue shipped with TenderBuilder, in English, loaded once.</summary>
    public static Catalogue Default => For(DocumentLanguages.English);

    /// <summary>
    /// The shipped catalogue in a document language (or the pseudo-language), loaded once per
    /// language; an unknown language reads as English.
    /// </summary>
    /// <exception cref="CatalogueLoadException">The catalogue or its translation has mistakes.</exception>
    public static Catalogue For(string? language)
    {
        var tag = DocumentLanguages.IsSupported(language) || language == PseudoText.Language ? language! : DocumentLanguages.English;
        return s_languages.GetOrAdd(tag, t => new Lazy<Catalogue>(() => new CatalogueReader(s_files.Value, t, For).Read())).Value;
    }

    /// <summary>Loads the catalogue embedded in this assembly, in English.</summary>
    /// <exception cref="CatalogueLoadException">The catalogue has mistakes.</exception>
    public static Catalogue LoadEmbedded() => Load(s_files.Value);

    /// <summary>The catalogue's files as embedded, translations included.</summary>
    public static ImmutableArray<CatalogueFile> EmbeddedFiles()
    {
        var assembly = typeof(CatalogueLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new CatalogueFile(name[ResourcePrefix.Length..], Read(assembly, name)))
            .ToImmutableArray();
    }

    /// <summary>
    /// Loads a catalogue from files named as in Catalogues/Content/ (catalogue.yaml, sources.yaml,
    /// questions/*.yaml, clauses/*.yaml, and translations/&lt;language&gt;/… for a language other than English).
    /// </summary>
    /// <exception cref="CatalogueLoadException">The catalogue or its translation has mistakes.</exception>
    public static Catalogue Load(IReadOnlyList<CatalogueFile> files, string language = DocumentLanguages.English)
    {
        // The same files in another language, each loaded once, for Catalogue.In.
        var languages = new ConcurrentDictionary<string, Lazy<Catalogue>>(StringComparer.Ordinal);
        Catalogue InLanguage(string tag) => languages.GetOrAdd(tag, t => new Lazy<Catalogue>(() => new CatalogueReader(files, t, InLanguage).Read())).Value;
        return new CatalogueReader(files, language, InLanguage).Read();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
