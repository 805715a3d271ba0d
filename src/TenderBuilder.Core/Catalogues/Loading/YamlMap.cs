using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Typed, line-aware reading of one YAML mapping. Unknown keys are errors: a misspelt
/// <c>visiblewhen</c> must not silently make a question always visible.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly LoadErrors _errors;

    private YamlMap(string file, YamlMappingNode node, LoadErrors errors, string[] allowed)
    {
        File = file;
        _node = node;
        _errors = errors;
        foreach (var key in node.Children.Keys)
        {
            var name = Scalar(key);
            if (name is null || !allowed.Contains(name))
            {
                errors.Add(At(key), $"unknown key \"{name}\"; expected one of: {string.Join(", ", allowed)}");
            }
        }
    }

    public string File { get; }

    public SourceLocation Location => At(_node);

    public static YamlMap? From(string file, YamlNode node, LoadErrors errors, string what, params string[] allowed)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(file, mapping, errors, allowed);
        }

        errors.Add(new SourceLocation(file, Line(node)), $"{what} must be a mapping of keys to values");
        return null;
    }

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>Quoted scalars are always text; plain ones may be read as true/false or numbers.</summary>
    public static bool IsQuoted(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted };

    public SourceLocation At(YamlNode node) => new(File, Line(node));

    public YamlNode? Node(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _errors.Add(Location, $"\"{key}\" is required");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value.Trim();
        }

        _errors.Add(At(node), $"\"{key}\" must be a single value");
        return null;
    }

    public bool Bool(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        _errors.Add(At(Node(key)!), $"\"{key}\" must be true or false, not \"{text}\"");
        return false;
    }

    public decimal? Decimal(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors.Add(At(Node(key)!), $"\"{key}\" must be a number, not \"{text}\"");
        return null;
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        _errors.Add(At(Node(key)!), $"\"{key}\" must be a date written YYYY-MM-DD, not \"{text}\"");
        return null;
    }

    /// <summary>Reads an enum written in camelCase (<c>technicalSpecification</c>).</summary>
    public T? Enum<T>(string key, bool required = false)
        where T : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        var names = System.Enum.GetNames<T>();
        var match = names.FirstOrDefault(name => CamelCase(name) == text);
        if (match is not null)
        {
            return System.Enum.Parse<T>(match);
        }

        _errors.Add(At(Node(key)!), $"\"{key}\" must be one of: {string.Join(", ", names.Select(CamelCase))}; \"{text}\" is not");
        return null;
    }

    public IEnumerable<YamlNode> Sequence(string key, bool required = false)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    _errors.Add(Location, $"\"{key}\" is required");
                }

                return [];
            case YamlSequenceNode sequence:
                return sequence.Children;
            default:
                _errors.Add(At(node), $"\"{key}\" must be a list");
                return [];
        }
    }

    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
