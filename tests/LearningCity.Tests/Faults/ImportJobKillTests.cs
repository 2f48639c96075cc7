using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Faults;

/// <summary>
/// A background import job on the application as a real process, killed with SIGKILL while it checks the rows and
/// again while it saves them: after each restart the job is taken up again, and in the end every row is there
/// exactly once; at no moment is part of the file in the database.
/// </summary>
public sealed class ImportJobKillTests : IAsyncLifetime
{
    private const int Rows = 1500;
    private TestDatabase _db = null!;
    private AppProcess _app = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await SeededDatabase.CopyAsync();
        var settings = AppProcess.SettingsFor(_db, _db.ConnectionString);
        settings["Import:BackgroundThresholdRows"] = "10";
        settings["Import:PollSeconds"] = "0.2";
        // A node that dies holds its job until the lock expires; a short lock lets the restarted node take it over soon.
        settings["Import:LockSeconds"] = "3";
        _app = new AppProcess(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task An_import_job_killed_while_checking_and_while_saving_is_finished_after_restart_with_every_row_once()
    {
        var cookies = new CookieContainer();
        await _app.StartAsync();
        var token = "k" + Guid.NewGuid().ToString("N")[..10];
        var prefix = $"ลานกู้คืน {token}";
        var url = await SubmitAsync(cookies, prefix);

        // First kill: as soon as the job shows progress, while its rows are being checked (or, on a fast machine, saved).
        var first = await WaitForJobAsync(url, j => j.Processed > 0 || j.Status != ImportJobStatus.Running);
        _app.Kill();
        await AssertWholeOrNothingAsync(url, prefix);

        // Second kill: once the restarted node has taken the job over and checked every row, while it saves them.
        await _app.StartAsync();
        await WaitForJobAsync(url, j => j.LockedUntil != first.LockedUntil || j.Status != ImportJobStatus.Running);
        await WaitForJobAsync(url, j => j.Processed == Rows || j.Status != ImportJobStatus.Running);
        _app.Kill();
        await AssertWholeOrNothingAsync(url, prefix);

        await _app.StartAsync();
        var job = await WaitForJobAsync(cookies, url, j => Status(j) is "Done" or "Failed", TimeSpan.FromSeconds(120));
        Assert.Equal(("Done", Rows), (Status(job), job.GetProperty("imported").GetInt32()));
        var names = await FaultData.QueryAsync(_db, db => db.LearningSpaces.Where(s => s.Name.Th.StartsWith(prefix)).Select(s => s.Name.Th).ToListAsync());
        Assert.Equal(Rows, names.Count);
        Assert.Equal(Rows, names.Distinct().Count());
        // The search change log was written in the same transaction: every imported space is found.
        using var client = _app.CreateClient(cookies);
        var found = await FaultData.PollJsonAsync(client, $"api/v1/search?q={token}&pageSize=1",
            r => r.GetProperty("totalCount").GetInt32() >= Rows, TimeSpan.FromSeconds(60), everyMs: 200);
        Assert.Equal(Rows, found.GetProperty("totalCount").GetInt32());
    }

    private async Task<string> SubmitAsync(CookieContainer cookies, string prefix)
    {
        using var client = _app.CreateClient(cookies);
        await client.LoginAsync(FaultData.DemoAccount(_db, "coordinator.chiangmai"));
        var rows = Enumerable.Range(1, Rows).Select(i => SpaceRow($"{prefix} {i:D4}")).ToArray();
        var response = await client.PostAsync("api/v1/import/space?dryRun=false&publish=true", File(Csv(SpaceHeader, rows)));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!.TrimStart('/');
    }

    private async Task<JsonElement> WaitForJobAsync(CookieContainer cookies, string url, Func<JsonElement, bool> until, TimeSpan? within = null)
    {
        using var client = _app.CreateClient(cookies);
        return await FaultData.PollJsonAsync(client, url, until, within ?? TimeSpan.FromSeconds(60), everyMs: 10);
    }

    private sealed record JobState(ImportJobStatus Status, int Processed, DateTime? LockedUntil);

    /// <summary>Watches the job in the database (the application may be starting); fails after two minutes.</summary>
    private async Task<JobState> WaitForJobAsync(string url, Func<JobState, bool> until)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var state = await JobAsync(url);
            if (until(state)) return state;
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) Assert.Fail($"The job did not get on: {state}\n{_app.Log}");
            await Task.Delay(10);
        }
    }

    /// <summary>Right after a kill: none of the rows and the job not done, or all of them and the job done.</summary>
    private async Task AssertWholeOrNothingAsync(string url, string prefix)
    {
        var (count, job) = (await CountAsync(prefix), await JobAsync(url));
        Assert.True(count == 0 && job.Status != ImportJobStatus.Done || count == Rows && job.Status == ImportJobStatus.Done,
            $"After the kill: {count} of {Rows} rows imported and the job {job.Status}");
    }

    private static string Status(JsonElement job) => job.GetProperty("status").GetString()!;

    private Task<int> CountAsync(string prefix) =>
        FaultData.QueryAsync(_db, db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix)));

    private Task<JobState> JobAsync(string url)
    {
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        return FaultData.QueryAsync(_db, db => db.Set<ImportJob>().AsNoTracking().Where(j => j.Id == id)
            .Select(j => new JobState(j.Status, j.Processed, j.LockedUntil)).SingleAsync());
    }
}
