using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TenderBuilder.Core.Input;

/// <summary>
/// How much of a YAML or JSON text is read before it is refused. The limits are checked event by
/// event while the text is parsed, before anything is built, so a refused text costs no more
/// memory than its own size.
/// </summary>
/// <param name="MaxDepth">The deepest nesting of mappings and sequences.</param>
/// <param name="MaxNodes">The most values, mappings and sequences in all.</param>
/// <param name="MaxScalarLength">The longest single value, in characters.</param>
public sealed record YamlLimits(int MaxDepth, int MaxNodes, int MaxScalarLength)
{
    /// <summary>
    /// A draft or template file: a real tender's answers nest a few levels and hold a few hundred
    /// values; a site with its points holds about 30, so the most sites a draft may list
    /// (<see cref="Sites.SiteChecks.MaxSites"/>) stay well under the limit.
    /// </summary>
    public static readonly YamlLimits TenderInput = new(MaxDepth: 32, MaxNodes: 200_000, MaxScalarLength: 100_000);

    /// <summary>The catalogue's own files: long clause texts, a few thousand values per file.</summary>
    public static readonly YamlLimits Catalogue = new(MaxDepth: 32, MaxNodes: 500_000, MaxScalarLength: 100_000);
}

/// <summary>A YAML or JSON text refused while it was read; the message names the line where there is one.</summary>
public sealed class BoundedYamlException(string message, int? line) : Exception(message)
{
    /// <summary>The line of the problem (1-based), or null for a problem of the whole file.</summary>
    public int? Line { get; } = line;
}

/// <summary>
/// Reads YAML (and JSON, YAML's flow style) from the parser's events, never through YamlDotNet's
/// document model: that model expands aliases before any limit applies, so a few hundred bytes of
/// nested anchors (an "alias bomb") grow into gigabytes. Here anchors and aliases are refused where
/// they appear, and depth, node count and value length are counted as the text is read.
/// </summary>
public static partial class BoundedYaml
{
    /// <summary>
    /// Reads one document into JSON, recording the line of every mapping key and sequence item by
    /// its JSON pointer (<c>/answers/grid.congestion</c>). Returns null for a text with no document or a null one.
    /// </summary>
    /// <exception cref="BoundedYamlException">The text is malformed, holds several documents, uses anchors or aliases, or passes a limit.</exception>
    public static JsonNode? ToJson(string text, YamlLimits limits, IDictionary<string, int> lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(lines);
        return new Walk(text, limits, lines).Document(build: true);
    }

    /// <summary>Checks a text against the limits without building anything (for readers that build their own model after).</summary>
    /// <exception cref="BoundedYamlException">The text is malformed, uses anchors or aliases, or passes a limit.</exception>
    public static void Check(string text, YamlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        _ = new Walk(text, limits, new Dictionary<string, int>()).Document(build: false);
    }

    private sealed class Walk(string text, YamlLimits limits, IDictionary<string, int> lines)
    {
        private readonly Parser _parser = new(new StringReader(text));
        private int _nodes;
        private int _line = 1;

        public JsonNode? Document(bool build)
        {
            Expect<StreamStart>();
            if (Next() is StreamEnd)
            {
                return null;
            }

            if (Current is not DocumentStart)
            {
                throw Malformed("expected the start of a document");
            }

            var root = Node(Next(), "", 0, build);
            if (Next() is not DocumentEnd)
            {
                throw Malformed("the document does not end where it should");
            }

            return Next() switch
            {
                StreamEnd => root,
                DocumentStart => throw new BoundedYamlException($"Line {_line}: the file holds more than one draft (a second one starts here, after “---”); import them one at a time.", _line),
                _ => throw Malformed("unexpected content after the document"),
            };
        }

        // Anchors (&name) and aliases (*name) let a few bytes stand for gigabytes; a draft file needs neither.
        private const string AliasesRefused = "the file repeats a part of itself with “&” and “*” (YAML anchors and aliases), which TenderBuilder does not read; write each value out in full";

        private ParsingEvent Current => _parser.Current!;

        private JsonNode? Node(ParsingEvent start, string path, int depth, bool build)
        {
            if (++_nodes > limits.MaxNodes)
            {
                // A problem of the whole file: no line would help.
                throw new BoundedYamlException($"The file holds more than {limits.MaxNodes:N0} values; a draft file holds far fewer, so TenderBuilder reads no further.", null);
            }

            switch (start)
            {
                case AnchorAlias alias:
                    throw Refused(alias.Start, AliasesRefused);
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    throw Refused(anchored.Start, AliasesRefused);
                case MappingStart:
                    Deeper(depth, start);
                    return Mapping(path, depth, build);
                case SequenceStart:
                    Deeper(depth, start);
                    return Sequence(path, depth, build);
                case Scalar scalar:
                    if (scalar.Value.Length > limits.MaxScalarLength)
                    {
                        throw Refused(scalar.Start, $"{Field(path)} is {scalar.Value.Length:N0} characters long; shorten it to at most {limits.MaxScalarLength:N0}");
                    }

                    if (ControlCharacters.First(scalar.Value) is { } control)
                    {
                        throw Refused(scalar.Start, $"{Field(path)} contains an invisible control character ({ControlCharacters.Name(control)}), often left by copying and pasting; retype that text and try again");
                    }

                    return build ? Scalar(scalar) : null;
                default:
                    throw Malformed($"unexpected {start.GetType().Name}");
            }
        }

