using System.Text.Json;
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

    /// <summary>Reads an input from JSON (no line information: use <see cref="TenderInputReader"/> for files).</summary>
    public static TenderInput Deserialize(string json) =>
        JsonSerializer.Deserialize<TenderInput>(json, Options) ?? throw new JsonException("The input is empty (null).");
}
