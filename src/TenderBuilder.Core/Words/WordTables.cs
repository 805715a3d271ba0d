using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Words;

/// <summary>
/// The localisation table: every fixed word of the documents and the rules outside the catalogue
/// (headings, table headers, sentences around the clauses, the words for values), one YAML file
/// per section and language in Words/Tables/&lt;language&gt;/&lt;section&gt;.yaml (en/scope.yaml,
/// nl-NL/scope.yaml, …), each read into a typed record (<see cref="ScopeWords"/>, the documents'
/// furniture, …). A property is a key: a key
/// missing from a language, a key no property reads, or a placeholder a translation dropped or
/// added is a load error, so a table never falls back to English in silence (ADR 0017).
/// </summary>
public static class WordTables
{
    private const string ResourcePrefix = "Words/";

    // A section's record is read through its properties and made with its constructor: what the
    // trimmer must keep of it, so the natively compiled command line reads the tables too.
    private const DynamicallyAccessedMemberTypes SectionMembers = DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor;
    private static readonly ConcurrentDictionary<(Type, string, string), object> s_tables = new();
    private static readonly ConcurrentDictionary<(string, string), YamlMappingNode?> s_files = new();

    /// <summary>A section of the table in a language, read into its record; cached.</summary>
    /// <typeparam name="T">The record: its string, list-of-string and dictionary properties are the keys.</typeparam>
    /// <param name="section">The section: its file's name ("scope" for scope.yaml).</param>
    /// <param name="language">A document language, or the pseudo-language; anything else reads as English.</param>
    /// <exception cref="WordTableException">The table is incomplete or has a key too many.</exception>
    public static T Load<[DynamicallyAccessedMembers(SectionMembers)] T>(string section, string? language) where T : class, new()
    {
        var tag = DocumentLanguages.IsSupported(language) || language == PseudoText.Language ? language! : DocumentLanguages.English;
        return (T)s_tables.GetOrAdd((typeof(T), section, tag), key => Read<T>(key.Item2, key.Item3));
    }

