using System.Collections.Immutable;
using System.Reflection;
using TenderBuilder.Core.Catalogues.Loading;

namespace TenderBuilder.Core.Catalogues;

/// <summary>Loads and checks the catalogue written in YAML (see docs/catalogue-authoring.md).</summary>
public static class CatalogueLoader
{
    private const string ResourcePrefix = "Catalogue/";
    private static readonly Lazy<Catalogue> s_embedded = new(LoadEmbedded);

    /// <summary>The catalogue shipped with TenderBuilder, loaded once.</summary>
    public static Catalogue Default => s_embedded.Value;

    /// <summary>Loads the catalogue embedded in this assembly.</summary>
    /// <exception cref="CatalogueLoadException">The catalogue has mistakes.</exception>
    public static Catalogue LoadEmbedded()
    {
        var assembly = typeof(CatalogueLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new CatalogueFile(name[ResourcePrefix.Length..], Read(assembly, name)))
            .ToImmutableArray();
        return Load(files);
    }

    /// <summary>Loads a catalogue from files named as in Catalogues/Content/ (catalogue.yaml, sources.yaml, questions/*.yaml, clauses/*.yaml).</summary>
    /// <exception cref="CatalogueLoadException">The catalogue has mistakes.</exception>
    public static Catalogue Load(IReadOnlyList<CatalogueFile> files) => new CatalogueReader(files).Read();

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
