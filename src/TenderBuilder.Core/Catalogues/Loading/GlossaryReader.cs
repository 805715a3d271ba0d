namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Reads glossary.yaml: the terms of art and their plain-words definitions. Each mistake is reported
/// with its line, like every other catalogue file; a source must be one of sources.yaml.
/// </summary>
internal sealed class GlossaryReader(LoadErrors errors, CitationReader citations, IReadOnlyDictionary<string, Source> sources)
{
    public Glossary Read(CatalogueDocument document)
    {
        var terms = new List<GlossaryTerm>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = YamlMap.From(document.File, document.Root, errors, "glossary.yaml", "terms");
        foreach (var node in root?.Sequence("terms", required: true) ?? [])
        {
            var map = YamlMap.From(document.File, node, errors, "a glossary term", "term", "aliases", "definition", "source", "locator", "verified");
            var term = map?.String("term", required: true);
            var definition = map?.String("definition", required: true);
            if (map is null || term is null || definition is null)
            {
                continue;
            }

            List<string> aliases = [];
            foreach (var alias in map.Sequence("aliases"))
            {
                if (YamlMap.Scalar(alias) is { Length: > 0 } text)
                {
                    aliases.Add(text);
                }
                else
                {
                    errors.Add(map.At(alias), $"glossary term \"{term}\": an alias must be a text");
                }
            }

            foreach (var name in aliases.Prepend(term))
            {
                if (!names.TryAdd(name, term))
                {
                    errors.Add(map.Location, $"glossary term \"{term}\": \"{name}\" already names the term \"{names[name]}\"");
                }
            }

            // The citation is written flat on the term (source, locator, verified), so it is read like one.
            Citation? source = null;
            if (map.Node("source") is not null || map.Node("locator") is not null || map.Node("verified") is not null)
            {
                source = citations.ReadFlat(map);
            }

            terms.Add(new GlossaryTerm(term, [.. aliases], definition, source, map.Location)
            {
                SourceName = source is null ? null : sources.GetValueOrDefault(source.SourceId)?.Short,
            });
        }

        return new Glossary(terms);
    }
}
