using System.Text.Json;

namespace TenderBuilder.Cli.Tests;

public sealed class CommandTests
{
    [Fact]
    public async Task Questions_lists_every_section_and_the_schema_is_valid_JSON_describing_the_answers()
    {
        var table = await CliProcess.RunAsync("questions");
        var schema = await CliProcess.RunAsync("questions", "--format", "json-schema");

        table.ExitCode.ShouldBe(0);
        table.Output.ShouldContain("grid.congestion");
        schema.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(schema.Output);
        var answers = document.RootElement.GetProperty("properties").GetProperty("answers").GetProperty("properties");
        answers.GetProperty("grid.congestion").GetProperty("type").GetString().ShouldBe("boolean");
        answers.GetProperty("model.type").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldContain("concession");
    }

    [Fact]
    public async Task Clauses_as_JSON_carry_every_field_with_sources_and_their_status()
    {
        var result = await CliProcess.RunAsync("clauses", "--format", "json");

        result.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(result.Output);
        var clauses = document.RootElement.EnumerateArray().ToList();
        clauses.ShouldNotBeEmpty();
        foreach (var clause in clauses)
        {
            foreach (var field in new[] { "id", "kind", "deliverable", "strength", "topic", "title", "text", "verification", "sources" })
            {
                clause.TryGetProperty(field, out _).ShouldBeTrue($"{clause.GetProperty("id")} has {field}");
            }

            clause.GetProperty("sources").EnumerateArray().ShouldAllBe(s => s.GetProperty("status").GetString() == "verified" || s.GetProperty("status").GetString() == "toVerify");
        }
    }

    [Fact]
    public async Task Clauses_can_be_filtered_by_topic_and_search_and_an_unknown_topic_is_named()
    {
        var byTopic = await CliProcess.RunAsync("clauses", "--topic", "afir-hardware", "--format", "json");
        var unknown = await CliProcess.RunAsync("clauses", "--topic", "nope");

        using var document = JsonDocument.Parse(byTopic.Output);
        document.RootElement.EnumerateArray().ShouldAllBe(c => c.GetProperty("topic").GetString() == "afir-hardware");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("There is no topic \"nope\"");
    }

    [Fact]
    public async Task A_misused_command_exits_2_with_help()
    {
        var result = await CliProcess.RunAsync("frobnicate");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("tenderbuilder --help");
    }
}
