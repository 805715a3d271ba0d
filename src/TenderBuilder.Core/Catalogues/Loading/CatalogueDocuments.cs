using TenderBuilder.Core.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>One parsed catalogue file: its path, for errors, and its root node.</summary>
internal sealed record CatalogueDocument(string File, YamlNode Root);

/// <summary>Finds the catalogue's files and parses each into one YAML document, within the catalogue's limits.</summary>
internal sealed class CatalogueDocuments(IReadOnlyList<CatalogueFile> files, LoadErrors errors)
{
    /// <summary>The files under a folder, in the order they were given.</summary>
    public IEnumerable<CatalogueFile> Under(string folder) =>
        files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>A file the catalogue cannot do without; its absence is an error.</summary>
    public CatalogueDocument? Required(string path)
    {
        var file = files.FirstOrDefault(f => f.Path == path);
        if (file is null)
        {
            errors.Add(new SourceLocation(path, 0), "the file is missing");
            return null;
        }

        return Parse(file);
    }

    /// <summary>The language's words, laid over every English file as it is parsed; null for English.</summary>
    public Translations.ITranslationOverlay? Overlay { get; set; }

    public CatalogueDocument? Parse(CatalogueFile file)
    {
        var document = ParseOnly(file);
        if (document is not null && Overlay is not null && !file.Path.StartsWith(Translations.TranslationFile.Folder, StringComparison.Ordinal))
        {
            Overlay.Apply(document);
        }

        return document;
    }

    private CatalogueDocument? ParseOnly(CatalogueFile file)
    {
        try
        {
            // Limits first: the document model below expands aliases before anything could stop it.
            BoundedYaml.Check(file.Text, YamlLimits.Catalogue);
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            if (stream.Documents.Count == 1)
            {
                return new CatalogueDocument(file.Path, stream.Documents[0].RootNode);
            }

            errors.Add(new SourceLocation(file.Path, 1), "the file must hold exactly one YAML document");
        }
        catch (BoundedYamlException e)
        {
            errors.Add(new SourceLocation(file.Path, e.Line ?? 1), e.Line is null ? e.Message : e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        }
        catch (YamlException e)
        {
            errors.Add(new SourceLocation(file.Path, (int)e.Start.Line), $"not valid YAML: {e.Message}");
        }

        return null;
    }
}
