using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace LearningCity.Tests.Faults;

/// <summary>
/// The application (a real process) on a PostgreSQL server of the test's own, under a steady load of sign-ups and
/// reads, while that server stops and starts again: /health/ready answers 503 while the database is gone, the process
/// stays up, and once the database is back the application answers again by itself and every sign-up it
/// acknowledged is there. PostgreSQL only: the run on SQLite leaves this class out (trait Database=Postgres).
/// </summary>
[Trait("Database", "Postgres")]
public sealed class PostgresRestartTests : IAsyncLifetime
{
    private OwnPostgres _pg = null!;
    private AppProcess _app = null!;
    private string _folder = null!;

    public async ValueTask InitializeAsync()
    {
        _pg = await OwnPostgres.StartAsync();
        _folder = Directory.CreateTempSubdirectory("tlc-restart-").FullName;
        var settings = AppProcess.SettingsFor(_folder, postgres: true, _pg.ConnectionString("learningcity"));
        settings["Seed:Demo"] = "false";
        _app = new AppProcess(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _pg.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_app_reports_the_database_outage_and_serves_again_by_itself_when_PostgreSQL_is_back()
    {
        await _app.StartAsync(); // migrates the new database and writes the reference data
        using var health = _app.CreateClient();
        await using var load = new SignUpLoad(_app);

        await load.WaitForAcknowledgedAsync(5, TimeSpan.FromSeconds(60));
        await _pg.StopServerAsync();
        await WaitForStatusAsync(health, "health/ready", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
        await load.WaitForFailuresAsync(1, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await health.GetAsync("health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await health.GetAsync("health/ready")).StatusCode);

        await _pg.StartServerAsync();
        await WaitForStatusAsync(health, "health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        var beforeRestart = load.Acknowledged.Count;
        await load.WaitForAcknowledgedAsync(beforeRestart + 5, TimeSpan.FromSeconds(60));
        await load.StopAsync();

        Assert.True(_app.IsRunning, "The application exited during the outage:\n" + _app.Log);
        await using var db = new NpgsqlConnection(_pg.ConnectionString("learningcity"));
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("""SELECT "Email" FROM identity_users WHERE "Email" = ANY(@emails)""", db);
        cmd.Parameters.AddWithValue("emails", load.Acknowledged.ToArray());
        var saved = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) saved.Add(reader.GetString(0));
        Assert.Equal(load.Acknowledged.Order(), saved.Order());
    }

    private static async Task WaitForStatusAsync(HttpClient client, string url, HttpStatusCode expected, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (clock.Elapsed < within)
        {
            try { last = (await client.GetAsync(url)).StatusCode; }
            catch (HttpRequestException) { last = null; }
            if (last == expected) return;
            await Task.Delay(100);
        }
        Assert.Fail($"{url} did not answer {(int)expected} within {within.TotalSeconds} s (last: {(int?)last})");
    }

    /// <summary>Two people signing up one after another and one reader, until stopped (at most 3,000 requests in all).</summary>
    private sealed class SignUpLoad : IAsyncDisposable
    {
        private const int MaxRequests = 3000;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task[] _workers;
        private int _requests;
        private int _failures;
        public ConcurrentBag<string> Acknowledged { get; } = [];

        public SignUpLoad(AppProcess app) =>
            _workers = [Task.Run(() => SignUpAsync(app)), Task.Run(() => SignUpAsync(app)), Task.Run(() => ReadAsync(app))];

        private async Task SignUpAsync(AppProcess app)
        {
            using var client = app.CreateClient();
            while (!_stop.IsCancellationRequested && Interlocked.Increment(ref _requests) <= MaxRequests)
            {
                var email = $"restart-{Guid.NewGuid():N}@test.example";
                try
                {
                    var response = await client.PostAsJsonAsync("api/v1/account/register", new
                    {
                        email, displayName = "ผู้ทดสอบ", password = "correct-horse-battery", preferredLanguage = "th", acceptTerms = true,
                    }, _stop.Token);
                    if (response.StatusCode == HttpStatusCode.Accepted) Acknowledged.Add(email);
                    else Interlocked.Increment(ref _failures);
                }
                catch (Exception e) when (e is HttpRequestException or IOException) { Interlocked.Increment(ref _failures); }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested) { return; }
                await Pause(100);
            }
        }

        private async Task ReadAsync(AppProcess app)
        {
            using var client = app.CreateClient();
            while (!_stop.IsCancellationRequested && Interlocked.Increment(ref _requests) <= MaxRequests)
            {
                try
                {
                    var response = await client.GetAsync("api/v1/organisations", _stop.Token);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref _failures);
                }
                catch (Exception e) when (e is HttpRequestException or IOException) { Interlocked.Increment(ref _failures); }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested) { return; }
                await Pause(100);
            }
        }

        private async Task Pause(int ms)
        {
            try { await Task.Delay(ms, _stop.Token); }
            catch (OperationCanceledException) { }
        }

        public Task WaitForAcknowledgedAsync(int count, TimeSpan within) => WaitAsync(() => Acknowledged.Count >= count, $"{count} acknowledged sign-ups", within);

        public Task WaitForFailuresAsync(int count, TimeSpan within) => WaitAsync(() => Volatile.Read(ref _failures) >= count, $"{count} failed requests", within);

        private async Task WaitAsync(Func<bool> condition, string what, TimeSpan within)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!condition())
            {
                if (clock.Elapsed > within) Assert.Fail($"No {what} within {within.TotalSeconds} s ({Acknowledged.Count} acknowledged, {_failures} failed, {_requests} sent)");
                if (_workers.All(w => w.IsCompleted)) Assert.Fail($"The load ended before {what} ({Acknowledged.Count} acknowledged, {_failures} failed)");
                await Task.Delay(50);
            }
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await Task.WhenAll(_workers);
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
        }
    }
}
