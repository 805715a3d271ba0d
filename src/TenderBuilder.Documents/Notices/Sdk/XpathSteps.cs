namespace TenderBuilder.Documents.Notices.Sdk;

/// <summary>One location step of an SDK XPath: an element name and its predicates, or an attribute.</summary>
/// <param name="Name">The qualified name (<c>cbc:ID</c>), or the attribute name without <c>@</c>.</param>
/// <param name="Predicates">The predicates' expressions, without brackets.</param>
/// <param name="IsAttribute">Whether the step selects an attribute.</param>
public sealed record XpathStep(string Name, IReadOnlyList<string> Predicates, bool IsAttribute);

/// <summary>
/// Splits the relative XPaths of the SDK's field and node definitions into steps. They are simple
/// paths (<c>a/b[pred]/@attr</c>); slashes inside predicates belong to the predicate.
/// </summary>
public static class XpathSteps
{
    /// <summary>The steps of a relative path, in order.</summary>
    public static IReadOnlyList<XpathStep> Parse(string xpathRelative)
    {
        ArgumentNullException.ThrowIfNull(xpathRelative);
        var steps = new List<XpathStep>();
        foreach (var text in SplitOutsideBrackets(xpathRelative, '/'))
        {
            if (text.Length == 0 || text == ".")
            {
                continue;
            }

            var bracket = text.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? text : text[..bracket];
            var predicates = bracket < 0 ? [] : Predicates(text[bracket..]);
            steps.Add(name.StartsWith('@') ? new XpathStep(name[1..], predicates, true) : new XpathStep(name, predicates, false));
        }

        return steps;
    }

    private static List<string> Predicates(string text)
    {
        var found = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[' && depth++ == 0)
            {
                start = i + 1;
            }
            else if (text[i] == ']' && --depth == 0)
            {
                found.Add(text[start..i].Trim());
            }
        }

        return found;
    }

    private static IEnumerable<string> SplitOutsideBrackets(string text, char separator)
    {
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'':
                    quoted = !quoted;
                    break;
                case '[' or '(' when !quoted:
                    depth++;
                    break;
                case ']' or ')' when !quoted:
                    depth--;
                    break;
                default:
                    if (text[i] == separator && depth == 0 && !quoted)
                    {
                        yield return text[start..i];
                        start = i + 1;
                    }

                    break;
            }
        }

        yield return text[start..];
    }
}
