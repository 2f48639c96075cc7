using LearningCity.Tests.Infrastructure;
using System.Diagnostics;
using System.Globalization;

namespace LearningCity.Tests.Faults;

/// <summary>
/// A throwaway PostgreSQL server of the test's own (never the run's shared one), so that a test may stop and start it:
/// a temporary data directory, 127.0.0.1 and a free port only, its socket inside that directory; deleted on dispose.
/// As root, the server programs run as the postgres user (initdb refuses root).
/// </summary>
internal sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string _dir;
    private readonly string _bin;
    public int Port { get; }

    private OwnPostgres(string dir, string bin, int port) => (_dir, _bin, Port) = (dir, bin, port);

    private string DataDirectory => Path.Combine(_dir, "data");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database}";

    /// <summary>The newest installed server's programs (PostgreSQL's Debian layout), or PG_BIN.</summary>
    public static string BinDirectory =>
        Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured ? configured
        : Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
              ?? throw new InvalidOperationException("No PostgreSQL server programs under /usr/lib/postgresql")
            : throw new InvalidOperationException("No PostgreSQL server programs: install postgresql or set PG_BIN");

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<OwnPostgres> StartAsync()
    {
        var dir = Directory.CreateTempSubdirectory("tlc-own-pg-").FullName;
        var pg = new OwnPostgres(dir, BinDirectory, LoopbackPort.Free());
        if (IsRoot) await RunAsync("chown", ["postgres", dir]);
        await pg.RunServerProgramAsync("initdb", "-D", pg.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await pg.StartServerAsync();
        return pg;
    }

    public Task StartServerAsync() => RunServerProgramAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_dir, "log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {Port.ToString(CultureInfo.InvariantCulture)} -k {_dir} -c fsync=off -c full_page_writes=off -c max_connections=100",
        "start");

    /// <summary>A fast shutdown: sessions are ended, the server stops, nothing answers on its port until it starts again.</summary>
    public Task StopServerAsync() => RunServerProgramAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");

    private Task RunServerProgramAsync(string program, params string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. args])
               : RunAsync(Path.Combine(_bin, program), args);

    private static async Task RunAsync(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within 120 s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await output}{await error}");
    }

    public async ValueTask DisposeAsync()
    {
        try { await RunServerProgramAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { } // not running
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
