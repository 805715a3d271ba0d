using System.Globalization;

namespace TenderBuilder.LoadTests;

/// <summary>What one run of the load test does, from its command line.</summary>
internal sealed record LoadOptions
{
    /// <summary>
    /// How many officers' pages share one browser context. Each page is still a circuit of its own;
    /// pages of one context share the browser's cache, so a page does not fetch and compile the
    /// app's scripts and styles anew, which on two cores made opening a hundred pages take longer
    /// than the run.
    /// </summary>
    public int PagesPerContext { get; init; } = 10;

    /// <summary>How many pages may be opening at the same time.</summary>
    public int OpeningAtOnce { get; init; } = 2;

    /// <summary>How many officers edit at once, each in a browser context of their own (one circuit each).</summary>
    public int Circuits { get; init; } = 100;

    /// <summary>How often each officer changes an answer, on average (each wait varies by ±20 %).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long answers are measured once every circuit is up.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Over how long the circuits are opened, evenly spread.</summary>
    public TimeSpan Ramp { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an answer may take to reach the panel before it counts as an error.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>An app that already runs; null to start one as a process of its own.</summary>
    public Uri? Url { get; init; }

    /// <summary>The account every officer signs in as; only needed with <see cref="Url"/>.</summary>
    public string? Email { get; init; }

    /// <summary>The password of <see cref="Email"/>.</summary>
    public string? Password { get; init; }

    /// <summary>The Chromium program.</summary>
    public string Chromium { get; init; } = Environment.GetEnvironmentVariable("TENDERBUILDER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public const string Usage = """
        TenderBuilder load test: N officers edit their drafts at once; the time from each answer to the
        requirements panel showing its result is measured in the browser.

          --circuits N        officers at once, one browser context and one circuit each (default 100)
          --interval 10s      time between one officer's answers, ±20 % (default 10s)
          --duration 3m       how long to measure once every circuit is up (default 3m)
          --ramp 60s          over how long the circuits are opened, at the earliest (default 60s)
          --opening-at-once 2 how many pages may be opening at the same time (default 2)
          --pages-per-context 10  officers' pages per browser context; each page is its own circuit (default 10)
          --answer-timeout 10s  an answer slower than this is an error (default 10s)
          --url URL           an app that already runs (default: start src/TenderBuilder.Web as a process
                              of its own on a free loopback port, with a fresh SQLite database)
          --email E --password P  the author account to sign in as, with --url
          --chromium PATH     the browser (default /usr/bin/chromium or TENDERBUILDER_CHROMIUM)

        Durations: 500ms, 10s, 3m, 1h.
        """;

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--circuits" => options with { Circuits = Positive(name, Value()) },
                "--interval" => options with { Interval = ParseDuration(name, Value()) },
                "--duration" => options with { Duration = ParseDuration(name, Value()) },
                "--opening-at-once" => options with { OpeningAtOnce = Positive(name, Value()) },
                "--pages-per-context" => options with { PagesPerContext = Positive(name, Value()) },
                "--ramp" => options with { Ramp = ParseDuration(name, Value(), allowZero: true) },
                "--answer-timeout" => options with { AnswerTimeout = ParseDuration(name, Value()) },
                "--url" => options with { Url = new Uri(Value().TrimEnd('/') + "/") },
                "--email" => options with { Email = Value() },
                "--password" => options with { Password = Value() },
                "--chromium" => options with { Chromium = Value() },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Url is not null && (options.Email is null || options.Password is null))
        {
            throw new ArgumentException("With --url, give --email and --password of an author account on that app.");
        }

        return options;
    }

    /// <summary>"500ms", "10s", "3m" or "1h".</summary>
    public static TimeSpan ParseDuration(string name, string text, bool allowZero = false)
    {
        (string number, Func<double, TimeSpan> unit) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], TimeSpan.FromMilliseconds),
            _ when text.EndsWith('s') => (text[..^1], TimeSpan.FromSeconds),
            _ when text.EndsWith('m') => (text[..^1], TimeSpan.FromMinutes),
            _ when text.EndsWith('h') => (text[..^1], TimeSpan.FromHours),
            _ => (text, (Func<double, TimeSpan>)TimeSpan.FromSeconds),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || (value == 0 && !allowZero))
        {
            throw new ArgumentException($"{name}: \"{text}\" is not a duration such as 500ms, 10s or 3m.");
        }

        return unit(value);
    }

    private static int Positive(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name}: \"{text}\" is not a positive whole number.");
}
