using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Manifest;

/// <summary>
/// manifest.json: the whole TenderPackage as data, so an officer (or a program) can check every
/// clause, parameter, source and explanation line by line. Its JSON Schema is
/// docs/manifest.schema.json.
/// </summary>
public static class PackageManifest
{
    /// <summary>The manifest format version.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Readable non-ASCII (Łódź, ≥, €) in the file; markup stays escaped for any HTML consumer.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Writes the package as manifest JSON, listing the files written beside it.</summary>
    public static string Write(TenderPackage package, IEnumerable<PackageFile>? files = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        var manifest = new JsonObject
        {
            ["manifestVersion"] = FormatVersion,
            ["catalogVersion"] = package.CatalogVersion,
            ["language"] = package.Language,
            ["referenceDate"] = package.ReferenceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["tender"] = JsonSerializer.SerializeToNode(package.Tender, TenderInputJson.Info<TenderMetadata>()),
            ["clauses"] = new JsonArray([.. package.Clauses.Select(Clause)]),
            ["excluded"] = new JsonArray([.. package.Excluded.Select(Excluded)]),
            ["findings"] = new JsonArray([.. package.Findings.Select(Finding)]),
            ["files"] = new JsonArray([.. (files ?? []).Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["mediaType"] = f.MediaType,
                ["title"] = f.Title,
                ["audience"] = f.Audience,
            })]),
        };
        // Absent rather than null: "no justification" is no key, which keeps the file and its schema simple.
        JsonNodes.RemoveNulls(manifest);
        return manifest.ToJsonString(s_options);
    }

    private static JsonNode Clause(IncludedClause clause) => new JsonObject
    {
        ["id"] = clause.Id,
        ["kb"] = clause.Kb.Length == 0 ? null : clause.Kb,
        ["kind"] = Camel(clause.Kind),
        ["deliverable"] = Camel(clause.Deliverable),
        ["strength"] = Camel(clause.Strength),
        ["topic"] = clause.Topic,
        ["title"] = clause.Title,
        ["text"] = clause.Text,
        ["parameters"] = new JsonArray([.. clause.Parameters.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name,
            ["label"] = p.Label,
            ["value"] = p.Value?.Display,
            ["text"] = p.Rendered,
            ["origin"] = Camel(p.Origin),
            ["defaultSource"] = p.DefaultSource is null ? null : Source(p.DefaultSource),
        })]),
        ["verification"] = new JsonObject { ["method"] = Camel(clause.Verification.Method), ["text"] = clause.Verification.Text },
        ["sources"] = new JsonArray([.. clause.Sources.Select(Source)]),
        ["explanation"] = clause.Explanation,
        ["because"] = new JsonArray([.. clause.Because.Select(Fact)]),
        ["custom"] = clause.IsCustom ? true : null,
    };

    private static JsonNode Excluded(ExcludedClause clause) => new JsonObject
    {
        ["id"] = clause.Id,
        ["title"] = clause.Title,
        ["strength"] = Camel(clause.Strength),
        ["by"] = Camel(clause.By),
        ["reason"] = clause.Reason,
        ["justification"] = clause.Justification,
        ["because"] = new JsonArray([.. clause.Because.Select(Fact)]),
    };

    private static JsonNode Finding(Finding finding) => new JsonObject
    {
        ["code"] = finding.Code,
        ["severity"] = Camel(finding.Severity),
        ["message"] = finding.Message,
        ["path"] = finding.Path,
        ["sources"] = new JsonArray([.. finding.Sources.Select(c => (JsonNode)new JsonObject
        {
            ["source"] = c.SourceId,
            ["locator"] = c.Locator,
            ["status"] = Camel(c.Status),
        })]),
    };

    private static JsonNode Source(SourceReference source) => new JsonObject
    {
        ["source"] = source.SourceId,
        ["document"] = source.Document,
        ["locator"] = source.Locator,
        ["status"] = Camel(source.Status),
        ["verifiedIn"] = source.VerifiedIn is null ? null : "verified-facts.md " + source.VerifiedIn,
        ["url"] = source.Url?.ToString(),
    };

    private static JsonNode Fact(Conditions.Fact fact) => new JsonObject
    {
        ["question"] = fact.QuestionId,
        ["label"] = fact.Question,
        ["answer"] = fact.Answer,
        ["test"] = fact.Test,
        ["result"] = fact.Result,
    };

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
