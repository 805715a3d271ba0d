using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Input;

/// <summary>The file cannot be read as a TenderInput; the message names the line and what is wrong.</summary>
public sealed class TenderInputFormatException(string message, int? line) : Exception(message)
{
    /// <summary>The line of the problem, when known.</summary>
    public int? Line { get; } = line;
}

/// <summary>
/// Reads a TenderInput from YAML or JSON (JSON is read as YAML's flow style, which gives every
/// key its line). Malformed, oversized, wrong-version and deeply nested files, anchors and aliases,
/// and text with control characters are refused with a message naming the line, within the limits
/// of <see cref="YamlLimits.TenderInput"/> (<see cref="BoundedYaml"/>).
/// </summary>
public static partial class TenderInputReader
{
    /// <summary>The largest input accepted: a tender's answers are a few kilobytes, a list of 5,000 sites about 3 MB.</summary>
    public const int MaxCharacters = 4_000_000;

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

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        JsonNode? json;
        try
        {
            json = BoundedYaml.ToJson(text, YamlLimits.TenderInput, lines);
        }
        catch (BoundedYamlException e)
        {
            throw new TenderInputFormatException(e.Message, e.Line);
        }

        if (json is null)
        {
            throw new TenderInputFormatException("The file is empty.", 1);
        }

        if (json is not JsonObject document)
        {
            throw new TenderInputFormatException("Line 1: a TenderInput is a mapping with keys such as schemaVersion, tender and answers.", 1);
        }

        CheckSchemaVersion(document, lines);
        TenderInputUpgrade.Apply(document);
        try
        {
            var input = TenderInputJson.Read<TenderInput>(document)!;
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

        if (!version.TryGetValue<decimal>(out var number) || !TenderInputUpgrade.CanRead(number))
        {
            throw new TenderInputFormatException(
                $"Line {lines.GetValueOrDefault("/schemaVersion")}: schemaVersion {version.ToJsonString()} is not supported; " +
                $"this TenderBuilder reads schemaVersion {TenderInputUpgrade.OldestReadable} to {TenderInput.CurrentSchemaVersion}.",
                lines.GetValueOrDefault("/schemaVersion"));
        }
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

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex JsonPathSegment();
}
