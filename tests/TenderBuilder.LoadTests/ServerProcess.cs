using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace TenderBuilder.LoadTests;

/// <summary>
/// The app as a process of its own, as a server runs it: the built TenderBuilder.Web.dll in this
/// program's configuration (Release when run with -c Release), the Production environment, a fresh
/// SQLite database in a temporary folder and a free loopback port. Being apart, its CPU and memory
/// are read from /proc without the generator's.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    // The officers sign in as the first administrator, whom a server may be given in its settings
    // (Administrator:*, docs/deployment.md) instead of through /setup: the way a real deployment
    // makes its first account, with nothing enabled for tests. That account is also an author.
    public const string Email = "officer@load-test.example";
    public const string Password = "load test officer password";

    private readonly Process _process;
    private readonly string _folder;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, string folder, StreamWriter log, Uri address)
    {
        _process = process;
        _folder = folder;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    /// <summary>The server's console output, kept for when something fails.</summary>
    public string LogFile => Path.Combine(_folder, "server.log");

    public static async Task<ServerProcess> StartAsync()
    {
        var configuration = typeof(ServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(RepositoryRoot(), "src", "TenderBuilder.Web", "bin", configuration, "net10.0", "TenderBuilder.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: run the load test with dotnet run -c Release --project tests/TenderBuilder.LoadTests, which builds it.");
        }

        if (configuration != "Release")
        {
            Console.WriteLine($"Warning: the server is the {configuration} build; figures for the record need -c Release.");
        }

        var folder = Directory.CreateTempSubdirectory("tenderbuilder-load-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Database__Provider"] = "Sqlite",
                ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "tenderbuilder.db")}",
                ["Administrator__Email"] = Email,
                ["Administrator__Password"] = Password,
                ["Administrator__Name"] = "Load test officer",
                ["Administrator__Organisation"] = "Load Test City",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(Path.Combine(folder, "server.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, folder, log, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitUntilReadyAsync();
        return server;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped with exit code {_process.ExitCode} before it was ready; its output: {LogFile}");
            }

            try
            {
                if ((await http.GetAsync(new Uri("health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly on a busy machine.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app was not ready within 2 minutes; its output: {LogFile}");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TenderBuilder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with TenderBuilder.sln) was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Where the repository's worked examples are.</summary>
    public static string Example(string name) => Path.Combine(RepositoryRoot(), "docs", "examples", name + ".yaml");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }

        // The database goes; the server's output stays beside it for reading after the run.
        foreach (var file in Directory.EnumerateFiles(_folder, "tenderbuilder.db*"))
        {
            File.Delete(file);
        }
    }
}