        private JsonObject? Mapping(string path, int depth, bool build)
        {
            var result = build ? new JsonObject() : null;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (Next() is not MappingEnd)
            {
                if (Current is not Scalar keyEvent)
                {
                    throw Refused(Current.Start, Current is AnchorAlias ? AliasesRefused : "a field name must be a plain word, such as title or answers");
                }

                if (!keyEvent.Anchor.IsEmpty)
                {
                    throw Refused(keyEvent.Start, AliasesRefused);
                }

                var key = keyEvent.Value;
                if (key.Length == 0 && keyEvent.Style == ScalarStyle.Plain)
                {
                    // A stray ":" (at the end of a file, say) reads as an empty key. The parser may
                    // mark such a key where its mapping starts; what follows it marks the ":" itself.
                    var keyLine = Line(keyEvent.Start);
                    var strayLine = Next() is NodeEvent after ? Math.Max(keyLine, Line(after.Start)) : keyLine;
                    throw new BoundedYamlException($"Line {strayLine}: a \":\" stands without a name before it.", strayLine);
                }

                var childPath = $"{path}/{key}";
                if (ControlCharacters.First(key) is { } control)
                {
                    throw Refused(keyEvent.Start, $"a field name contains an invisible control character ({ControlCharacters.Name(control)}), often left by copying and pasting; retype it and try again");
                }

                if (!keys.Add(key))
                {
                    throw Refused(keyEvent.Start, $"{Field(childPath)} appears twice; keep one");
                }

                var line = Line(keyEvent.Start);
                if (build)
                {
                    lines[childPath] = line;
                }

                var value = Node(Next(), childPath, depth + 1, build);
                result?.Add(key, value);
            }

            return result;
        }

        private JsonArray? Sequence(string path, int depth, bool build)
        {
            var result = build ? new JsonArray() : null;
            var index = 0;
            while (Next() is not SequenceEnd)
            {
                var itemPath = $"{path}/{index++}";
                if (build)
                {
                    lines[itemPath] = Line(Current.Start);
                }

                var item = Node(Current, itemPath, depth + 1, build);
                result?.Add(item);
            }

            return result;
        }

        private void Deeper(int depth, ParsingEvent start)
        {
            if (depth >= limits.MaxDepth)
            {
                throw Refused(start.Start, $"the file nests lists and groups more than {limits.MaxDepth} levels deep; a draft file never needs that many");
            }
        }

        private ParsingEvent Next()
        {
            bool moved;
            try
            {
                moved = _parser.MoveNext();
            }
            catch (YamlException e)
            {
                throw new BoundedYamlException($"Line {Line(e.Start)}: the file is not valid YAML or JSON: {Plain(e.Message)}.", Line(e.Start));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                // The parser's own faults on broken text are still broken text, not a crash.
                throw Malformed(Plain(e.Message));
            }

            if (!moved)
            {
                throw Malformed("the file ends too early");
            }

            // Comments carry no value; they are skipped wherever they stand.
            if (_parser.Current is Comment)
            {
                return Next();
            }

            _line = Line(_parser.Current!.Start);
            return _parser.Current;
        }

        private void Expect<T>()
            where T : ParsingEvent
        {
            if (Next() is not T)
            {
                throw Malformed($"expected {typeof(T).Name}");
            }
        }

        private BoundedYamlException Malformed(string what) =>
            new($"Line {_line}: the file is not valid YAML or JSON: {what}.", _line);

        private static BoundedYamlException Refused(Mark mark, string what) =>
            new($"Line {Line(mark)}: {what}.", Line(mark));

        private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

        private static string Field(string path) =>
            path.Length == 0 ? "the value" : $"\"{path.TrimStart('/').Replace('/', '.')}\"";
    }

    private static JsonNode? Scalar(Scalar scalar)
    {
        var text = scalar.Value;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when NumberPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }

    // The parser's words for the two mistakes people make most, in the officer's words; the rest as the parser says them.
    private static string Plain(string message)
    {
        var plain = message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim().TrimEnd('.');
        return plain switch
        {
            _ when plain.Contains("flow sequence", StringComparison.Ordinal) && plain.Contains("did not find expected", StringComparison.Ordinal) =>
                "a list in [ ] is missing a “,” between its items or its closing “]”",
            _ when plain.Contains("flow mapping", StringComparison.Ordinal) && plain.Contains("did not find expected", StringComparison.Ordinal) =>
                "a group in { } is missing a “,” between its fields or its closing “}”",
            _ => plain,
        };
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
