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
    [InlineData("schemaVersion: 3\n", "Line 1: schemaVersion 3 is not supported; this TenderBuilder reads schemaVersion 1 to 2.")]
    [InlineData("schemaVersion: 0\n", "Line 1: schemaVersion 0 is not supported; this TenderBuilder reads schemaVersion 1 to 2.")]
    [InlineData("tender:\n  titel: x\n", "Line 2: \"tender.titel\" is not a field of a TenderInput (check the spelling).")]
    [InlineData("answers:\n  a: 1\n  a: 2\n", "Line 3: \"answers.a\" appears twice; keep one.")]
    [InlineData("tender:\n  title: x\n:", "Line 3: a \":\" stands without a name before it.")]
    [InlineData("tender:\n  title: x\n  :", "Line 3: a \":\" stands without a name before it.")]
    [InlineData("tender: x\n:", "Line 2: a \":\" stands without a name before it.")]
    [InlineData("tender: x\n: y\n", "Line 2: a \":\" stands without a name before it.")]
    [InlineData("answers: [1, 2", "Line 2: the file is not valid YAML or JSON: a list in [ ] is missing a “,” between its items or its closing “]”.")]
    [InlineData("tender: {title: [a, b}", "the file is not valid YAML or JSON")]
    [InlineData("? [a]\n: b\n", "Line 1: a field name must be a plain word, such as title or answers.")]
    [InlineData("a: 1\n---\nb: 2\n", "Line 2: the file holds more than one draft (a second one starts here, after “---”); import them one at a time.")]
    [InlineData("# only a comment\n", "The file is empty.")]
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

        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(huge)).Message.ShouldContain("at most 4,000,000");
    }

    [Fact]
    public void Deeply_nested_input_is_refused()
    {
        var nested = new string('[', 200) + new string(']', 200);

        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read("answers:\n  x: " + nested + "\n")).Message.ShouldContain("the file nests lists and groups more than 32 levels deep");
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

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void An_alias_bomb_is_refused_at_its_first_anchor_before_anything_is_expanded(int levels)
    {
        // 9^levels copies of "a" if the aliases were expanded: 4.8 million at seven levels.
        var bomb = "x0: &x0 [a, a, a, a, a, a, a, a, a]\n"
            + string.Concat(Enumerable.Range(1, levels).Select(i => $"x{i}: &x{i} [{string.Join(", ", Enumerable.Repeat($"*x{i - 1}", 9))}]\n"));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var failure = Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(bomb));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).ShouldBeLessThan(300L * 1024 * 1024);
        failure.Line.ShouldBe(1);
        failure.Message.ShouldBe("Line 1: the file repeats a part of itself with “&” and “*” (YAML anchors and aliases), which TenderBuilder does not read; write each value out in full.");
    }

    [Theory]
    [InlineData("tender:\n  title: &t x\n")]
    [InlineData("answers:\n  a: 1\n  b: *a\n")]
    [InlineData("answers:\n  <<: {a: 1}\n  &k key: 1\n")]
    public void Anchors_and_aliases_are_refused_even_when_harmless(string text)
    {
        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(text)).Message.ShouldContain("(YAML anchors and aliases), which TenderBuilder does not read");
    }

    [Theory]
    [InlineData("tender:\n  title: \"Charging\\0 for residents\"\n", "Line 2: \"tender.title\" contains an invisible control character (U+0000)")]
    [InlineData("{\"tender\": {\"title\": \"a\\u0007b\"}}", "Line 1: \"tender.title\" contains an invisible control character (U+0007)")]
    [InlineData("answers:\n  \"a\\u001Bb\": 1\n", "Line 2: a field name contains an invisible control character (U+001B)")]
    [InlineData("customClauses:\n  - text: \"x\\u0085y\"\n", "Line 2: \"customClauses.0.text\" contains an invisible control character (U+0085)")]
    public void Control_characters_are_refused_with_the_line_and_field_that_holds_them(string text, string expected)
    {
        var failure = Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(text));

        failure.Message.ShouldStartWith(expected);
        failure.Message.ShouldContain("retype");
    }

    [Fact]
    public void Tabs_and_line_breaks_are_text_not_control_characters()
    {
        var input = TenderInputReader.Read("tender:\n  title: \"Charging\\tfor\\r\\nresidents\"\n").Input;

        input.Tender.Title.ShouldBe("Charging\tfor\r\nresidents");
    }

    [Fact]
    public void A_value_longer_than_any_tender_text_is_refused_with_its_line()
    {
        var text = "tender:\n  title: x\nanswers:\n  a: \"" + new string('a', YamlLimits.TenderInput.MaxScalarLength + 1) + "\"\n";

        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(text)).Message.ShouldBe("Line 4: \"answers.a\" is 100,001 characters long; shorten it to at most 100,000.");
    }

    [Fact]
    public void A_file_with_more_values_than_any_tender_is_refused_while_it_is_read()
    {
        var text = "answers:\n  a: [" + string.Join(",", Enumerable.Repeat("1", YamlLimits.TenderInput.MaxNodes)) + "]\n";

        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read(text)).Message.ShouldBe("The file holds more than 200,000 values; a draft file holds far fewer, so TenderBuilder reads no further.");
    }
}
