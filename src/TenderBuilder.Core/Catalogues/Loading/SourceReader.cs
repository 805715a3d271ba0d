namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>Reads sources.yaml: the documents clauses and questions may cite, by id.</summary>
internal sealed class SourceReader(LoadErrors errors)
{
    public Dictionary<string, Source> Read(CatalogueDocument document)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var root = YamlMap.From(document.File, document.Root, errors, "sources.yaml", "sources");
        foreach (var node in root?.Sequence("sources", required: true) ?? [])
        {
            var map = YamlMap.From(document.File, node, errors, "a source", "id", "title", "short", "type", "url", "regime");
            var id = map?.String("id", required: true);
            if (map is null || id is null)
            {
                continue;
            }

            IdRules.Check(errors, map, id, IdRules.Kebab(), "source id", "kebab-case, e.g. afir or da-2025-656");
            var url = map.String("url");
            Uri? uri = null;
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
            {
                errors.Add(map.Location, $"source {id}: \"{url}\" is not an absolute URL");
            }

            var source = new Source(
                id,
                map.String("title", required: true) ?? id,
                map.String("short", required: true) ?? id,
                map.Enum<SourceType>("type", required: true) ?? SourceType.Guidance,
                uri)
            {
                Regime = map.Enum<Framing.LegalRegime>("regime"),
            };
            if (!sources.TryAdd(id, source))
            {
                errors.Add(map.Location, $"source id \"{id}\" is used twice");
            }
        }

        return sources;
    }
}
