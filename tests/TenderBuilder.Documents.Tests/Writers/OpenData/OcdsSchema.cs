using System.Text.Json.Nodes;
using NJsonSchema;

namespace TenderBuilder.Documents.Tests.Writers.OpenData;

/// <summary>
/// The official OCDS 1.1.5 release-package schema with its release schema resolved from the local
/// copy (there is no network) and the Lots extension merged in as the JSON Merge Patch it is.
/// </summary>
internal static class OcdsSchema
{
    private const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    private static readonly Lazy<Task<JsonSchema>> s_schema = new(LoadAsync);

    public static Task<JsonSchema> PackageAsync() => s_schema.Value;

    /// <summary>The codes of a codelist CSV (the "Code" column).</summary>
    public static HashSet<string> Codes(string codelist)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Ocds, "codelists", codelist + ".csv"));
        var column = lines[0].Split(',').ToList().IndexOf("Code");
        return [.. lines.Skip(1).Select(line => line.Split(',')[column])];
    }

    private static async Task<JsonSchema> LoadAsync()
    {
        var folder = Directory.CreateTempSubdirectory("tenderbuilder-ocds-").FullName;
        var release = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Ocds, "release-schema.json")))!;
        var lots = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Ocds, "extensions", "lots-v1.1.5", "release-schema.json")))!;
        var merged = MergePatch(release, lots)!.AsObject();
        merged.Remove("id");
        File.WriteAllText(Path.Combine(folder, "release-schema.json"), merged.ToJsonString());
        var package = File.ReadAllText(Path.Combine(Repository.Ocds, "release-package-schema.json"))
            .Replace(ReleaseSchemaUrl, "release-schema.json", StringComparison.Ordinal);
        var packagePath = Path.Combine(folder, "release-package-schema.json");
        File.WriteAllText(packagePath, package);
        return await JsonSchema.FromFileAsync(packagePath);
    }

    // RFC 7386: objects merge key by key, null removes a key, anything else replaces.
    private static JsonNode? MergePatch(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? targetObject.DeepClone().AsObject() : new JsonObject();
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = MergePatch(result[key], value);
            }
        }

        return result;
    }
}
