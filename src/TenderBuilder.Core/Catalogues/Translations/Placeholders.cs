using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>The <c>{name}</c> placeholders of a text, which a translation must keep (it may move them).</summary>
internal static partial class Placeholders
{
    public static IReadOnlySet<string> In(IEnumerable<string> words) =>
        words.SelectMany(w => Pattern().Matches(w).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

    public static bool Same(IEnumerable<string> english, IEnumerable<string> translated) => In(english).SetEquals(In(translated));

    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}")]
    private static partial Regex Pattern();
}
