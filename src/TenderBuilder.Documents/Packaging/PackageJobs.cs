using System.Runtime.ExceptionServices;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Packaging;

/// <summary>One file of the package still to be written, with a guess at its cost.</summary>
/// <param name="File">The file as listed.</param>
/// <param name="Cost">How long it is expected to take, in the units of <see cref="PackageJobs"/>.</param>
/// <param name="Write">Writes the file's bytes.</param>
internal sealed record PackageJob(PackageFile File, double Cost, Func<byte[]> Write);

/// <summary>
/// Writes independent package files side by side, the costliest first, so the longest file (the
/// explanatory memo as PDF) starts at once and the short ones fill the other cores around it;
/// meanwhile the calling thread takes each file in the package's order as soon as it is done
/// (to put it in the ZIP), instead of waiting for the last one.
/// </summary>
internal static class PackageJobs
{
    // Relative costs per unit of document size, from the per-file figures in docs/performance.md:
    // a page of PDF costs about six times its Word file and sixty times its HTML page.
    public const double PdfWeight = 6;
    public const double DocxWeight = 1;
    public const double HtmlWeight = 0.1;
    public const double MatrixWeight = 1.5;

    /// <summary>A document's size for the cost guess: its blocks and table rows.</summary>
    public static double Size(Document document) =>
        document.Blocks.Sum(b => b is Table table ? 1 + table.Rows.Length : 1);

    /// <summary>
    /// Writes every job on <paramref name="parallelism"/> threads and returns their contents in the
    /// jobs' order. <paramref name="done"/> is told each file's path as it finishes (from the thread
    /// that wrote it); <paramref name="inOrder"/> gets each file on the calling thread, in the jobs'
    /// order, as soon as it and every file before it are done. The first exception of a job is
    /// thrown once every running job has stopped.
    /// </summary>
    public static byte[][] Run(IReadOnlyList<PackageJob> jobs, int parallelism, Action<string> done, Action<int, byte[]> inOrder)
    {
        var contents = new byte[jobs.Count][];
        if (parallelism <= 1 || jobs.Count <= 1)
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                contents[i] = jobs[i].Write();
                done(jobs[i].File.Path);
                inOrder(i, contents[i]);
            }

            return contents;
        }

        using var run = new ParallelRun(jobs, contents, done);
        var workers = Enumerable.Range(0, Math.Min(parallelism, jobs.Count)).Select(_ => Task.Run(run.Work)).ToArray();
        try
        {
            for (var i = 0; i < jobs.Count && run.WaitFor(i); i++)
            {
                inOrder(i, contents[i]);
            }
        }
        finally
        {
            run.Stop();
            Task.WaitAll(workers);
        }

        run.ThrowIfFailed();
        return contents;
    }

    /// <summary>The shared state of one parallel run: which job is next, which are done, the first failure.</summary>
    private sealed class ParallelRun(IReadOnlyList<PackageJob> jobs, byte[][] contents, Action<string> done) : IDisposable
    {
        private readonly int[] _order = [.. Enumerable.Range(0, jobs.Count).OrderByDescending(i => jobs[i].Cost)];
        private readonly bool[] _finished = new bool[jobs.Count];
        private readonly SemaphoreSlim _oneMoreFinished = new(0);
        private int _next = -1;
        private ExceptionDispatchInfo? _failure;

        public void Work()
        {
            int k;
            while (Volatile.Read(ref _failure) is null && (k = Interlocked.Increment(ref _next)) < _order.Length)
            {
                var i = _order[k];
                try
                {
                    contents[i] = jobs[i].Write();
                    done(jobs[i].File.Path);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
                }
                finally
                {
                    Volatile.Write(ref _finished[i], true);
                    _oneMoreFinished.Release();
                }
            }
        }

        /// <summary>Waits until job <paramref name="i"/> is done; false when a job failed.</summary>
        public bool WaitFor(int i)
        {
            while (!Volatile.Read(ref _finished[i]) && Volatile.Read(ref _failure) is null)
            {
                _oneMoreFinished.Wait();
            }

            return Volatile.Read(ref _failure) is null;
        }

        /// <summary>Makes the workers take no further job (after a failure of the consumer).</summary>
        public void Stop() => Interlocked.Exchange(ref _next, _order.Length);

        public void ThrowIfFailed() => _failure?.Throw();

        public void Dispose() => _oneMoreFinished.Dispose();
    }
}
