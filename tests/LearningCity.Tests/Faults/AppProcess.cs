using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Faults;

/// <summary>
/// The built application (src/LearningCity/bin/&lt;configuration&gt;/net10.0) as a separate process on a loopback port, with its
/// settings as environment variables, so a test can kill it with SIGKILL and start it again on the same data.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private const int KeptLogLines = 400;
    private readonly Dictionary<string, string> _settings;
    private readonly Queue<string> _log = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public AppProcess(IEnumerable<KeyValuePair<string, string>> settings) => _settings = new(settings);

    /// <summary>The settings a test host uses (see AppFactory) for a test database and its folder.</summary>
    public static Dictionary<string, string> SettingsFor(TestDatabase db, string connectionString) =>
        SettingsFor(db.Directory, TestDatabase.IsPostgres, connectionString);

    /// <summary>The same for any database, with the node's files, index and mail in the folder given.</summary>
    public static Dictionary<string, string> SettingsFor(string folder, bool postgres, string connectionString) => new()
    {
        ["Database:Provider"] = postgres ? "Postgres" : "Sqlite",
        [postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = connectionString,
        ["Email:PickupDirectory"] = Path.Combine(folder, "mail"),
        ["Email:PollSeconds"] = "0.2",
        ["Files:Root"] = Path.Combine(folder, "files"),
        ["Search:IndexPath"] = Path.Combine(folder, "index"),
        ["Search:PollSeconds"] = "0.2",
        ["Search:WarmupSearches"] = "0",
        ["RateLimits:AuthPerMinute"] = "100000",
        ["Seed:Demo"] = "true",
        ["Seed:DemoAccountsFile"] = Path.Combine(folder, "demo-accounts.txt"),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
    };

    /// <summary>The working copy this test assembly was built in (the folder of LearningCity.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "LearningCity.slnx"))) root = root.Parent;
            return root?.FullName ?? throw new InvalidOperationException($"No LearningCity.slnx above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>The folder of the application's own build output, beside this test assembly's.</summary>
    public static string AppDirectory
    {
        get
        {
            // tests/LearningCity.Tests/bin/<configuration>/<framework>/
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = output.Name;
            var configuration = output.Parent!.Name;
            var dir = Path.Combine(RepositoryRoot, "src", "LearningCity", "bin", configuration, framework);
            if (!File.Exists(Path.Combine(dir, "LearningCity.dll")))
                throw new InvalidOperationException($"The application is not built in {dir}: build the solution first.");
            return dir;
        }
    }

    /// <summary>Starts the process on a new free port and waits (at most readyWithin) until /health/ready answers 200.</summary>
    public async Task StartAsync(TimeSpan? readyWithin = null)
    {
        if (_process is { HasExited: false }) throw new InvalidOperationException("Already running");
        _process?.Dispose();
        var port = LoopbackPort.Free();
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var dir = AppDirectory;
        // The dotnet host that runs the tests (set by the dotnet CLI), else the one on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(dir, "LearningCity.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.GetLeftPart(UriPartial.Authority));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Settings of the test run must not leak in: only what this process is given.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in _settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        if (!process.Start()) throw new InvalidOperationException("The application did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReadyAsync(readyWithin ?? TimeSpan.FromSeconds(90));
    }

    public async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            if (_process is null || _process.HasExited)
                throw new InvalidOperationException($"The application exited with {_process?.ExitCode}:\n{Log}");
            try
            {
                if ((await client.GetAsync("health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"/health/ready did not answer 200 within {within.TotalSeconds} s:\n{Log}");
    }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>SIGKILL: the process ends at once, with no chance to finish or roll back anything itself.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) throw new TimeoutException("The killed process did not exit");
    }

    /// <summary>SIGTERM and a wait for the host's orderly shutdown (SIGKILL after 30 s).</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        if (SendSignal(_process.Id, 15) != 0) { Kill(); return; }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { Kill(); }
    }

    [DllImport("libc", EntryPoint = "kill")]
#pragma warning disable SYSLIB1054 // a plain int call: no marshalling for the generator to make safer
    private static extern int SendSignal(int pid, int signal);
#pragma warning restore SYSLIB1054

    public HttpClient CreateClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string Log
    {
        get { lock (_log) return string.Join('\n', _log); }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > KeptLogLines) _log.Dequeue();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited) await StopAsync();
            _process.Dispose();
            _process = null;
        }
    }
}
