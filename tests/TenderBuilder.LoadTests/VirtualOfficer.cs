using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TenderBuilder.LoadTests;

/// <summary>One answer and how long its result took to reach the panel.</summary>
/// <param name="At">When it was given, from the start of the run.</param>
/// <param name="Milliseconds">From the input event to the panel showing the new total, measured in the page.</param>
internal sealed record AnswerTiming(int Officer, TimeSpan At, double Milliseconds);

/// <summary>Something that went wrong for one officer, and when.</summary>
internal sealed record LoadError(int Officer, TimeSpan At, string What);

/// <summary>What every officer records; shared, so it is locked.</summary>
internal sealed class LoadRecord(Stopwatch clock)
{
    private readonly List<AnswerTiming> _answers = [];
    private readonly List<LoadError> _errors = [];

    public TimeSpan Now => clock.Elapsed;

    public void Answer(int officer, double milliseconds)
    {
        lock (_answers)
        {
            _answers.Add(new AnswerTiming(officer, clock.Elapsed, milliseconds));
        }
    }

    public void Error(int officer, string what)
    {
        lock (_errors)
        {
            _errors.Add(new LoadError(officer, clock.Elapsed, what));
        }
    }

    public IReadOnlyList<AnswerTiming> Answers { get { lock (_answers) { return [.. _answers]; } } }

    public IReadOnlyList<LoadError> Errors { get { lock (_errors) { return [.. _errors]; } } }
}

/// <summary>
/// One procurement officer at work: their own browser context (so their own circuit), a draft of
/// their own imported from the largest worked example through the Drafts page, the grid step open,
/// and every interval one answer changed — the grid operator's "traffic light" switched between
/// yes and no, which adds or drops its clauses and shows or hides five questions.
/// </summary>
internal sealed partial class VirtualOfficer(int number, IBrowserContext context, LoadOptions options, LoadRecord record)
{
    public const string Question = "grid.traffic_light";

    // Runs inside the page: the time from the input event to the panel's total changing, taken with
    // the page's own clock, so neither Playwright's round trip nor the generator's scheduling is in
    // it. The observer fires as soon as the circuit's render batch has been applied to the DOM.
    private const string AnswerAndTimePanel = """
        async ([question, timeoutMs]) => {
          const field = document.querySelector(`div.tb-question[data-question='${question}']`);
          const total = () => document.querySelector('[data-testid=requirements-panel] .tb-panel-total')?.getAttribute('data-total');
          if (!field || total() == null) return { error: 'the question or the requirements panel is not on the page' };
          const yes = field.querySelector("[data-option='yes'] input, input[data-option='yes']");
          const no = field.querySelector("[data-option='no'] input, input[data-option='no']");
          if (!yes || !no) return { error: 'the question has no yes and no options' };
          const target = yes.checked ? no : yes;
          const before = total();
          // How the previous answer's save ended, as the page tells the officer.
          const saved = document.querySelector('p.tb-save-status')?.getAttribute('data-state') ?? 'missing';
          return await new Promise(resolve => {
            let start = 0;
            const observer = new MutationObserver(() => {
              const now = total();
              if (now != null && now !== before) {
                const ms = performance.now() - start;
                observer.disconnect(); clearTimeout(timer);
                resolve({ ms, before, after: now, saved });
              }
            });
            const timer = setTimeout(() => {
              observer.disconnect();
              const reconnecting = document.querySelector('#components-reconnect-modal, .components-reconnect-show');
              const failed = document.getElementById('blazor-error-ui');
              resolve({ error: `the panel did not change within ${timeoutMs} ms` +
                (failed && getComputedStyle(failed).display !== 'none' ? ' (the error bar is showing)' : '') +
                (reconnecting ? ' (the page is reconnecting)' : ''), saved });
            }, timeoutMs);
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-total'] });
            start = performance.now();
            target.click();
          });
        }
        """;

