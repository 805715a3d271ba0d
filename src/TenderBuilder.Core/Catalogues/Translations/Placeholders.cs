using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>
/// The <c>{name}</c> placeholders of a text, which a translation must keep (it may move them). A
/// placeholder with a grammatical form (<c>{party:dat}</c>, see <see cref="Words.FramingWords.Forms"/>)
/// counts as its token (<c>{party}</c>), so a language that inflects may write the form its
/// sentence needs where the English writes the plain token.
/// </summary>
internal static partial class Placeholders
{
    public static IReadOnlySet<string> In(IEnumerable<string> words) =>
        words.SelectMany(w => Pattern().Matches(w).Select(m => "{" + m.Groups["name"].Value + "}")).ToHashSet(StringComparer.Ordinal);

    public static bool Same(IEnumerable<string> english, IEnumerable<string> translated) => In(english).SetEquals(In(translated));

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(?::(?:acc|dat|gen))?\}")]
    private static partial Regex Pattern();
}
