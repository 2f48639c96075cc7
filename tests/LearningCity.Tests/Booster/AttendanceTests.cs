using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class AttendanceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> CoordinatorOfAsync(int cityId) =>
        await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

    [Fact]
    public async Task Only_the_activitys_publishers_see_the_roster()
    {
        var session = await factory.AddCitySessionAsync();
        var (_, _, ticket, _, _) = await factory.RegisterLearnerAsync(session);

        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(session.RosterPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(session.ApiPath + "/roster")).StatusCode);

        var learner = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync(session.RosterPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = ticket })).StatusCode);

        var otherCity = await CoordinatorOfAsync(await factory.AddCityAsync(CityTestData.Unique("เมืองอื่น")));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.GetAsync(session.ApiPath + "/roster")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.GetAsync(session.ApiPath + "/roster.csv")).StatusCode);

        var own = await CoordinatorOfAsync(session.CityId);
        var page = await own.GetPageAsync(session.RosterPath);
        Assert.Contains(ticket, page.QuerySelector("#roster")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync($"/activities/{session.ActivityId}/sessions/999999/roster")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Registrations.AnyAsync(r => r.TicketCode == ticket && r.AttendedAt != null)));
    }

    [Fact]
    public async Task A_ticket_code_checks_in_once_and_unknown_reused_waitlisted_and_other_session_codes_are_refused()
    {
        var session = await factory.AddCitySessionAsync(capacity: 1);
        var other = await factory.AddCitySessionAsync(cityId: session.CityId);
        var first = await factory.RegisterLearnerAsync(session);
        var waiting = await factory.RegisterLearnerAsync(session);
        var elsewhere = await factory.RegisterLearnerAsync(other);
        Assert.Equal(("confirmed", "waitlisted"), (first.Status, waiting.Status));
        var coordinator = await CoordinatorOfAsync(session.CityId);

        // Typed loosely at the door: lower case, spaces.
        var typed = " " + first.Ticket[..4].ToLowerInvariant() + " " + first.Ticket[4..] + " ";
        var ok = await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = typed });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var again = await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = first.Ticket });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ถูกใช้เช็กชื่อไปแล้ว", await DetailAsync(again));

        var unknown = await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = "ZZZZ9999" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("ไม่พบบัตรรหัส ZZZZ9999", await DetailAsync(unknown));

        var waitlisted = await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = waiting.Ticket });
        Assert.Equal(HttpStatusCode.Conflict, waitlisted.StatusCode);
        Assert.Contains("รายชื่อสำรอง", await DetailAsync(waitlisted));

        var wrongSession = await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = elsewhere.Ticket });
        Assert.Equal(HttpStatusCode.Conflict, wrongSession.StatusCode);
        Assert.Contains("รอบกิจกรรมอื่น", await DetailAsync(wrongSession));

        var marked = await factory.WithDbAsync(db => db.Registrations.Where(r => r.AttendedAt != null && (r.SessionId == session.SessionId || r.SessionId == other.SessionId)).Select(r => r.TicketCode).ToListAsync());
        Assert.Equal([first.Ticket], marked);
    }

    [Fact]
    public async Task The_roster_page_checks_in_by_code_and_the_list_undo_and_csv_follow()
    {
        var session = await factory.AddCitySessionAsync();
        var a = await factory.RegisterLearnerAsync(session);
        var b = await factory.RegisterLearnerAsync(session);
        var coordinator = await CoordinatorOfAsync(session.CityId);

        var byCode = await coordinator.SubmitFormAsync(session.RosterPath, new Dictionary<string, string> { ["TicketCode"] = a.Ticket }, "#ticket-form");
        var page = await Html.ParseAsync(byCode);
        Assert.Contains(a.Ticket, page.QuerySelector("#ticket-result")!.TextContent);
        Assert.NotNull(page.QuerySelector($"tr[data-ticket='{a.Ticket}'] .attended"));

        var wrong = await coordinator.SubmitFormAsync(session.RosterPath, new Dictionary<string, string> { ["TicketCode"] = "NOPE2345" }, "#ticket-form");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("NOPE2345", (await Html.ParseAsync(wrong)).QuerySelector("#ticket-result")!.TextContent);

        var bulk = await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { registrationIds = new[] { a.RegistrationId, b.RegistrationId } });
        Assert.Equal(1, JsonDocument.Parse(await bulk.Content.ReadAsStringAsync()).RootElement.GetProperty("marked").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"{session.ApiPath}/attendance/{a.RegistrationId}")).StatusCode);

        var csv = await coordinator.GetByteArrayAsync(session.ApiPath + "/roster.csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var text = Encoding.UTF8.GetString(csv[3..]);
        Assert.Contains("รหัสบัตร", text);
        Assert.Contains(a.Ticket, text);
        Assert.Contains(b.User.Email.Split('@')[0], text);
        var attended = await factory.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session.SessionId && r.AttendedAt != null).Select(r => r.Id).ToListAsync());
        Assert.Equal([b.RegistrationId], attended);
    }
}
