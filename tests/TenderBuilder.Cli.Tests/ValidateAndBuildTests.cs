using System.Text.Json;

namespace TenderBuilder.Cli.Tests;

public sealed class ValidateAndBuildTests
{
    private const string Date = "2026-11-29";

    [Fact]
    public async Task A_file_with_a_syntax_error_exits_2_naming_the_line_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var input = temp.File("broken.yaml", "tender:\n  title: Charging\nanswers:\n  grid.congestion: [true\n");
        var outFolder = System.IO.Path.Combine(temp.Path, "out");

        var validate = await CliProcess.RunAsync("validate", input, "--date", Date);
        var build = await CliProcess.RunAsync("build", input, "--out", outFolder, "--date", Date);

        validate.ExitCode.ShouldBe(2);
        validate.Error.ShouldContain($"{input}: Line 5: the file is not valid YAML or JSON");
        build.ExitCode.ShouldBe(2);
        Directory.Exists(outFolder).ShouldBeFalse();
    }

    [Fact]
    public async Task A_seven_level_alias_bomb_is_refused_at_its_first_anchor_with_little_memory()
    {
        using var temp = new TempFolder();
        // 409 bytes that would expand to 4.8 million values.
        var bomb = "x0: &x0 [a, a, a, a, a, a, a, a, a]\n"
            + string.Concat(Enumerable.Range(1, 7).Select(i => $"x{i}: &x{i} [{string.Join(", ", Enumerable.Repeat($"*x{i - 1}", 9))}]\n"));
        var input = temp.File("bomb.yaml", bomb);

        var validate = await CliProcess.RunAsync("validate", input, "--date", Date);

        validate.ExitCode.ShouldBe(2);
        validate.Error.ShouldContain($"{input}: Line 1: the file repeats a part of itself with “&” and “*”");
        validate.PeakMemoryBytes.ShouldBeGreaterThan(0, "the process's memory was never read");
        validate.PeakMemoryBytes.ShouldBeLessThan(300L * 1024 * 1024);
        // The runtime's start-up is most of this; expanding the bomb took 26 s and 4 GB.
        validate.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
    }

    [Theory]
    [InlineData("  grid.congestoin: true\n", ":4: error input.unknown-question: There is no question \"grid.congestoin\"")]
    [InlineData("  grid.congestion: maybe\n", ":4: error input.invalid-answer: grid.congestion (")]
    [InlineData("  model.duration_years: -3\n", ":4: error input.invalid-answer: model.duration_years (")]
    public async Task An_unknown_question_a_wrong_type_or_a_value_out_of_range_exits_2_naming_line_and_question(string answer, string expected)
    {
        using var temp = new TempFolder();
        var input = temp.File("bad.yaml", "tender:\n  title: Charging\nanswers:\n" + answer);
        var outFolder = System.IO.Path.Combine(temp.Path, "out");

        var validate = await CliProcess.RunAsync("validate", input, "--date", Date);
        var build = await CliProcess.RunAsync("build", input, "--out", outFolder, "--date", Date);

        validate.ExitCode.ShouldBe(2);
        validate.Error.ShouldContain(input + expected);
        build.ExitCode.ShouldBe(2);
        build.Error.ShouldContain("nothing was written");
        Directory.Exists(outFolder).ShouldBeFalse();
    }

    [Fact]
    public async Task A_tender_with_errors_but_a_readable_file_exits_1_and_names_what_to_fix()
    {
        using var temp = new TempFolder();
        // Well-formed, but the required questions (authority, country, value, model) are unanswered.
        var input = temp.File("incomplete.yaml", "tender:\n  title: Charging\n");

        var validate = await CliProcess.RunAsync("validate", input, "--date", Date);

        validate.ExitCode.ShouldBe(1);
        validate.Error.ShouldContain("error tender.required-missing");
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var result = await CliProcess.RunAsync("validate", "/no/such/file.yaml");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("/no/such/file.yaml: the file does not exist.");
    }

    [Fact]
    public async Task A_bad_date_option_exits_2()
    {
        using var temp = new TempFolder();
        var input = temp.File("t.yaml", "tender:\n  title: Charging\n");

        var result = await CliProcess.RunAsync("validate", input, "--date", "29/11/2026");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--date \"29/11/2026\" is not a date written YYYY-MM-DD.");
    }

    [Fact]
    public async Task Build_writes_a_manifest_even_with_errors_so_the_officer_sees_them_and_exits_1()
    {
        using var temp = new TempFolder();
        var input = temp.File("incomplete.json", """{ "tender": { "title": "<b>Charging</b> =1+1" } }""");
        var outFolder = System.IO.Path.Combine(temp.Path, "out");

        var build = await CliProcess.RunAsync("build", input, "--out", outFolder, "--date", Date);

        build.ExitCode.ShouldBe(1);
        var manifest = File.ReadAllText(System.IO.Path.Combine(outFolder, "manifest.json"));
        manifest.ShouldNotContain("<b>", Case.Sensitive, "markup is escaped in the JSON text");
        using var document = JsonDocument.Parse(manifest);
        document.RootElement.GetProperty("tender").GetProperty("title").GetString().ShouldBe("<b>Charging</b> =1+1");
        document.RootElement.GetProperty("findings").EnumerateArray().ShouldContain(f => f.GetProperty("code").GetString() == "tender.required-missing");
    }
}
