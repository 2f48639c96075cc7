using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Booster;

public sealed class ReminderAppFactory : AppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Booster:ReminderPollSeconds", "0.2")];
}

public sealed class NotificationTests(ReminderAppFactory factory) : IClassFixture<ReminderAppFactory>
{
    private static readonly object Consent = new { consent = true };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registration_confirmation_appears_in_the_centre_and_by_email_and_can_be_marked_read()
    {
        var session = await factory.AddSessionAsync(title: "วาดภาพสีน้ำ");
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        await client.PostAsJsonAsync(session.ApiPath, Consent, Ct);
        await factory.Mailbox.WaitForAsync(user.Email, m => m.Subject?.Contains("วาดภาพสีน้ำ") == true);

        Assert.Contains(">1<", await client.GetStringAsync("/me/notifications/unread-count", Ct));
        var page = await client.GetPageAsync("/me/notifications");
        Assert.Contains("ลงทะเบียนสำเร็จ: วาดภาพสีน้ำ", page.QuerySelector("#notifications")!.TextContent);
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me/notifications", Ct)).RootElement;
        var id = list[0].GetProperty("id").GetInt64();
        Assert.Equal("RegistrationConfirmed", list[0].GetProperty("kind").GetString());

        var other = await factory.LoginAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/me/notifications/{id}/read", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/me/notifications/{id}/read", null, Ct)).StatusCode);
        Assert.DoesNotContain("badge", await client.GetStringAsync("/me/notifications/unread-count", Ct));
    }

    [Fact]
    public async Task Opting_out_of_email_sends_no_email_but_keeps_the_in_app_notice()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var put = await client.PutAsJsonAsync("/api/v1/me/notification-preferences", new[] { new { kind = "RegistrationConfirmed", email = false, inApp = true } }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await client.PostAsJsonAsync((await factory.AddSessionAsync()).ApiPath, Consent, Ct);
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == user.Id)));

        var marker = await factory.CreateAsync();
        var markerClient = await factory.LoginAsync(marker);
        await markerClient.PostAsJsonAsync((await factory.AddSessionAsync()).ApiPath, Consent, Ct);
        await factory.Mailbox.WaitForAsync(marker.Email);
        Assert.DoesNotContain(factory.Mailbox.All(), m => m.To.Mailboxes.Any(a => a.Address == user.Email));

        var bad = await client.PutAsJsonAsync("/api/v1/me/notification-preferences", new[] { new { kind = "Nonsense", email = false, inApp = false } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Turning_all_off_on_the_preferences_page_stops_every_kind()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        await client.SubmitFormAsync("/me/notifications/preferences", new Dictionary<string, string>(), "#all-off-form");
        var prefs = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me/notification-preferences", Ct)).RootElement;
        Assert.All(prefs.EnumerateArray(), p => Assert.False(p.GetProperty("email").GetBoolean() || p.GetProperty("inApp").GetBoolean()));
        await client.PostAsJsonAsync((await factory.AddSessionAsync()).ApiPath, Consent, Ct);
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == user.Id)));
    }

    [Fact]
    public async Task The_reminder_goes_once_to_confirmed_learners_of_sessions_starting_the_next_thai_day()
    {
        var now = new DateTime(2030, 5, 10, 18, 0, 0, DateTimeKind.Utc); // 11 May, 01:00 in Thailand
        var tomorrowMorning = new DateTime(2030, 5, 12, 2, 0, 0, DateTimeKind.Utc); // 12 May, 09:00 in Thailand
        var sameDay = new DateTime(2030, 5, 11, 9, 0, 0, DateTimeKind.Utc);
        var due = await factory.AddSessionAsync(startsAt: tomorrowMorning, capacity: 1);
        var notDue = await factory.AddSessionAsync(startsAt: sameDay);
        var confirmed = await factory.CreateAsync();
        var waitlisted = await factory.CreateAsync();
        await factory.WithScopeAsync(async s =>
        {
            var registration = s.GetRequiredService<SessionRegistration>();
            await registration.RegisterAsync(confirmed.Id, due.ActivityId, due.SessionId, new ConsentInput(true), Ct);
            await registration.RegisterAsync(waitlisted.Id, due.ActivityId, due.SessionId, new ConsentInput(true), Ct);
            await registration.RegisterAsync(confirmed.Id, notDue.ActivityId, notDue.SessionId, new ConsentInput(true), Ct);
        });

        var counts = new List<int>();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => factory.WithScopeAsync(async s =>
        {
            var reminders = s.GetRequiredService<SessionReminders>();
            var sent = await reminders.SendDueAsync(now, Ct);
            lock (counts) counts.Add(sent);
        })));
        await factory.WithScopeAsync(async s => counts.Add(await s.GetRequiredService<SessionReminders>().SendDueAsync(now, Ct)));

        Assert.Equal(1, counts.Sum());
        var reminders = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.Reminder && (n.UserId == confirmed.Id || n.UserId == waitlisted.Id)).Select(n => n.UserId).ToListAsync());
        Assert.Equal([confirmed.Id], reminders);
        Assert.Null(await factory.WithDbAsync(db => db.ActivitySessions.Where(x => x.Id == notDue.SessionId).Select(x => x.RemindersSentAt).FirstAsync()));
    }

    [Fact]
    public async Task The_background_service_sends_the_reminder_for_tomorrow_by_itself()
    {
        var thaiToday = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(7));
        var startsAt = ThaiTime.StartOfDayUtc(thaiToday.AddDays(1)).AddHours(12);
        var session = await factory.AddSessionAsync(startsIn: TimeSpan.FromDays(10));
        var user = await factory.CreateAsync();
        await factory.WithScopeAsync(s => s.GetRequiredService<SessionRegistration>()
            .RegisterAsync(user.Id, session.ActivityId, session.SessionId, new ConsentInput(true), Ct));
        // Moved to tomorrow only once the learner is in, so the running service cannot claim it before.
        await factory.WithDbAsync(db => db.ActivitySessions.Where(x => x.Id == session.SessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.StartsAt, startsAt).SetProperty(x => x.EndsAt, startsAt.AddHours(2)), Ct));
        await factory.Mailbox.WaitForAsync(user.Email, m => m.Subject?.Contains("พรุ่งนี้") == true);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == user.Id && n.Kind == NotificationKind.Reminder)));
    }
}
