using System.Text.Json;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Tests.Input;

public sealed class TenderInputReaderTests
{
    [Fact]
    public void YAML_and_JSON_read_to_the_same_input_and_every_answer_keeps_its_line()
    {
        const string yaml = """
            schemaVersion: 1
            tender:
              title: Charging for residents
            answers:
              grid.congestion: true
              model.duration_years: 10
              sites.rollout_end: 2027-06-30
            """;
        const string json = """
            {
              "schemaVersion": 1,
              "tender": { "title": "Charging for residents" },
              "answers": { "grid.congestion": true, "model.duration_years": 10, "sites.rollout_end": "2027-06-30" }
            }
            """;

        var fromYaml = TenderInputReader.Read(yaml);
        var fromJson = TenderInputReader.Read(json);

        TenderInputJson.Serialize(fromYaml.Input).ShouldBe(TenderInputJson.Serialize(fromJson.Input));
        fromYaml.LineOf("/answers/model.duration_years").ShouldBe(6);
        fromJson.LineOf("/answers/model.duration_years").ShouldBe(4);
        fromYaml.Input.Answers["sites.rollout_end"].GetString().ShouldBe("2027-06-30");
    }

    [Theory]
    [InlineData("tender:\n  title: [unclosed\n", "Line 3: the file is not valid YAML or JSON")]
    [InlineData("{ \"tender\": { \"title\": \"x\" ", "the file is not valid YAML or JSON")]
    [InlineData("schemaVersion: 2\n", "Line 1: schemaVersion 2 is not supported; this TenderBuilder reads schemaVersion 1.")]
    [InlineData("tender:\n  titel: x\n", "Line 2: \"tender.titel\" is not a field of a TenderInput (check the spelling).")]
    [InlineData("answers:\n  a: 1\n  a: 2\n", "Line 3: the file is not valid YAML or JSON: Duplicate key a")]
    [InlineData("- just\n- a list\n", "Line 1: a TenderInput is a mapping")]
    [InlineData("", "The file is empty.")]
    [InlineData("tender:\n  estimatedValue:\n    amount: lots\n", "Line 3: \"tender.estimatedValue.amount\" has a value of the wrong type.")]
    public void A_malformed_file_is_refused_with_a_message_naming_the_line(string text, string expected)
    {
        var failure = Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(text));

        failure.Message.ShouldContain(expected);
    }

    [Fact]
    public void An_oversized_file_is_refused_before_it_is_parsed()
    {
        var huge = "answers:\n  x: \"" + new string('a', TenderInputReader.MaxCharacters) + "\"\n";

        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(huge)).Message.ShouldContain("at most 2,000,000");
    }

    [Fact]
    public void Deeply_nested_input_is_refused()
    {
        var nested = new string('[', 200) + new string(']', 200);

        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read("answers:\n  x: " + nested + "\n")).Message.ShouldContain("nests deeper than 32 levels");
    }

    [Fact]
    public void Hostile_text_is_kept_exactly_as_typed()
    {
        const string hostile = "<script>alert('x')</script> =HYPERLINK(\"http://evil\") مناقصة ‮txt.exe \t@SUM(A1)";
        var json = JsonSerializer.Serialize(new { tender = new { title = hostile } });

        var input = TenderInputReader.Read(json).Input;

        input.Tender.Title.ShouldBe(hostile);
    }

    [Fact]
    public void Quoted_values_stay_text_and_plain_ones_are_typed()
    {
        var input = TenderInputReader.Read("answers:\n  a: \"10\"\n  b: 10\n  c: 'true'\n  d: false\n").Input;

        input.Answers["a"].ValueKind.ShouldBe(JsonValueKind.String);
        input.Answers["b"].ValueKind.ShouldBe(JsonValueKind.Number);
        input.Answers["c"].ValueKind.ShouldBe(JsonValueKind.String);
        input.Answers["d"].ValueKind.ShouldBe(JsonValueKind.False);
    }
}
