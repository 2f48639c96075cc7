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

        // First kill: while the rows are being checked, before anything may be written.
        await WaitForJobAsync(cookies, url, j => Status(j) == "Running" && Processed(j) > 0 && Processed(j) < Rows);
        _app.Kill();
        Assert.Equal(0, await CountAsync(prefix));
        Assert.Equal(ImportJobStatus.Running, await JobStatusAsync(url));

        // Second kill: once every row is checked, while the rows are saved (or just after).
        await _app.StartAsync();
        await WaitForJobAsync(cookies, url, j => Status(j) != "Running" || Processed(j) == Rows, TimeSpan.FromSeconds(120));
        _app.Kill();
        var (count, status) = (await CountAsync(prefix), await JobStatusAsync(url));
        Assert.True(count == 0 && status == ImportJobStatus.Running || count == Rows && status == ImportJobStatus.Done,
            $"After the kill: {count} of {Rows} rows imported and the job {status}");

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

    private static string Status(JsonElement job) => job.GetProperty("status").GetString()!;
    private static int Processed(JsonElement job) => job.GetProperty("processed").GetInt32();

    private Task<int> CountAsync(string prefix) =>
        FaultData.QueryAsync(_db, db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix)));

    private Task<ImportJobStatus> JobStatusAsync(string url)
    {
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        return FaultData.QueryAsync(_db, db => db.Set<ImportJob>().Where(j => j.Id == id).Select(j => j.Status).SingleAsync());
    }
}
