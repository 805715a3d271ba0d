using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// What catalogue.yaml says: the version, the order of the questionnaire's sections and of the
/// clauses' topics, and how ids changed over time.
/// </summary>
internal sealed record CatalogueIndex(string Version, CatalogueEvolution Evolution, ListedOrder Sections, ListedOrder Topics);

/// <summary>An order catalogue.yaml lists, by id, and where it is written, for errors about it.</summary>
internal sealed record ListedOrder(ImmutableArray<string> Ids, SourceLocation Location)
{
    /// <summary>A listed id's place; an unlisted one comes last (and is an error of its own).</summary>
    public int Rank(string id) => Ids.IndexOf(id) is var i and >= 0 ? i : int.MaxValue;
}

/// <summary>Reads catalogue.yaml.</summary>
internal sealed partial class CatalogueIndexReader(LoadErrors errors)
{
    public CatalogueIndex? Read(CatalogueDocument document)
    {
        var map = YamlMap.From(document.File, document.Root, errors, "catalogue.yaml", "version", "sections", "topics", "renamed", "retired");
        var version = map?.String("version", required: true);
        if (map is null || version is null)
        {
            return null;
        }

        if (!VersionPattern().IsMatch(version))
        {
            errors.Add(map.Location, $"version \"{version}\" must look like 2026.11.0");
        }

        ImmutableArray<RenamedId> Renamed(YamlMap? group, string key) =>
        [
            .. (group?.Sequence(key) ?? []).Select(node => YamlMap.From(map.File, node, errors, "a renamed id", "from", "to", "since"))
                .OfType<YamlMap>()
                .Select(m => new RenamedId(m.String("from", true) ?? "", m.String("to", true) ?? "", m.String("since", true) ?? "")),
        ];

        ImmutableArray<RetiredId> Retired(YamlMap? group, string key) =>
        [
            .. (group?.Sequence(key) ?? []).Select(node => YamlMap.From(map.File, node, errors, "a retired id", "id", "since", "reason"))
                .OfType<YamlMap>()
                .Select(m => new RetiredId(m.String("id", true) ?? "", m.String("since", true) ?? "", m.String("reason", true) ?? "")),
        ];

        var renamed = map.Node("renamed") is { } r ? YamlMap.From(map.File, r, errors, "renamed", "questions", "clauses") : null;
        var retired = map.Node("retired") is { } t ? YamlMap.From(map.File, t, errors, "retired", "questions", "clauses") : null;
        var sections = Listed(map, "sections");
        var topics = Listed(map, "topics");
        var evolution = new CatalogueEvolution(
            Renamed(renamed, "questions"), Renamed(renamed, "clauses"), Retired(retired, "questions"), Retired(retired, "clauses"));
        return new CatalogueIndex(version, evolution, sections, topics);
    }

    private static ListedOrder Listed(YamlMap map, string key) => new(
        [.. map.Sequence(key).Select(YamlMap.Scalar).OfType<string>()],
        map.Node(key) is { } node ? map.At(node) : map.Location);

    [GeneratedRegex(@"^\d{4}\.\d{1,2}\.\d+$")]
    private static partial Regex VersionPattern();
}
