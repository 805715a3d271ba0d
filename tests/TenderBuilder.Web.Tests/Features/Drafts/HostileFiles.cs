using System.Text;
using System.Text.Json;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Features.Drafts;

/// <summary>One generated import file: what kind of hostility it carries, and its text.</summary>
public sealed record HostileFile(int Number, string Kind, string Text)
{
    public override string ToString() => $"#{Number} {Kind} ({Text.Length:N0} characters)";
}

/// <summary>
/// A seeded generator of malformed and hostile draft files, as an attacker or a careless export
/// would make them: alias bombs, deep nesting, huge and numerous values, control and bidirectional
/// characters, formula and markup text, wrong types, truncated and mutated files. The same seed
/// gives the same files, so a failure can be replayed (TENDERBUILDER_CORPUS_SEED).
/// </summary>
public static class HostileFiles
{
    /// <summary>The seed used unless TENDERBUILDER_CORPUS_SEED names another.</summary>
    public const int DefaultSeed = 20261206;

    private static readonly string[] Examples =
        [.. new[] { "small-town-ten-ac-points", "stockholm-like-low-capacity", "utrecht-like-concession", "regional-framework-lots" }
            .Select(name => File.ReadAllText(RepositoryFiles.Example(name)))];

    private static readonly string[] HostileTexts =
    [
        "<script>alert('x')</script>",
        "=HYPERLINK(\"http://attacker.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "-2+3",
        "]]><!ENTITY x SYSTEM \"file:///etc/passwd\">",
        "{{7*7}} ${7*7} #{7*7}",
        "\u202Egnp.exe",
        "\u2066مناقصة شحن\u2069 RTL",
        "laadpalen \u200B\u200D\uFEFF zero-width",
        "' OR 1=1; DROP TABLE tender_drafts; --",
        "%s%s%s%n",
        "\\u0000 written out, not a control",
        "emoji 🔌⚡ and surrogate pairs 𝔘𝔱𝔯𝔢𝔠𝔥𝔱",
    ];

    private const string YamlIndicators = "[]{}:,'\"&*!|>-#%@`\t?";

    private static readonly char[] Controls = ['\0', '\u0001', '\u0007', '\b', '\u000B', '\f', '\u001B', '\u007F', '\u0085', '\u009F'];

