using System.Text.Json;
using NJsonSchema;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Examples;

/// <summary>The published schemas describe what TenderBuilder reads and writes.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Repository.Examples, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_manifest_of_every_example_matches_the_documented_manifest_schema(string file)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Repository.Root, "docs", "manifest.schema.json"));
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;

        var manifest = PackageManifest.Write(RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29)));

        schema.Validate(manifest).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_example_is_valid_against_the_generated_TenderInput_schema(string file)
    {
        var schema = await GeneratedSchemaAsync();
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;

        schema.Validate(TenderInputJson.Serialize(input)).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_generated_schema_rejects_a_wrong_type_an_unknown_option_and_an_unknown_question()
    {
        var schema = await GeneratedSchemaAsync();
        var json = JsonSerializer.Serialize(new
        {
            schemaVersion = 1,
            answers = new Dictionary<string, object> { ["grid.congestion"] = "yes", ["model.type"] = "lease", ["grid.congestoin"] = true },
        });

        var errors = schema.Validate(json).Select(e => e.Path ?? e.Property ?? "").ToList();

        errors.ShouldContain(p => p.Contains("grid.congestion", StringComparison.Ordinal));
        errors.ShouldContain(p => p.Contains("model.type", StringComparison.Ordinal));
        errors.ShouldContain(p => p.Contains("grid.congestoin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_generated_schema_describes_the_notice_data_and_closes_every_group_of_the_tender_block()
    {
        var schema = await GeneratedSchemaAsync();
        var json = JsonSerializer.Serialize(new
        {
            schemaVersion = 2,
            tender = new
            {
                // "type" is a field of the authority, not the JSON Schema keyword: the group is still closed.
                authority = new { type = "municipality", registrationId = "12345678", mistake = true, address = new { nuts = "nl350" } },
                dates = new { submissionDeadlineTime = "25:00", timeZone = "Europe/London" },
                notice = new { tenderLanguages = new[] { "xx" }, wanted = "yes", reviewBody = new { contact = new { email = "court@example.org" } } },
            },
        });

        var errors = schema.Validate(json).Select(e => e.ToString()).ToList();

        errors.ShouldContain(e => e.Contains("authority.mistake", StringComparison.Ordinal), string.Join("\n", errors));
        errors.ShouldContain(e => e.Contains("address.nuts", StringComparison.Ordinal), string.Join("\n", errors));
        errors.ShouldContain(e => e.Contains("submissionDeadlineTime", StringComparison.Ordinal), string.Join("\n", errors));
        errors.ShouldContain(e => e.Contains("timeZone", StringComparison.Ordinal), string.Join("\n", errors));
        errors.ShouldContain(e => e.Contains("tenderLanguages", StringComparison.Ordinal), string.Join("\n", errors));
        errors.ShouldContain(e => e.Contains("notice.wanted", StringComparison.Ordinal), string.Join("\n", errors));
        errors.Count.ShouldBe(6, string.Join("\n", errors));
    }

    private static Task<JsonSchema> GeneratedSchemaAsync()
    {
        // NJsonSchema reads draft-04 to draft-07 keywords, all the generated schema uses.
        var text = TenderInputSchema.For(CatalogueLoader.Default).ToJsonString()
            .Replace("https://json-schema.org/draft/2020-12/schema", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(text);
    }
}
