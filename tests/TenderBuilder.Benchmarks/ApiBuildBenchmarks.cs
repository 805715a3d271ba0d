using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Primitives;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Application.Packages;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Testing;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// What the HTTP API adds to building a package (issue 25: "the median of 20 loopback calls is at
/// most 20 ms above the in-process median"). The largest worked example, stored as a draft through
/// the API, is built (a) in process, the way <see cref="DraftPackages"/> builds it (rules, then
/// every file and its SHA-256), and (b) through <c>GET /api/v1/drafts/{id}/package/tender-package.zip</c>
/// on the real app on a loopback port (SQLite), read to its last byte.
/// </summary>
/// <remarks>
/// The app keeps a build per draft revision and day in its <see cref="IMemoryCache"/>; with it every
/// API call after the first would only copy bytes. The host here gets a cache that keeps nothing
/// (<see cref="NoMemoryCache"/>), so every call builds the whole package again, as the first call
/// after a change does. The rate limit is raised so the benchmark's calls are not refused.
/// One call per iteration, 20 iterations: the median is the median of 20 calls.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
// One call per iteration, so the median is of calls: 20 of them after 15 to warm up (a build
// takes a fifth of a second, so 5 end before the JIT has optimised the writers fully) (applied to
// whichever job runs it, --inProcess included).
[WarmupCount(15)]
[IterationCount(20)]
[InvocationCount(1, 1)]
public class ApiBuildBenchmarks
{
    private BenchmarkApp _app = null!;
    private HttpClient _client = null!;
    private IServiceScope _scope = null!;
    private DraftPackages _packages = null!;
    private string _inputJson = "";
    private string _zip = "";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        // The test host finds the app's folder through MvcTestingAppManifest.json in the current
        // directory; `dotnet run` leaves that at the repository, where no such file is.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        _app = new BenchmarkApp();
        var address = _app.StartOnLoopback();
        var administrator = await _app.Services.CreateAccountAsync("Benchmark City", TenderBuilderRoles.Administrator);
        var created = await _app.Services.AsAsync<ApiKeys, Application.Accounts.AccountResult<CreatedApiKey>>(administrator,
            keys => keys.CreateAsync("Benchmark", ApiKeyScopes.Read | ApiKeyScopes.Write | ApiKeyScopes.Build, null));
        var key = created.Value?.Key ?? throw new InvalidOperationException("No API key: " + string.Join(" ", created.Problems.Select(p => p.Message)));

        _client = new HttpClient { BaseAddress = address };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var body = new StringContent(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml")), new MediaTypeHeaderValue("application/yaml"));
        using var response = await _client.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
        var draft = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        _zip = $"/api/v1/drafts/{draft["id"]}/package/tender-package.zip";
        // The input as the draft stores it (buyer profile filled, title set): what DraftPackages builds from.
        _inputJson = draft["input"]!.ToJsonString();

        _scope = _app.Services.CreateScope();
        _packages = _scope.ServiceProvider.GetRequiredService<DraftPackages>();
        if (await ThroughApi() == 0 || InProcess() == 0)
        {
            throw new InvalidOperationException("The package was not built.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _scope.Dispose();
        _app.Dispose();
    }

    /// <summary>Rules, every file and its SHA-256, in process (DraftPackages.Build, without its cache).</summary>
    [Benchmark(Baseline = true)]
    public long InProcess()
    {
        var built = _packages.Build(_inputJson, DateOnly.FromDateTime(DateTime.UtcNow));
        return built.Files[^1].Content.LongLength;
    }

    /// <summary>The same build through the API on loopback: key check, the draft read from SQLite, the ZIP streamed and read to its end.</summary>
    [Benchmark]
    public async Task<long> ThroughApi()
    {
        using var response = await _client.GetAsync(new Uri(_zip, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81_920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The app as the tests host it, with a cache that keeps nothing and no practical rate limit.</summary>
    private sealed class BenchmarkApp : TenderBuilderAppFactory
    {
        public BenchmarkApp() => Settings = new Dictionary<string, string> { ["Api:PermitsPerMinute"] = "1000000" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IMemoryCache>();
                services.AddSingleton<IMemoryCache, NoMemoryCache>();
            });
        }
    }
}

/// <summary>An <see cref="IMemoryCache"/> that never keeps an entry: every lookup misses, so every request does the work.</summary>
internal sealed class NoMemoryCache : IMemoryCache
{
    public bool TryGetValue(object key, out object? value)
    {
        value = null;
        return false;
    }

    public ICacheEntry CreateEntry(object key) => new Entry(key);

    public void Remove(object key)
    {
    }

    public void Dispose()
    {
    }

    // Written to by Set and then dropped on Dispose, where a real cache would store it.
    private sealed class Entry(object key) : ICacheEntry
    {
        public object Key { get; } = key;

        public object? Value { get; set; }

        public DateTimeOffset? AbsoluteExpiration { get; set; }

        public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }

        public TimeSpan? SlidingExpiration { get; set; }

        public IList<IChangeToken> ExpirationTokens { get; } = [];

        public IList<PostEvictionCallbackRegistration> PostEvictionCallbacks { get; } = [];

        public CacheItemPriority Priority { get; set; }

        public long? Size { get; set; }

        public void Dispose()
        {
        }
    }
}
