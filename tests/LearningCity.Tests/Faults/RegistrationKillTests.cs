using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Booster;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LearningCity.Tests.Faults;

/// <summary>
/// A hundred people sign up for one Booster session with fewer seats at the same moment, and the application (a real
/// process) is killed with SIGKILL while their sign-ups are under way. Every sign-up it acknowledged is there after the
/// kill, each with its notification and e-mail, the seat count matches the confirmed registrations, and after a restart
/// those who had no answer can try again and end up registered once.
/// </summary>
public sealed class RegistrationKillTests : IAsyncLifetime
{
    private const int People = 100;
    private const int Seats = 40;
    private const int KillAfterAnswers = 10;
    private TestDatabase _db = null!;
    private AppProcess _app = null!;
    private TestSession _session = null!;
    private readonly List<(TestUser User, CookieContainer Cookies)> _people = [];

    public async ValueTask InitializeAsync()
    {
        // The people, their sign-in cookies and the session are made by a host in this process on the same database; the
        // cookies it issues are valid on every node, since the Data Protection keys are in the database.
        var host = new AppFactory();
        await host.InitializeAsync();
        _session = await host.AddSessionAsync(capacity: Seats, title: "เวิร์กช็อปทดสอบการหยุดกะทันหัน");
        for (var i = 0; i < People; i++)
        {
            var user = await host.CreateAsync();
            var cookies = new CookieContainer();
            using var client = host.CreateDefaultClient(new Uri("http://127.0.0.1/"), new CookieContainerHandler(cookies));
            await client.LoginAsync(user);
            _people.Add((user, cookies));
        }
        _db = await host.StopAndKeepDatabaseAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        _app = new AppProcess(AppProcess.SettingsFor(_db, _db.ConnectionString));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Every_acknowledged_sign_up_survives_a_kill_amid_a_hundred_at_once_and_nothing_is_half_written()
    {
        await _app.StartAsync();
        var acknowledged = new ConcurrentDictionary<Guid, (int Id, string Status)>();
        var answers = 0;
        using var go = new SemaphoreSlim(0);
        var attempts = _people.Select(p => Task.Run(async () =>
        {
            using var client = _app.CreateClient(p.Cookies);
            await go.WaitAsync();
            try
            {
                var response = await client.PostAsJsonAsync(_session.ApiPath.TrimStart('/'), new { consent = true });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    acknowledged[p.User.Id] = (body.GetProperty("id").GetInt32(), body.GetProperty("status").GetString()!);
                }
                else Assert.Fail($"A sign-up answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                if (Interlocked.Increment(ref answers) == KillAfterAnswers) _app.Kill();
            }
            // The process died before it answered, or while it did: no acknowledgement.
            catch (HttpRequestException) { }
            catch (IOException) { }
            catch (JsonException) { }
            catch (TaskCanceledException) { }
        })).ToList();
        go.Release(People);
        await Task.WhenAll(attempts);
        Assert.False(_app.IsRunning);
        Assert.InRange(acknowledged.Count, KillAfterAnswers, People);

        // Straight after the kill: every acknowledged sign-up is there as it was answered, and whatever is there is whole.
        await AssertConsistentAsync(acknowledged);

        // After a restart, whoever got no answer tries again: refused as already registered if theirs was written, else registered.
        await _app.StartAsync();
        foreach (var p in _people.Where(p => !acknowledged.ContainsKey(p.User.Id)))
        {
            using var client = _app.CreateClient(p.Cookies);
            var response = await client.PostAsJsonAsync(_session.ApiPath.TrimStart('/'), new { consent = true });
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var registrations = await AssertConsistentAsync(acknowledged);
        Assert.Equal(_people.Select(p => p.User.Id).Order(), registrations.Select(r => r.UserId!.Value).Order());
        Assert.Equal(Seats, registrations.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(People - Seats, registrations.Count(r => r.Status == RegistrationStatus.Waitlisted));
    }

    private async Task<List<Registration>> AssertConsistentAsync(IReadOnlyDictionary<Guid, (int Id, string Status)> acknowledged)
    {
        await using var db = FaultData.Open(_db);
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.SessionId == _session.SessionId).ToListAsync();
        foreach (var (user, (id, status)) in acknowledged)
        {
            var saved = registrations.SingleOrDefault(r => r.Id == id);
            Assert.True(saved is not null, $"Acknowledged registration {id} is missing");
            Assert.Equal((user, status), (saved.UserId!.Value, saved.Status.ToString().ToLowerInvariant()));
        }
        Assert.Equal(registrations.Count, registrations.Select(r => r.UserId).Distinct().Count());
        Assert.Equal(registrations.Count, registrations.Select(r => r.TicketCode).Distinct().Count());
        var confirmed = registrations.Count(r => r.Status == RegistrationStatus.Confirmed);
        var seatCount = await db.ActivitySessions.Where(s => s.Id == _session.SessionId).Select(s => s.ConfirmedCount).SingleAsync();
        Assert.Equal(confirmed, seatCount);
        Assert.InRange(confirmed, Math.Min(registrations.Count, 1), Seats);
        Assert.Equal(registrations.Count - confirmed, registrations.Count(r => r.Status == RegistrationStatus.Waitlisted));

        // Each registration was written with its notification and its e-mail, or not at all.
        var links = registrations.Select(r => $"/me/registrations/{r.Id}/ticket").ToList();
        var notified = await db.Set<Notification>().AsNoTracking().Where(n => n.Link != null && links.Contains(n.Link)).Select(n => n.Link!).ToListAsync();
        Assert.Equal(links.Order(), notified.Order());
        var emails = _people.Select(p => p.User.Email).ToList();
        var mailed = await db.OutboxEmails.AsNoTracking().Where(e => emails.Contains(e.To)).Select(e => e.To).ToListAsync();
        var registered = registrations.Select(r => r.UserId!.Value).ToHashSet();
        Assert.Equal(_people.Where(p => registered.Contains(p.User.Id)).Select(p => p.User.Email).Order(), mailed.Order());
        return registrations;
    }
}
