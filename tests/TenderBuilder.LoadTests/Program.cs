using System.Diagnostics;
using Microsoft.Playwright;
using TenderBuilder.LoadTests;

// The capacity of one web server: N officers' circuits editing drafts at once. Run on demand
// (docs/performance.md, "Capacity of one web server"); the test command does not run it.
LoadOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(LoadOptions.Usage);
        return 0;
    }

    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (!File.Exists(options.Chromium))
{
    Console.Error.WriteLine($"Chromium was not found at {options.Chromium}: install Debian's chromium package or give --chromium.");
    return 2;
}

var clock = Stopwatch.StartNew();
var record = new LoadRecord(clock);
var loadBefore = ProcessStats.LoadAverage();
void Say(string line) => Console.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0} s] {line}");

ServerProcess? server = null;
RuntimeCounters? counters = null;
IPlaywright? playwright = null;
IBrowser? browser = null;
var officers = new List<VirtualOfficer>();
var contexts = new List<IBrowserContext>();
var answering = new List<Task>();
using var stop = new CancellationTokenSource();
try
{
    Uri address;
    string email, password;
    if (options.Url is { } url)
    {
        (address, email, password) = (url, options.Email!, options.Password!);
        Say($"Using the app at {address}; its CPU and memory are not measured from here.");
    }
    else
    {
        Say("Starting the app as a process of its own…");
        server = await ServerProcess.StartAsync();
        (address, email, password) = (server.Address, ServerProcess.Email, ServerProcess.Password);
        counters = RuntimeCounters.TryStart(server.Pid);
        Say($"The app runs at {address} (pid {server.Pid}).");
    }

    playwright = await Playwright.CreateAsync();
    browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = options.Chromium,
        Headless = true,
        // The machine has no network beyond loopback: keep Chromium from reaching out. The pages
        // are all "in the background" of a headless browser; keep their timers and rendering at
        // full speed, as an officer's tab in front of them would be.
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
        ],
    });

    // Signed in once through the real sign-in page; every officer's context starts with that cookie
    // (each context still opens its own circuit). Signing in a hundred times from one address would
    // only meet the sign-in rate limits, which are not what is measured.
    var contextOptions = new BrowserNewContextOptions
    {
        BaseURL = address.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        Locale = "en-GB",
        BypassCSP = true, // for the one style that turns animations off: VirtualOfficer.NoAnimations
    };
    await using (var signIn = await browser.NewContextAsync(contextOptions))
    {
        var page = await signIn.NewPageAsync();
        await page.GotoAsync("account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 60_000 });
        contextOptions.StorageState = await signIn.StorageStateAsync();
    }

    Say("Signed in.");
    var before = server is null ? null : await MemoryAsync(server.Pid, counters, settle: true);

    // Opening: officer i starts no earlier than i × ramp / N, and only a few pages open at once, so
    // the app sees circuits arrive as at the start of a working day and the browser is not swamped.
    Say($"Opening {options.Circuits} circuits over at least {options.Ramp.TotalSeconds:0} s…");
    var rampStart = clock.Elapsed;
    for (var i = 0; i < options.Circuits; i += options.PagesPerContext)
    {
        contexts.Add(await VirtualOfficer.NewContextAsync(browser, contextOptions));
    }

    using var openingGate = new SemaphoreSlim(options.OpeningAtOnce);
    var opening = Enumerable.Range(0, options.Circuits).Select(async i =>
    {
        await Task.Delay(options.Ramp * i / options.Circuits);
        await openingGate.WaitAsync();
        var officer = new VirtualOfficer(i, contexts[i / options.PagesPerContext], options, record);
        try
        {
            await officer.OpenAsync();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            record.Error(i, "opening the draft failed: " + e.Message.Split('\n', 2)[0]);
            await officer.CloseAsync();
            return;
        }
        finally
        {
            openingGate.Release();
        }

        lock (officers)
        {
            officers.Add(officer);
            answering.Add(officer.AnswerUntilAsync(stop.Token));
            if (officers.Count % 10 == 0)
            {
                Say($"{officers.Count} circuits up.");
            }
        }
    }).ToList();
    await Task.WhenAll(opening);
    var rampTook = clock.Elapsed - rampStart;
    Say($"{officers.Count} circuits up; measuring for {options.Duration.TotalSeconds:0} s.");

    // The measured window: every circuit up and answering.
    var serverCpu = server is null ? null : new CpuMeter(all => ProcessStats.Tree(all, server.Pid));
    var generatorCpu = new CpuMeter(all => ProcessStats.Tree(all, Environment.ProcessId, server?.Pid ?? -1));
    var programCpu = new CpuMeter(all => all.TryGetValue(Environment.ProcessId, out var self) ? [self] : []);
    var machineStart = ProcessStats.Machine();
    var windowStart = clock.Elapsed;
    long peak = 0;
    void Sample()
    {
        var all = ProcessStats.All();
        serverCpu?.Sample(all);
        generatorCpu.Sample(all);
        programCpu.Sample(all);
        if (server is not null)
        {
            peak = Math.Max(peak, ProcessStats.ResidentBytes(server.Pid));
        }
    }

    Sample();
    while (clock.Elapsed - windowStart < options.Duration)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        Sample();
        if ((int)(clock.Elapsed - windowStart).TotalSeconds % 30 < 2)
        {
            Say($"{record.Answers.Count(a => a.At >= windowStart)} answers, {record.Errors.Count} errors so far.");
        }
    }

    var windowEnd = clock.Elapsed;
    Sample();
    var machineEnd = ProcessStats.Machine();
    var with = server is null ? null : await MemoryAsync(server.Pid, counters, settle: false);
    var loadAfter = ProcessStats.LoadAverage();
    await stop.CancelAsync();
    await Task.WhenAll(answering);

    var answers = record.Answers;
    var report = new LoadReport
    {
        Options = options,
        CircuitsUp = officers.Count,
        RampTook = rampTook,
        Window = windowEnd - windowStart,
        Answers = [.. answers.Where(a => a.At >= windowStart && a.At <= windowEnd)],
        RampAnswers = answers.Count(a => a.At < windowStart),
        Errors = record.Errors,
        Before = before,
        With = with,
        PeakResidentBytes = server is null ? null : peak,
        ServerCpuSeconds = serverCpu?.Seconds,
        GeneratorCpuSeconds = generatorCpu.Seconds,
        GeneratorProcesses = generatorCpu.Processes,
        ProgramCpuSeconds = programCpu.Seconds,
        MachineBusyPercent = 100.0 * (machineEnd.Busy - machineStart.Busy) / Math.Max(1, machineEnd.Total - machineStart.Total),
        LoadBefore = loadBefore,
        LoadAfter = loadAfter,
        ServerLog = server?.LogFile,
    };
    Console.WriteLine();
    Console.WriteLine($"TenderBuilder load test, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, " +
        $"--circuits {options.Circuits} --interval {options.Interval.TotalSeconds:0.#}s --duration {options.Duration.TotalSeconds:0}s --ramp {options.Ramp.TotalSeconds:0}s " +
        $"--opening-at-once {options.OpeningAtOnce} --pages-per-context {options.PagesPerContext}");
    Console.WriteLine();
    Console.WriteLine(report.ToMarkdown());
    return report.Errors.Count == 0 && report.CircuitsUp == options.Circuits ? 0 : 1;
}
finally
{
    await stop.CancelAsync();
    foreach (var officer in officers)
    {
        await officer.CloseAsync();
    }

    foreach (var context in contexts)
    {
        await context.CloseAsync();
    }

    if (browser is not null)
    {
        await browser.DisposeAsync();
    }

    playwright?.Dispose();
    if (counters is not null)
    {
        await counters.DisposeAsync();
    }

    if (server is not null)
    {
        await server.DisposeAsync();
    }
}

// The server's memory; before the circuits, after a pause so the counters have reported and the
// start-up's garbage has had a chance to be collected.
static async Task<MemorySnapshot> MemoryAsync(int pid, RuntimeCounters? counters, bool settle)
{
    await Task.Delay(settle ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(1.5));
    return new MemorySnapshot(ProcessStats.ResidentBytes(pid), counters?.GcHeapBytes, counters?.GcCommittedBytes);
}
