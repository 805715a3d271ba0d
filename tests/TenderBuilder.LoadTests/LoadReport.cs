using System.Globalization;
using System.Text;

namespace TenderBuilder.LoadTests;

/// <summary>Memory of the server at one moment.</summary>
internal sealed record MemorySnapshot(long ResidentBytes, double? GcHeapBytes, double? GcCommittedBytes);

/// <summary>Everything one run measured, and the table that goes into docs/performance.md.</summary>
internal sealed record LoadReport
{
    public required LoadOptions Options { get; init; }
    public required int CircuitsUp { get; init; }
    public required TimeSpan RampTook { get; init; }
    public required TimeSpan Window { get; init; }
    public required IReadOnlyList<AnswerTiming> Answers { get; init; }
    public required int RampAnswers { get; init; }
    public required IReadOnlyList<LoadError> Errors { get; init; }
    public MemorySnapshot? Before { get; init; }
    public MemorySnapshot? With { get; init; }
    public long? PeakResidentBytes { get; init; }
    public double? ServerCpuSeconds { get; init; }
    public required double GeneratorCpuSeconds { get; init; }
    public required int GeneratorProcesses { get; init; }
    public required double ProgramCpuSeconds { get; init; }
    public required double MachineBusyPercent { get; init; }
    public required string LoadBefore { get; init; }
    public required string LoadAfter { get; init; }
    public string? ServerLog { get; init; }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var times = Answers.Select(a => a.Milliseconds).Order().ToList();
        var cores = Environment.ProcessorCount;
        var seconds = Window.TotalSeconds;
        string Ms(double value) => double.IsNaN(value) ? "—" : value.ToString("0.0", c) + " ms";
        string Mb(double? bytes) => bytes is { } b ? (b / 1_048_576).ToString("0", c) + " MiB" : "—";
        string PerCircuit(double? with, double? before) => with is { } w && before is { } b && CircuitsUp > 0 ? ((w - b) / CircuitsUp / 1_048_576).ToString("0.00", c) + " MiB" : "—";
        string Cpu(double? cpuSeconds) => cpuSeconds is { } s ? (s / seconds * 100).ToString("0.0", c) + " % of one core (" + (s / seconds * 100 / cores).ToString("0.0", c) + " % of the machine)" : "—";

        var text = new StringBuilder();
        text.AppendLine(c, $"| measure | value |");
        text.AppendLine("|---|---:|");
        text.AppendLine(c, $"| circuits up / asked for | {CircuitsUp} / {Options.Circuits} (opened in {RampTook.TotalSeconds:0} s) |");
        text.AppendLine(c, $"| interval per officer (±20 %) | {Options.Interval.TotalSeconds:0.#} s |");
        text.AppendLine(c, $"| measured window (all circuits up) | {seconds:0} s |");
        text.AppendLine(c, $"| answers measured (during the ramp, not counted) | {Answers.Count} ({Answers.Count / seconds:0.0} a second) ({RampAnswers}) |");
        text.AppendLine(c, $"| answer-to-panel p50 | {Ms(Percentile(times, 50))} |");
        text.AppendLine(c, $"| answer-to-panel p95 | **{Ms(Percentile(times, 95))}** |");
        text.AppendLine(c, $"| answer-to-panel p99 | {Ms(Percentile(times, 99))} |");
        text.AppendLine(c, $"| answer-to-panel max | {Ms(times.Count == 0 ? double.NaN : times[^1])} |");
        text.AppendLine(c, $"| errors (whole run, ramp included) | **{Errors.Count}** |");
        text.AppendLine(c, $"| server resident memory before / with the circuits (peak) | {Mb(Before?.ResidentBytes)} / {Mb(With?.ResidentBytes)} ({Mb(PeakResidentBytes)}) |");
        text.AppendLine(c, $"| server GC heap before / with the circuits | {Mb(Before?.GcHeapBytes)} / {Mb(With?.GcHeapBytes)} |");
        text.AppendLine(c, $"| server GC committed before / with the circuits | {Mb(Before?.GcCommittedBytes)} / {Mb(With?.GcCommittedBytes)} |");
        text.AppendLine(c, $"| per circuit: resident / GC heap / GC committed | {PerCircuit(With?.ResidentBytes, Before?.ResidentBytes)} / {PerCircuit(With?.GcHeapBytes, Before?.GcHeapBytes)} / {PerCircuit(With?.GcCommittedBytes, Before?.GcCommittedBytes)} |");
        text.AppendLine(c, $"| server CPU in the window | {Cpu(ServerCpuSeconds)} |");
        if (ServerCpuSeconds is { } server && Answers.Count > 0)
        {
            text.AppendLine(c, $"| server CPU per answer (all its work in the window ÷ answers) | {server / Answers.Count * 1000:0.0} ms |");
        }

        text.AppendLine(c, $"| generator CPU in the window (this program, Playwright's driver, Chromium: {GeneratorProcesses} processes) | {Cpu(GeneratorCpuSeconds)} |");
        text.AppendLine(c, $"| of which this program alone | {Cpu(ProgramCpuSeconds)} |");
        text.AppendLine(c, $"| whole machine busy in the window ({cores} cores) | {MachineBusyPercent:0.0} % |");
        text.AppendLine(c, $"| load average before / after (1, 5, 15 min) | {LoadBefore} / {LoadAfter} |");

        if (Errors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Errors, by what failed:");
            text.AppendLine();
            foreach (var group in Errors.GroupBy(e => e.What).OrderByDescending(g => g.Count()))
            {
                text.AppendLine(c, $"- {group.Count()} × {group.Key} (officers {string.Join(", ", group.Select(e => e.Officer).Distinct().Order().Take(10))}{(group.Select(e => e.Officer).Distinct().Count() > 10 ? ", …" : "")}; first at {group.Min(e => e.At).TotalSeconds:0} s)");
            }
        }

        if (ServerLog is not null)
        {
            text.AppendLine();
            text.AppendLine(c, $"The server's output: {ServerLog}");
        }

        return text.ToString();
    }
}
