using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

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
    };

    /// <summary>Writes an input as JSON.</summary>
    public static string Serialize(TenderInput input) => JsonSerializer.Serialize(input, Options);

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
        return document.Deserialize<TenderInput>(Options) ?? throw new JsonException("The input is empty (null).");
    }
}
