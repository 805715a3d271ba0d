using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TenderBuilder.Core.Templates;

namespace TenderBuilder.Core.Input;

/// <summary>The one JSON form of a TenderInput: camelCase, no nulls, dates as YYYY-MM-DD.</summary>
public static class TenderInputJson
{
    /// <summary>Serializer options shared by the database, the command line and exports.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // Generated at compile time rather than reflected at run time, so the natively compiled
        // command line reads and writes inputs as the web app does (ADR 0023).
        TypeInfoResolver = TenderInputJsonContext.Default,
    };

    /// <summary>How <see cref="Options"/> reads and writes one of the input's types (the input, its tender block, a site, a template binding).</summary>
    /// <exception cref="NotSupportedException">The type is not part of the input's JSON form.</exception>
    public static JsonTypeInfo<T> Info<T>() => Info<T>(Options);

    /// <summary>Reads a JSON form of one of the input's types, an absent value taking the record's default (<see cref="TenderInputDefaults"/>).</summary>
    public static T? Read<T>(JsonNode? node)
    {
        var info = Info<T>();
        TenderInputDefaults.Complete(node, info);
        return node.Deserialize(info);
    }

    /// <summary>How options derived from <see cref="Options"/> (a compact form, say) read and write one of the input's types.</summary>
    /// <exception cref="NotSupportedException">The type is not part of the input's JSON form.</exception>
    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    /// <summary>Writes an input as JSON.</summary>
    public static string Serialize(TenderInput input) => JsonSerializer.Serialize(input, Info<TenderInput>());

    /// <summary>
    /// Reads an input from JSON, as stored in the database, upgrading an earlier schema version
    /// (no line information: use <see cref="TenderInputReader"/> for files).
    /// </summary>
    public static TenderInput Deserialize(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject document)
        {
            throw new JsonException("The input is empty or not an object.");
        }

        TenderInputUpgrade.Apply(document);
        return Read<TenderInput>(document) ?? throw new JsonException("The input is empty (null).");
    }
}

/// <summary>The input's types, for the JSON source generator; the options themselves are <see cref="TenderInputJson.Options"/>.</summary>
[JsonSerializable(typeof(TenderInput))]
[JsonSerializable(typeof(TenderMetadata))]
[JsonSerializable(typeof(Site))]
[JsonSerializable(typeof(TemplateBinding))]
[JsonSerializable(typeof(TemplateLock[]))]
[JsonSerializable(typeof(ImmutableArray<TemplateLock>))]
internal sealed partial class TenderInputJsonContext : JsonSerializerContext;