    /// <summary>The seed for this run.</summary>
    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("TENDERBUILDER_CORPUS_SEED"), out var seed) ? seed : DefaultSeed;

    /// <summary>The corpus: <paramref name="count"/> files, every kind well represented.</summary>
    public static IReadOnlyList<HostileFile> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var makers = new (string Kind, Func<Random, string> Make)[]
        {
            ("alias bomb", AliasBomb),
            ("anchor", Anchor),
            ("deep nesting", DeepNesting),
            ("huge value", HugeValue),
            ("control character", ControlCharacter),
            ("hostile text", HostileText),
            ("wrong type", WrongType),
            ("truncated", Truncated),
            ("mutated", Mutated),
            ("broken syntax", BrokenSyntax),
        };
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            // A file of 200,000 values takes half a second to read and refuse; one in a hundred is enough.
            var (kind, make) = i % 100 == 5 ? ("many values", ManyValues) : makers[i % makers.Length];
            return new HostileFile(i, kind, make(random));
        })];
    }

    private static string Example(Random random) => Examples[random.Next(Examples.Length)];

    private static string AliasBomb(Random random)
    {
        var width = random.Next(2, 10);
        var levels = random.Next(2, 10);
        var text = new StringBuilder($"a0: &a0 [{string.Join(", ", Enumerable.Repeat("\"lol\"", width))}]\n");
        for (var level = 1; level <= levels; level++)
        {
            text.Append(random.Next(2) == 0
                ? $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", width))}]\n"
                : $"a{level}: &a{level}\n{string.Concat(Enumerable.Repeat($"  - *a{level - 1}\n", width))}");
        }

        // Inside a real tender too, where the title would take it in.
        return random.Next(2) == 0 ? text.ToString() : $"tender:\n  title: *a{levels}\n" + text;
    }

    private static string Anchor(Random random) => random.Next(4) switch
    {
        0 => "tender: &t\n  title: Anchored\nanswers: *t\n",
        1 => "answers:\n  <<: {grid.congestion: true}\n",
        2 => Example(random).Replace("answers:", "answers: &answers", StringComparison.Ordinal) + "\nextra: *answers\n",
        _ => "tender:\n  title: &title Charging\n  reference: *title\n",
    };

    private static string DeepNesting(Random random)
    {
        var depth = random.Next(20, 20_000);
        return random.Next(3) switch
        {
            0 => "answers:\n  x: " + new string('[', depth) + new string(']', depth) + "\n",
            1 => "{\"answers\": " + string.Concat(Enumerable.Repeat("{\"a\": ", depth)) + "1" + new string('}', depth) + "}",
            _ => string.Concat(Enumerable.Range(0, Math.Min(depth, 2_000)).Select(i => new string(' ', i * 2) + "k:\n")),
        };
    }

    private static string HugeValue(Random random)
    {
        var length = random.Next(90_000, 110_000);
        var text = new string((char)('a' + random.Next(26)), length);
        return random.Next(2) == 0
            ? $"tender:\n  title: \"{text}\"\n"
            : JsonSerializer.Serialize(new { tender = new { title = "Long clause" }, customClauses = new[] { new { title = "x", text } } });
    }

    private static string ManyValues(Random random)
    {
        // Just past the limit: the reader must stop counting there, not after building everything.
        var count = Core.Input.YamlLimits.TenderInput.MaxNodes + random.Next(1, 10_000);
        return "answers:\n  sites.list: [" + string.Join(",", Enumerable.Repeat("1", count)) + "]\n";
    }

    private static string ControlCharacter(Random random)
    {
        var control = Controls[random.Next(Controls.Length)];
        var value = $"Charging{control}points";
        return random.Next(3) switch
        {
            0 => JsonSerializer.Serialize(new { tender = new { title = value } }),
            1 => $"tender:\n  title: Fine\n  reference: \"REF-\\u{(int)control:X4}-1\"\n",
            _ => JsonSerializer.Serialize(new Dictionary<string, object> { ["tender"] = new { title = "Fine" }, ["answers"] = new Dictionary<string, string> { [$"q{control}x"] = "1" } }),
        };
    }

    private static string HostileText(Random random)
    {
        var text = HostileTexts[random.Next(HostileTexts.Length)] + " " + HostileTexts[random.Next(HostileTexts.Length)];
        return random.Next(3) switch
        {
            0 => JsonSerializer.Serialize(new { tender = new { title = text } }),
            1 => JsonSerializer.Serialize(new
            {
                tender = new { title = "Hostile clause" },
                customClauses = new[] { new { title = text, text } },
            }),
            _ => Example(random).Replace("title: ", $"title: {JsonSerializer.Serialize(text)} # ", StringComparison.Ordinal),
        };
    }

    private static string WrongType(Random random) => random.Next(8) switch
    {
        0 => "tender:\n  title: [1, 2]\n",
        1 => "answers: just text\n",
        2 => "exclusions: {a: 1}\n",
        3 => "schemaVersion: one\n",
        4 => "tender:\n  estimatedValue:\n    amount: {currency: EUR}\n",
        5 => "customClauses:\n  - 42\n",
        6 => "\"just a string\"\n",
        _ => "tender:\n  keyDates: 2027\n",
    };

    private static string Truncated(Random random)
    {
        var example = Example(random);
        var cut = example[..random.Next(1, example.Length)];
        return random.Next(3) == 0 ? cut + ":" : cut;
    }

    private static string Mutated(Random random)
    {
        var text = Example(random).ToCharArray();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            text[random.Next(text.Length)] = YamlIndicators[random.Next(YamlIndicators.Length)];
        }

        return new string(text);
    }

    private static string BrokenSyntax(Random random) => random.Next(9) switch
    {
        0 => "tender:\n  title: [unclosed, sequence\n",
        1 => "tender:\n  title: x\n:",
        2 => "answers:\n  grid.congestion: true\n  :",
        3 => "{\"tender\": {\"title\": \"x\"",
        4 => "answers:\n  a: 1\n  a: 2\n",
        5 => "tender: {title: a}\n---\ntender: {title: b}\n",
        6 => "\uFEFFtender:\r\n  title: With a byte-order mark and CRLF\r\n",
        7 => "tender:\n\ttitle: tabs for indentation\n",
        _ => "? [complex, key]\n: value\n",
    };
}