    /// <summary>A section by its record type (marked <see cref="WordSectionAttribute"/>), for checks that go over every section.</summary>
    /// <exception cref="WordTableException">The table is incomplete or has a key too many.</exception>
    [RequiresDynamicCode("Makes Load<T> for a type named at run time; the checks that go over every section run on the JIT.")]
    public static object Load([DynamicallyAccessedMembers(SectionMembers)] Type section, string? language)
    {
        ArgumentNullException.ThrowIfNull(section);
        var name = section.GetCustomAttribute<WordSectionAttribute>()?.Name
            ?? throw new ArgumentException($"{section.Name} is not a section of the localisation table", nameof(section));
        try
        {
            return typeof(WordTables).GetMethod(nameof(Load), 1, [typeof(string), typeof(string)])!
                .MakeGenericMethod(section).Invoke(null, [name, language])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    /// <summary>Every word of a loaded section, keyed by its property (and its list index or mapping key).</summary>
    [RequiresUnreferencedCode("Reads the properties of whatever record it is given; the checks that go over every section run on the JIT.")]
    public static IEnumerable<KeyValuePair<string, string>> WordsOf(object table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Keys(table.GetType()).SelectMany(p => p.GetValue(table) switch
        {
            string text => [new KeyValuePair<string, string>(p.Name, text)],
            IReadOnlyDictionary<string, string> map => map.Select(e => new KeyValuePair<string, string>($"{p.Name}.{e.Key}", e.Value)),
            IReadOnlyList<string> list => list.Select((w, i) => new KeyValuePair<string, string>($"{p.Name}[{i}]", w)),
            _ => [],
        });
    }

    /// <summary>Every language the table has a file for, the pseudo-language excluded.</summary>
    public static IReadOnlyList<string> Languages => DocumentLanguages.All;

    private static T Read<[DynamicallyAccessedMembers(SectionMembers)] T>(string section, string language) where T : class, new()
    {
        var errors = new List<string>();
        var english = Section(DocumentLanguages.English, section, errors);
        var own = language == PseudoText.Language ? english : Section(language, section, errors);
        var table = new T();
        if (own is null)
        {
            // A missing file is one mistake, not one per key.
            throw new WordTableException(errors);
        }

        foreach (var property in Keys(typeof(T)))
        {
            var file = FileName(language == PseudoText.Language ? DocumentLanguages.English : language, section);
            var englishValue = Child(english, property.Name);
            var value = Child(own, property.Name);
            if (value is null)
            {
                errors.Add($"{file}: has no \"{property.Name}\"");
                continue;
            }

            var read = ReadValue(property.PropertyType, value, file, section, property.Name, errors);
            if (read is null)
            {
                continue;
            }

            if (englishValue is not null && !SameShape(englishValue, value))
            {
                errors.Add($"{file}:{value.Start.Line}: \"{section}.{property.Name}\" must keep the placeholders and keys of the English (en.yaml)");
                continue;
            }

            property.SetValue(table, language == PseudoText.Language ? Mark(read) : read);
        }

        if (own is not null)
        {
            var known = Keys(typeof(T)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var key in own.Children.Keys.OfType<YamlScalarNode>().Where(k => !known.Contains(k.Value!)))
            {
                errors.Add($"{FileName(language, section)}:{key.Start.Line}: \"{key.Value}\" is no word of the table; remove it");
            }
        }

        return errors.Count > 0 ? throw new WordTableException(errors) : table;
    }

    private static IEnumerable<PropertyInfo> Keys([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && (p.PropertyType == typeof(string)
                || p.PropertyType == typeof(IReadOnlyList<string>)
                || p.PropertyType == typeof(IReadOnlyDictionary<string, string>)));

    private static object? ReadValue(Type type, YamlNode node, string file, string section, string key, List<string> errors)
    {
        object? value = (type, node) switch
        {
            _ when type == typeof(string) && node is YamlScalarNode scalar => scalar.Value ?? "",
            _ when type == typeof(IReadOnlyList<string>) && node is YamlSequenceNode list =>
                list.Children.Select(item => (item as YamlScalarNode)?.Value ?? "").ToImmutableArray(),
            _ when type == typeof(IReadOnlyDictionary<string, string>) && node is YamlMappingNode map =>
                map.Children.ToImmutableDictionary(p => ((YamlScalarNode)p.Key).Value!, p => (p.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal),
            _ => null,
        };
        if (value is null)
        {
            errors.Add($"{file}:{node.Start.Line}: \"{section}.{key}\" must be {(type == typeof(string) ? "a text" : type == typeof(IReadOnlyList<string>) ? "a list of texts" : "a mapping of keys to texts")}");
        }

        return value;
    }

    // A translation keeps the English's placeholders ({0}, {party}), its list length and its keys.
    private static bool SameShape(YamlNode english, YamlNode translated) => (english, translated) switch
    {
        (YamlScalarNode e, YamlScalarNode t) => Placeholders.Same([e.Value ?? ""], [t.Value ?? ""]),
        (YamlSequenceNode e, YamlSequenceNode t) => e.Children.Count == t.Children.Count && e.Children.Zip(t.Children).All(p => SameShape(p.First, p.Second)),
        (YamlMappingNode e, YamlMappingNode t) => e.Children.Count == t.Children.Count
            && e.Children.All(p => t.Children.TryGetValue(p.Key, out var v) && SameShape(p.Value, v)),
        _ => false,
    };

    private static object Mark(object value) => value switch
    {
        string text => PseudoText.Mark(text),
        ImmutableArray<string> list => list.Select(PseudoText.Mark).ToImmutableArray(),
        IReadOnlyDictionary<string, string> map => map.ToImmutableDictionary(p => p.Key, p => PseudoText.Mark(p.Value), StringComparer.Ordinal),
        _ => value,
    };

    private static YamlMappingNode? Section(string language, string section, List<string> errors)
    {
        if (s_files.GetOrAdd((language, section), key => LoadFile(key.Item1, key.Item2)) is { } mapping)
        {
            return mapping;
        }

        errors.Add($"{FileName(language, section)}: the file is missing");
        return null;
    }

    private static YamlNode? Child(YamlMappingNode? mapping, string key) =>
        mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string FileName(string language, string section) => $"Words/Tables/{language}/{section}.yaml";

    private static YamlMappingNode? LoadFile(string language, string section)
    {
        var assembly = typeof(WordTables).Assembly;
        using var stream = assembly.GetManifestResourceStream($"{ResourcePrefix}{language}/{section}.yaml");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root ? root : new YamlMappingNode();
    }
}

/// <summary>The localisation table has a mistake: every one, each with its file and key.</summary>
public sealed class WordTableException(IReadOnlyList<string> errors)
    : Exception("The localisation table has mistakes:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    /// <summary>Each mistake as <c>file:line: message</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
