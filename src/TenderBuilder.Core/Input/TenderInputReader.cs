using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Input;

/// <summary>A TenderInput read from a file, with the line of every key so problems can name it.</summary>
public sealed record TenderInputDocument(TenderInput Input, IReadOnlyDictionary<string, int> Lines)
{
    /// <summary>The line of a path such as <c>/answers/grid.congestion</c>, or of its nearest parent.</summary>
    public int? LineOf(string path)
    {
        for (var current = path; current.Length > 0; current = current[..Math.Max(0, current.LastIndexOf('/'))])
        {
            if (Lines.TryGetValue(current, out var line))
            {
                return line;
            }
        }

        return null;
    }
}

/// <summary>The file cannot be read as a TenderInput; the message names the line and what is wrong.</summary>
public sealed class TenderInputFormatException(string message, int? line) : Exception(message)
{
    /// <summary>The line of the problem, when known.</summary>
    public int? Line { get; } = line;
}

/// <summary>
/// Reads a TenderInput from YAML or JSON (JSON is read as YAML's flow style, which gives every
/// key its line). Malformed, oversized, wrong-version and deeply nested files are refused with a
/// message naming the line.
/// </summary>
public static partial class TenderInputReader
{
    /// <summary>The largest input accepted; a real tender's answers are a few kilobytes.</summary>
    public const int MaxCharacters = 2_000_000;

    private const int MaxDepth = 32;

    /// <summary>Reads and checks the shape of an input.</summary>
    /// <exception cref="TenderInputFormatException">The text is not a well-formed TenderInput.</exception>
    public static TenderInputDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCharacters)
        {
            throw new TenderInputFormatException(
                $"The file is {text.Length:N0} characters long; TenderBuilder reads inputs of at most {MaxCharacters:N0}.", null);
        }

        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count switch
            {
                0 => throw new TenderInputFormatException("The file is empty.", 1),
                1 => stream.Documents[0].RootNode,
                _ => throw new TenderInputFormatException("The file holds several documents; a TenderInput is one.", (int)stream.Documents[1].RootNode.Start.Line),
            };
        }
        catch (YamlException e)
        {
            throw new TenderInputFormatException($"Line {e.Start.Line}: the file is not valid YAML or JSON: {Plain(e.Message)}", (int)e.Start.Line);
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var json = ToJson(root, "", lines, 0);
        if (json is not JsonObject document)
        {
            throw new TenderInputFormatException("Line 1: a TenderInput is a mapping with keys such as schemaVersion, tender and answers.", 1);
        }

        CheckSchemaVersion(document, lines);
        try
        {
            var input = document.Deserialize<TenderInput>(TenderInputJson.Options)!;
            return new TenderInputDocument(input, lines);
        }
        catch (JsonException e)
        {
            var path = PointerOf(e.Path);
            var doc = new TenderInputDocument(new TenderInput(), lines);
            var line = doc.LineOf(path);
            var where = line is null ? "" : $"Line {line}: ";
            throw new TenderInputFormatException($"{where}{Describe(e, path)}", line);
        }
    }

    private static void CheckSchemaVersion(JsonObject document, Dictionary<string, int> lines)
    {
        if (document["schemaVersion"] is not JsonValue version)
        {
            return;
        }

        if (!version.TryGetValue<decimal>(out var number) || number != TenderInput.CurrentSchemaVersion)
        {
            throw new TenderInputFormatException(
                $"Line {lines.GetValueOrDefault("/schemaVersion")}: schemaVersion {version.ToJsonString()} is not supported; " +
                $"this TenderBuilder reads schemaVersion {TenderInput.CurrentSchemaVersion}.",
                lines.GetValueOrDefault("/schemaVersion"));
        }
    }

    private static JsonNode? ToJson(YamlNode node, string path, Dictionary<string, int> lines, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new TenderInputFormatException($"Line {node.Start.Line}: the file nests deeper than {MaxDepth} levels.", (int)node.Start.Line);
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var result = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value
                        ?? throw new TenderInputFormatException($"Line {keyNode.Start.Line}: keys must be plain names.", (int)keyNode.Start.Line);
                    // YamlDotNet itself refuses duplicate keys, with their line.
                    var childPath = $"{path}/{key}";
                    lines[childPath] = (int)keyNode.Start.Line;
                    result[key] = ToJson(valueNode, childPath, lines, depth + 1);
                }

                return result;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    var itemPath = $"{path}/{index++}";
                    lines[itemPath] = (int)item.Start.Line;
                    array.Add(ToJson(item, itemPath, lines, depth + 1));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new TenderInputFormatException($"Line {node.Start.Line}: aliases and anchors are not supported.", (int)node.Start.Line);
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
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

    private static string PointerOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        // "$.tender.title", "$.answers['grid.congestion']", "$.exclusions[0].clause"
        var pointer = JsonPathSegment().Replace(jsonPath[1..], match =>
            match.Groups["name"].Success ? "/" + match.Groups["name"].Value
            : match.Groups["quoted"].Success ? "/" + match.Groups["quoted"].Value
            : "/" + match.Groups["index"].Value);
        return pointer;
    }

    private static string Describe(JsonException e, string path)
    {
        var field = path.Length == 0 ? "the input" : path.TrimStart('/').Replace('/', '.');
        var message = Plain(e.Message);
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"\"{field}\" is not a field of a TenderInput (check the spelling).";
        }

        return message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? $"\"{field}\" has a value of the wrong type."
            : $"\"{field}\": {message}";
    }

    private static string Plain(string message) =>
        message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex JsonPathSegment();
}
