using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// How ids are spelt and that each is used once: ids end up in URLs, answer files and drafts, so
/// one spelling per kind keeps them predictable for authors and stable for old drafts.
/// </summary>
internal static partial class IdRules
{
    public static void Check(LoadErrors errors, YamlMap map, string id, Regex pattern, string what, string expected)
    {
        if (!pattern.IsMatch(id))
        {
            errors.Add(map.Location, $"{what} \"{id}\" must be {expected}");
        }
    }

    public static void CheckUnique(LoadErrors errors, IEnumerable<(string Id, SourceLocation Location)> items, string what)
    {
        foreach (var duplicate in items.GroupBy(item => item.Id).Where(group => group.Count() > 1))
        {
            errors.Add(duplicate.Skip(1).First().Location, $"{what} id \"{duplicate.Key}\" is used twice (first at {duplicate.First().Location})");
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex Kebab();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")]
    public static partial Regex Snake();
}
