using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace TenderBuilder.Testing;

/// <summary>
/// A real PostgreSQL server for the tests, started from the installed server binaries in a
/// temporary folder on a free loopback port and removed afterwards. There is no Docker engine
/// on our machines. A missing installation fails the tests with a message; it never skips them.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"tenderbuilder-pg-{Guid.NewGuid():N}");
    private string _binDirectory = "";

    public int Port { get; private set; }

    /// <summary>Connection string for the server's maintenance database.</summary>
    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        Directory.CreateDirectory(_dataDirectory);
        if (RunningAsRoot)
        {
            // initdb refuses to run as root; the server files belong to the postgres user.
            await RunAsync("chown", $"postgres:postgres \"{_dataDirectory}\"");
        }

        await RunServerToolAsync("initdb", $"-D \"{_dataDirectory}\" -U postgres -A trust -E UTF8 --no-locale");
        Port = FreeLoopbackPort();
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -k '{_dataDirectory}' -c fsync=off -c full_page_writes=off";
        await RunServerToolAsync("pg_ctl", $"-D \"{_dataDirectory}\" -l \"{_dataDirectory}/server.log\" -o \"{settings}\" -w -t 60 start");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"tb_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            await RunServerToolAsync("pg_ctl", $"-D \"{_dataDirectory}\" -m immediate -w stop");
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static string FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("TENDERBUILDER_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb"))
                ? configured
                : throw new InvalidOperationException($"TENDERBUILDER_PG_BIN={configured} holds no initdb.");
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "The PostgreSQL server binaries were not found under /usr/lib/postgresql/*/bin. Run the README's test " +
            "command (it installs them), install Debian's postgresql package, or set TENDERBUILDER_PG_BIN.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunServerToolAsync(string tool, string arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return RunningAsRoot
            ? RunAsync("su", $"postgres -s /bin/sh -c \"cd /tmp && '{executable}' {arguments.Replace("\"", "\\\"", StringComparison.Ordinal)}\"")
            : RunAsync(executable, arguments);
    }

    private static async Task RunAsync(string fileName, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {arguments} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