    // Every answer makes the new clauses glow for 4 s. Headless Chromium paints without a GPU, so a
    // hundred pages glowing at once would cost the generator more than the server it measures, on
    // the same two cores. The glow is the browser's work alone (the server sends the same changes),
    // so the generator turns animations off; the contexts bypass the app's content security policy
    // only so that this one style can be added.
    private const string NoAnimations = """
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = '*, *::before, *::after { animation: none !important; transition: none !important; }';
          document.head.appendChild(style);
        });
        """;

    private IPage? _page;

    /// <summary>A browser context for officers' pages: signed in through the stored cookie, animations off.</summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        await context.AddInitScriptAsync(NoAnimations);
        return context;
    }

    /// <summary>Opens the officer's page (its own circuit), imports a draft and opens the grid step.</summary>
    public async Task OpenAsync()
    {
        _page = await context.NewPageAsync();
        _page.PageError += (_, message) => record.Error(number, "script error in the page: " + FirstLine(message));
        _page.Crash += (_, _) => record.Error(number, "the page crashed");
        _page.WebSocket += (_, socket) => socket.Close += (_, _) =>
        {
            if (!_closing)
            {
                record.Error(number, "the circuit's WebSocket closed");
            }
        };

        await _page.GotoAsync("drafts");
        await WaitUntilInteractiveAsync();
        // MudBlazor keeps a fresh file input after each choice; the newest is the live one.
        await _page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "utrecht-like-concession.yaml",
            MimeType = "application/yaml",
            Buffer = s_example.Value,
        });
        await _page.WaitForURLAsync(DraftAddress());
        await WaitUntilInteractiveAsync();
        await _page.Locator("nav.tb-steps a[data-step='grid']").ClickAsync();
        await _page.Locator("nav.tb-steps a[data-step='grid'][aria-current='step']").WaitForAsync();
        await _page.Locator($"div.tb-question[data-question='{Question}']").WaitForAsync();
    }

    /// <summary>Answers every interval (±20 %) until cancelled; the first answer comes at a random moment of the first interval.</summary>
    public async Task AnswerUntilAsync(CancellationToken stop)
    {
        var page = _page ?? throw new InvalidOperationException("Open the officer's draft first.");
        var next = record.Now + options.Interval * Random.Shared.NextDouble();
        while (!stop.IsCancellationRequested)
        {
            var wait = next - record.Now;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (TaskCanceledException)
                {
                    break;
                }
            }

            next += options.Interval * (0.8 + (0.4 * Random.Shared.NextDouble()));
            try
            {
                var result = await page.EvaluateAsync<JsonElement>(AnswerAndTimePanel, new object[] { Question, options.AnswerTimeout.TotalMilliseconds });
                // An autosave that failed is shown to the officer (and retried with the next change): an error.
                if (result.TryGetProperty("saved", out var saved) && saved.GetString() is "failed" or "conflict" or "deleted" or "missing")
                {
                    record.Error(number, $"the page said the previous answer's save ended as \"{saved.GetString()}\"");
                }

                if (result.TryGetProperty("error", out var error))
                {
                    record.Error(number, error.GetString() ?? "the answer failed");
                }
                else
                {
                    record.Answer(number, result.GetProperty("ms").GetDouble());
                }
            }
            catch (PlaywrightException e)
            {
                record.Error(number, FirstLine(e.Message));
            }
        }
    }

    private bool _closing;

    public async Task CloseAsync()
    {
        _closing = true;
        if (_page is not null)
        {
            await _page.CloseAsync();
        }
    }

    private Task WaitUntilInteractiveAsync() =>
        _page!.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static readonly Lazy<byte[]> s_example = new(() => Encoding.UTF8.GetBytes(File.ReadAllText(ServerProcess.Example("utrecht-like-concession"))));

    [GeneratedRegex("/drafts/[0-9a-f-]{36}$")]
    private static partial Regex DraftAddress();
}
