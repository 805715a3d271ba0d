using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>One text of an English catalogue file that a translation replaces: its stable key and its node.</summary>
/// <param name="Key">The path to the text through ids (<c>clauses/metering.mid-meter/title</c>); stable while ids are.</param>
/// <param name="Node">A scalar, or a sequence of scalars for a list of words (a glossary term's aliases).</param>
/// <param name="Parent">The mapping it is written in.</param>
/// <param name="LabelsKey">
/// For values that are also identities (an enum parameter's options, stored in drafts as written),
/// the sibling key a translation is written to instead, as display labels; null = replace the text.
/// </param>
internal sealed record TranslatableText(string Key, YamlNode Node, YamlMappingNode? Parent = null, string? LabelsKey = null)
{
    /// <summary>The English words, one per list item (one for a scalar).</summary>
    public IReadOnlyList<string> Words => Node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode list => [.. list.Children.Select(item => (item as YamlScalarNode)?.Value ?? "")],
        _ => [],
    };
}

/// <summary>
/// Finds the texts of a catalogue file that are words for a reader (titles, texts, labels, help,
/// reasons, units, citation locators, glossary terms) and names each by a key made of the ids on
/// its path, so a translation file can be keyed by the same ids as the English one. Everything
/// else (ids, conditions, values, kinds, URLs) is structure and stays as written.
/// </summary>
internal static class TranslatableTexts
{
    // Keys whose scalar value is prose or a word a reader sees. "yes"/"no" are the answers' reasons.
    private static readonly HashSet<string> TextKeys =
    [
        "title", "short", "text", "label", "help", "why", "intro", "informational", "refusal",
        "reason", "reasonNot", "reasonUnanswered", "locator", "unit", "term", "definition",
        "included", "excluded", "yes", "no",
    ];

    // A list of words a reader sees, translated as a list (a language may have more or fewer).
    private static readonly HashSet<string> WordListKeys = ["aliases"];

    // How an item of a list is named in a key: by the first of these it has, else by its position.
    private static readonly string[] IdentityKeys = ["id", "key", "value", "term", "name"];

    /// <summary>Every translatable text of a file's root node, in document order.</summary>
    public static IEnumerable<TranslatableText> In(YamlNode root) => Walk(root, "");

    private static IEnumerable<TranslatableText> Walk(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        continue;
                    }

                    var childPath = Join(path, key);
                    if (value is YamlScalarNode && TextKeys.Contains(key) && !IsStructure(mapping, key))
                    {
                        yield return new TranslatableText(childPath, value);
                    }
                    else if (value is YamlSequenceNode words && WordListKeys.Contains(key))
                    {
                        yield return new TranslatableText(childPath, words);
                    }
                    else if (value is YamlSequenceNode options && key == "options" && IsEnumParameter(mapping))
                    {
                        yield return new TranslatableText(childPath, options, mapping, "optionLabels");
                    }
                    else
                    {
                        foreach (var text in Walk(value, childPath))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    foreach (var text in Walk(sequence.Children[i], Join(path, NameOf(sequence.Children[i], i))))
                    {
                        yield return text;
                    }
                }

                break;
        }
    }

    // "text" under a reasons' "yes" would be prose, but "yes"/"no" only carry prose under "reasons";
    // elsewhere (a condition's value) they are answers. Likewise "value" is never text.
    private static bool IsStructure(YamlMappingNode parent, string key) =>
        key is "yes" or "no" && !parent.Children.Keys.OfType<YamlScalarNode>().All(k => k.Value is "yes" or "no");

    // An enum parameter's options are words in the clause text ("included in", "monthly").
    private static bool IsEnumParameter(YamlMappingNode mapping) =>
        mapping.Children.TryGetValue(new YamlScalarNode("type"), out var type) && type is YamlScalarNode { Value: "enum" }
        && mapping.Children.ContainsKey(new YamlScalarNode("name"));

    private static string NameOf(YamlNode item, int index)
    {
        if (item is YamlMappingNode mapping)
        {
            foreach (var identity in IdentityKeys)
            {
                if (mapping.Children.TryGetValue(new YamlScalarNode(identity), out var value) && value is YamlScalarNode { Value: { Length: > 0 } name })
                {
                    return name;
                }
            }
        }

        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "/" + name;
}
