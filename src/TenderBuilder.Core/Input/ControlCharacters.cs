using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Input;

/// <summary>
/// Control characters (U+0000–U+001F and U+007F–U+009F, except tab, line feed and carriage
/// return) have no place in tender text: no document shows them, PostgreSQL refuses U+0000 in
/// text while SQLite stores it, and XML (Word, eForms) forbids most of them. Files that hold one are
/// refused with its line; what the officer types is cleaned with a message.
/// </summary>
public static partial class ControlCharacters
{
    /// <summary>Whether a character is one no tender text may hold.</summary>
    public static bool IsRefused(char c) => c is (< ' ' and not '\t' and not '\n' and not '\r') or (>= '\u007F' and <= '\u009F');

    /// <summary>The first such character in the text, or null.</summary>
    public static char? First(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var c in text)
        {
            if (IsRefused(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The text without such characters, and how many were removed.</summary>
    public static (string Text, int Removed) Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (First(text) is null)
        {
            return (text, 0);
        }

        var clean = new StringBuilder(text.Length);
        var removed = 0;
        foreach (var c in text)
        {
            if (IsRefused(c))
            {
                removed++;
            }
            else
            {
                clean.Append(c);
            }
        }

        return (clean.ToString(), removed);
    }

    /// <summary>The character as a person can read it in a message: U+0000.</summary>
    public static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// The input with such characters removed from every text in it (titles, answers, clause texts,
    /// justifications, keys), and how many were removed. An input without any is returned as it is.
    /// </summary>
    public static (TenderInput Input, int Removed) RemoveFrom(TenderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var json = TenderInputJson.Serialize(input);
        // The serializer writes every control character as an escape; most edits have none, and
        // are not parsed again. A literal backslash before "b" or "f" may look like one: the walk
        // below then finds nothing.
        if (!EscapedControl().IsMatch(json))
        {
            return (input, 0);
        }

        var removed = 0;
        var clean = Clean(JsonNode.Parse(json), ref removed);
        return removed == 0 ? (input, 0) : (TenderInputJson.Read<TenderInput>(clean)!, removed);
    }

    private static JsonNode? Clean(JsonNode? node, ref int removed)
    {
        switch (node)
        {
            case JsonObject map:
                var cleanMap = new JsonObject();
                foreach (var (key, value) in map.ToList())
                {
                    var (cleanKey, n) = Remove(key);
                    removed += n;
                    map.Remove(key);
                    // Two keys that differ only by a control character become one: the later wins.
                    cleanMap[cleanKey] = Clean(value, ref removed);
                }

                return cleanMap;
            case JsonArray array:
                var cleanArray = new JsonArray();
                foreach (var item in array.ToList())
                {
                    array.Remove(item);
                    cleanArray.Add(Clean(item, ref removed));
                }

                return cleanArray;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var (text, count) = Remove(value.GetValue<string>());
                removed += count;
                return JsonValue.Create(text);
            default:
                return node;
        }
    }

    [GeneratedRegex(@"\\(b|f|u00[01][0-9A-Fa-f]|u007[Ff]|u00[89][0-9A-Fa-f])")]
    private static partial Regex EscapedControl();
}
