using System.Collections.Immutable;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Reads citations (a source, a locator and where the fact was verified) for clauses, questions and
/// defaults, and checks each names a source of sources.yaml.
/// </summary>
internal sealed partial class CitationReader(LoadErrors errors, IReadOnlyDictionary<string, Source> sources)
{
    public ImmutableArray<Citation> ReadAll(YamlMap map, string key) =>
        [.. map.Sequence(key).Select(node => Read(map.File, node)).OfType<Citation>()];

    public Citation? ReadOne(YamlMap map, string key) =>
        map.Node(key) is { } node ? Read(map.File, node) : null;

    /// <summary>A citation written on the keys of a larger entry (source, locator, verified), such as a glossary term.</summary>
    public Citation? ReadFlat(YamlMap map) => Read(map);

    private Citation? Read(string file, YamlNode node) =>
        YamlMap.From(file, node, errors, "a citation", "source", "locator", "verified") is { } map ? Read(map) : null;

    private Citation? Read(YamlMap map)
    {
        var source = map.String("source", required: true);
        var locator = map.String("locator", required: true);
        if (source is null || locator is null)
        {
            return null;
        }

        if (!sources.ContainsKey(source))
        {
            errors.Add(map.Location, $"the source \"{source}\" is not in sources.yaml");
        }

        var verified = map.String("verified");
        if (verified is not null && !VerifiedSection().IsMatch(verified))
        {
            errors.Add(map.Location, $"verified \"{verified}\" must name a section of verified-facts.md, e.g. \"§1.6\"");
        }

        return new Citation(source, locator, verified);
    }

    [GeneratedRegex(@"^§\d+(\.\d+)*$")]
    private static partial Regex VerifiedSection();
}
