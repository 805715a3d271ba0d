using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace TenderBuilder.LoadTests;

/// <summary>
/// The server's own runtime counters (GC heap size, GC committed memory), read over the .NET
/// diagnostics port as dotnet-counters reads them. The app exposes no metrics of its own, and the
/// GC heap cannot be seen from /proc: the resident size also holds the runtime, JIT code and
/// memory the GC keeps for reuse.
/// </summary>
internal sealed class RuntimeCounters : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, double> _latest = new();
    private readonly EventPipeSession _session;
    private readonly Task _reading;

    private RuntimeCounters(EventPipeSession session)
    {
        _session = session;
        var source = new EventPipeEventSource(session.EventStream);
        source.Dynamic.All += Read;
        _reading = Task.Run(source.Process);
    }

    /// <summary>Starts reading the counters of a .NET process; null (and why, on the console) when it cannot.</summary>
    public static RuntimeCounters? TryStart(int pid)
    {
        try
        {
            var provider = new EventPipeProvider(
                "System.Runtime", EventLevel.Informational, 0,
                new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
            return new RuntimeCounters(new DiagnosticsClient(pid).StartEventPipeSession([provider], requestRundown: false));
        }
        catch (Exception e) when (e is ServerNotAvailableException or DiagnosticsClientException or IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"The server's runtime counters cannot be read ({e.Message}); the GC heap is not reported.");
            return null;
        }
    }

    /// <summary>The GC heap after the last collection, in bytes; null before the first report.</summary>
    public double? GcHeapBytes => _latest.TryGetValue("gc-heap-size", out var megabytes) ? megabytes * 1_000_000 : null;

    /// <summary>Memory the GC has committed, in bytes; null before the first report.</summary>
    public double? GcCommittedBytes => _latest.TryGetValue("gc-committed", out var megabytes) ? megabytes * 1_000_000 : null;

    private void Read(TraceEvent traceEvent)
    {
        if (traceEvent.EventName != "EventCounters"
            || traceEvent.PayloadValue(0) is not IDictionary<string, object> outer
            || !outer.TryGetValue("Payload", out var inner) || inner is not IDictionary<string, object> counter
            || counter["Name"] is not string name)
        {
            return;
        }

        // Gauges report Mean, rates Increment; both counters read here are gauges in megabytes.
        if (counter.TryGetValue("Mean", out var mean))
        {
            _latest[name] = Convert.ToDouble(mean, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _session.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException or InvalidOperationException)
        {
            // The server is already gone: nothing left to stop.
        }

        await Task.WhenAny(_reading, Task.Delay(TimeSpan.FromSeconds(5)));
        _session.Dispose();
    }
}
