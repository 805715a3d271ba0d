using System.Globalization;
using System.Runtime.InteropServices;

namespace TenderBuilder.LoadTests;

/// <summary>One process as /proc describes it at one moment.</summary>
internal readonly record struct ProcessSample(int Pid, int ParentPid, long StartTicks, long CpuTicks);

/// <summary>
/// Reads CPU time and memory of processes from /proc (Linux), so the server, the generator and its
/// browser are each measured from outside and apart, with nothing added to what they run.
/// </summary>
internal static class ProcessStats
{
    /// <summary>Clock ticks per second of the times in /proc/&lt;pid&gt;/stat.</summary>
    public static long TicksPerSecond { get; } = SysConf(2 /* _SC_CLK_TCK */) is > 0 and var ticks ? ticks : 100;

    /// <summary>Every process now running, by pid.</summary>
    public static Dictionary<int, ProcessSample> All()
    {
        var all = new Dictionary<int, ProcessSample>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(pid) is { } sample)
            {
                all[pid] = sample;
            }
        }

        return all;
    }

    /// <summary>The process and all its descendants, among <paramref name="all"/>; except the trees of <paramref name="excluded"/>.</summary>
    public static IEnumerable<ProcessSample> Tree(Dictionary<int, ProcessSample> all, int root, params int[] excluded)
    {
        var children = all.Values.ToLookup(p => p.ParentPid);
        var pending = new Stack<int>([root]);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            if (excluded.Contains(pid) || !all.TryGetValue(pid, out var sample))
            {
                continue;
            }

            yield return sample;
            foreach (var child in children[pid])
            {
                pending.Push(child.Pid);
            }
        }
    }

    /// <summary>One process's pid, parent, start time and user + system CPU ticks; null when it is gone.</summary>
    public static ProcessSample? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name is in parentheses and may hold spaces: fields are counted after its end.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return new ProcessSample(pid, (int)Field(4), Field(22), Field(14) + Field(15));
    }

    /// <summary>Resident memory (VmRSS) of a process in bytes; 0 when it is gone.</summary>
    public static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Busy and total ticks of the whole machine (all cores), from /proc/stat.</summary>
    public static (long Busy, long Total) Machine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = cpu[3] + cpu[4]; // idle + iowait
        var total = cpu.Take(8).Sum(); // user nice system idle iowait irq softirq steal (guest time is inside user)
        return (total - idle, total);
    }

    /// <summary>The load averages line of /proc/loadavg (1, 5 and 15 minutes).</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

#pragma warning disable SYSLIB1054 // a blittable call; the generated marshalling would need unsafe code for nothing
    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long SysConf(int name);
#pragma warning restore SYSLIB1054
}

/// <summary>
/// CPU time of a changing set of processes over a window. Chromium starts and ends processes as
/// contexts open; each is counted from its first sighting (or zero, if it started in the window)
/// to its last, so a process that ends between two samples loses at most one sampling period.
/// </summary>
internal sealed class CpuMeter(Func<Dictionary<int, ProcessSample>, IEnumerable<ProcessSample>> select)
{
    private readonly Dictionary<(int Pid, long Start), (long First, long Last)> _seen = [];
    private bool _started;

    public void Sample(Dictionary<int, ProcessSample> all)
    {
        foreach (var process in select(all))
        {
            var key = (process.Pid, process.StartTicks);
            _seen[key] = _seen.TryGetValue(key, out var known)
                ? (known.First, process.CpuTicks)
                : (_started ? 0 : process.CpuTicks, process.CpuTicks);
        }

        _started = true;
    }

    /// <summary>CPU seconds used since the first sample.</summary>
    public double Seconds => _seen.Values.Sum(v => v.Last - v.First) / (double)ProcessStats.TicksPerSecond;

    /// <summary>How many processes were seen.</summary>
    public int Processes => _seen.Count;
}
