using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class RegistrationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly object Consent = new { consent = true };

    private async Task<(TestUser User, HttpClient Client)> LearnerAsync()
    {
        var user = await factory.CreateAsync();
        return (user, await factory.LoginAsync(user));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Learner_registers_through_the_page_with_consent_and_gets_a_ticket_with_a_qr_code()
    {
        var session = await factory.AddSessionAsync();
        var (user, client) = await LearnerAsync();
        var page = await client.GetPageAsync(session.RegisterPath);
        Assert.NotNull(page.QuerySelector("#privacy-notice"));

        var response = await client.SubmitFormAsync(session.RegisterPath, new Dictionary<string, string> { ["Input.Consent"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ticket = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var code = ticket.QuerySelector("#ticket-code")!.TextContent.Trim();
        Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", code);
        var qr = await client.GetAsync(ticket.QuerySelector("#ticket-qr")!.GetAttribute("src"));
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
        var saved = await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.UserId == user.Id));
        Assert.Equal(RegistrationStatus.Confirmed, saved.Status);
        Assert.False(string.IsNullOrEmpty(saved.ConsentVersion));
    }

    [Fact]
    public async Task Registration_without_consent_is_refused_per_field_and_nothing_is_saved()
    {
        var session = await factory.AddSessionAsync();
        var (user, client) = await LearnerAsync();
        var response = await client.PostAsJsonAsync(session.ApiPath, new { consent = false }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("consent", out _));
        var pageResponse = await client.SubmitFormAsync(session.RegisterPath, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, pageResponse.StatusCode);
        Assert.NotEmpty(Html.FieldErrors(await Html.ParseAsync(pageResponse)));
        Assert.False(await factory.WithDbAsync(db => db.Registrations.AnyAsync(r => r.UserId == user.Id)));
    }

    [Fact]
    public async Task A_learner_under_ten_needs_a_guardians_name_contact_and_consent()
    {
        var session = await factory.AddSessionAsync();
        var (user, client) = await LearnerAsync();
        await factory.SetBirthYearAsync(user.Id, TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(7).Year - 7);
        var refused = await client.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await JsonAsync(refused)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("guardianName", out _) && errors.TryGetProperty("guardianContact", out _) && errors.TryGetProperty("guardianConsent", out _));
        Assert.NotNull((await client.GetPageAsync(session.RegisterPath)).QuerySelector("#guardian"));

        var accepted = await client.PostAsJsonAsync(session.ApiPath,
            new { consent = true, guardianName = "สมศรี ใจดี", guardianContact = "0812345678", guardianConsent = true }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.UserId == user.Id));
        Assert.Equal("สมศรี ใจดี", saved.GuardianName);
        Assert.NotNull(saved.GuardianConsentedAt);
        Assert.Equal(AgeGroup.Children, saved.AgeGroup);
    }

    [Fact]
    public async Task An_adult_needs_no_guardian()
    {
        var session = await factory.AddSessionAsync();
        var (user, client) = await LearnerAsync();
        await factory.SetBirthYearAsync(user.Id, 1990);
        Assert.Null((await client.GetPageAsync(session.RegisterPath)).QuerySelector("#guardian"));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Api_registration_is_confirmed_then_waitlisted_when_full_and_a_second_try_is_refused()
    {
        var session = await factory.AddSessionAsync(capacity: 1);
        var (_, first) = await LearnerAsync();
        var (_, second) = await LearnerAsync();
        var confirmed = await first.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal("confirmed", (await JsonAsync(confirmed)).GetProperty("status").GetString());
        var waitlisted = await JsonAsync(await second.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken));
        Assert.Equal("waitlisted", waitlisted.GetProperty("status").GetString());
        Assert.Equal(8, waitlisted.GetProperty("ticketCode").GetString()!.Length);

        var again = await first.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ลงทะเบียนรอบนี้ไว้แล้ว", (await JsonAsync(again)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Registration_is_refused_outside_the_window_after_the_start_for_cancelled_sessions_and_unpublished_activities()
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var (_, client) = await LearnerAsync();
        async Task<HttpResponseMessage> Try(TestSession s) => await client.PostAsJsonAsync(s.ApiPath, Consent, TestContext.Current.CancellationToken);

        var notOpen = await Try(await factory.AddSessionAsync(opensAt: now.AddDays(1)));
        Assert.Equal(HttpStatusCode.Conflict, notOpen.StatusCode);
        Assert.Contains("ยังไม่เปิดรับลงทะเบียน", (await JsonAsync(notOpen)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Try(await factory.AddSessionAsync(closesAt: now.AddMinutes(-1)))).StatusCode);
        var started = await Try(await factory.AddSessionAsync(startsIn: TimeSpan.FromMinutes(-10)));
        Assert.Contains("เริ่มไปแล้ว", (await JsonAsync(started)).GetProperty("detail").GetString());
        var cancelled = await factory.AddSessionAsync(sessionStatus: SessionStatus.Cancelled);
        Assert.Equal(HttpStatusCode.Conflict, (await Try(cancelled)).StatusCode);
        Assert.NotNull((await client.GetPageAsync(cancelled.RegisterPath)).QuerySelector("#registration-refused"));
        var draft = await factory.AddSessionAsync(status: LearningCity.Modules.Resources.Public.PublicationStatus.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await Try(draft)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(draft.RegisterPath, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_confirmed_seat_promotes_the_earliest_waitlisted_learner_and_tells_them()
    {
        var session = await factory.AddSessionAsync(capacity: 1);
        var (_, holder) = await LearnerAsync();
        var (early, earlyClient) = await LearnerAsync();
        var (late, lateClient) = await LearnerAsync();
        var seat = await JsonAsync(await holder.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken));
        await earlyClient.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken);
        await lateClient.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken);

        var cancel = await holder.PostAsync($"/api/v1/me/registrations/{seat.GetProperty("id").GetInt32()}/cancel", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", (await JsonAsync(cancel)).GetProperty("status").GetString());
        var statuses = await factory.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session.SessionId).ToDictionaryAsync(r => r.UserId!.Value, r => r.Status));
        Assert.Equal(RegistrationStatus.Confirmed, statuses[early.Id]);
        Assert.Equal(RegistrationStatus.Waitlisted, statuses[late.Id]);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ActivitySessions.Where(s => s.Id == session.SessionId).Select(s => s.ConfirmedCount).FirstAsync()));
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == early.Id && n.Kind == NotificationKind.WaitlistPromoted)));
        await factory.Mailbox.WaitForAsync(early.Email, m => m.Subject?.Contains("ได้ที่นั่งแล้ว") == true);

        var reused = await holder.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken);
        Assert.Equal("waitlisted", (await JsonAsync(reused)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancelling_with_nobody_waiting_frees_the_seat()
    {
        var session = await factory.AddSessionAsync(capacity: 3);
        var (user, client) = await LearnerAsync();
        await client.SubmitFormAsync(session.RegisterPath, new Dictionary<string, string> { ["Input.Consent"] = "true" });
        var id = await factory.WithDbAsync(db => db.Registrations.Where(r => r.UserId == user.Id).Select(r => r.Id).SingleAsync());
        var response = await client.SubmitFormAsync($"/me/registrations/{id}/ticket", new Dictionary<string, string>(), "#cancel-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ActivitySessions.Where(s => s.Id == session.SessionId).Select(s => s.ConfirmedCount).FirstAsync()));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/me/registrations/{id}/cancel", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Another_learner_cannot_see_or_cancel_someone_elses_ticket_calendar_or_qr()
    {
        var session = await factory.AddSessionAsync();
        var (_, owner) = await LearnerAsync();
        var (_, other) = await LearnerAsync();
        var id = (await JsonAsync(await owner.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken))).GetProperty("id").GetInt32();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/me/registrations/{id}/ticket", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/me/registrations/{id}/calendar.ics", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/me/registrations/{id}/qr.svg", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/me/registrations/{id}/cancel", null, ct)).StatusCode);
        Assert.Equal(0, (await JsonAsync(await other.GetAsync("/api/v1/me/registrations", ct))).GetArrayLength());
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(session.ApiPath, Consent, ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/me/registrations/{id}/ticket", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/me/registrations/{id}/ticket", ct)).StatusCode);
    }

    [Fact]
    public async Task The_ics_file_has_the_session_in_bangkok_time_with_a_link()
    {
        var startsAt = new DateTime(2031, 3, 4, 2, 30, 0, DateTimeKind.Utc);
        var session = await factory.AddSessionAsync(startsAt: startsAt, title: "ทำขนมไทย");
        var (_, client) = await LearnerAsync();
        var id = (await JsonAsync(await client.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken))).GetProperty("id").GetInt32();
        var response = await client.GetAsync($"/me/registrations/{id}/calendar.ics", TestContext.Current.CancellationToken);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("SUMMARY:ทำขนมไทย", ics);
        Assert.Contains("DTSTART;TZID=Asia/Bangkok:20310304T093000", ics);
        Assert.Contains("DTEND;TZID=Asia/Bangkok:20310304T113000", ics);
        Assert.Contains($"/activities/{session.ActivityId}", ics);
    }

    [Fact]
    public async Task The_private_calendar_feed_lists_my_registrations_and_a_new_token_revokes_the_old()
    {
        var first = await factory.AddSessionAsync(title: "กิจกรรมแรก");
        var second = await factory.AddSessionAsync(title: "กิจกรรมที่สอง");
        var (_, client) = await LearnerAsync();
        await client.PostAsJsonAsync(first.ApiPath, Consent, TestContext.Current.CancellationToken);
        await client.PostAsJsonAsync(second.ApiPath, Consent, TestContext.Current.CancellationToken);
        var page = await client.GetPageAsync("/me/calendar");
        var url = new Uri(page.QuerySelector("#feed-url")!.GetAttribute("value")!).PathAndQuery;
        var anonymous = factory.CreateBrowserlessClient();
        var feed = await anonymous.GetStringAsync(url, TestContext.Current.CancellationToken);
        Assert.Contains("กิจกรรมแรก", feed);
        Assert.Contains("กิจกรรมที่สอง", feed);

        await client.SubmitFormAsync("/me/calendar", new Dictionary<string, string>(), "#regenerate-form");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        var newUrl = new Uri((await client.GetPageAsync("/me/calendar")).QuerySelector("#feed-url")!.GetAttribute("value")!).PathAndQuery;
        Assert.NotEqual(url, newUrl);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(newUrl, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/not-a-token.ics", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task My_registrations_page_shows_upcoming_with_status()
    {
        var session = await factory.AddSessionAsync(title: "ปลูกผักสวนครัว");
        var (_, client) = await LearnerAsync();
        await client.PostAsJsonAsync(session.ApiPath, Consent, TestContext.Current.CancellationToken);
        var page = await client.GetPageAsync("/me/registrations");
        Assert.Contains("ปลูกผักสวนครัว", page.QuerySelector("main")!.TextContent);
        Assert.Contains("ยืนยันแล้ว", page.QuerySelector("main")!.TextContent);
    }
}
