using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class RegisteredActivityPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(TestUser User, HttpClient Client, int RegistrationId)> RegisteredAsync(TestSession session)
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var response = await client.PostAsJsonAsync(session.ApiPath, new { consent = true }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"registration answered {(int)response.StatusCode}");
        var id = await factory.WithDbAsync(db => db.Registrations.Where(r => r.UserId == user.Id && r.SessionId == session.SessionId).Select(r => r.Id).SingleAsync());
        return (user, client, id);
    }

    private static string ActivityPath(TestSession s) => $"/activities/{s.ActivityId}";

    [Fact]
    public async Task A_registered_learner_sees_they_are_registered_with_the_ticket_and_cancel_instead_of_register()
    {
        var session = await factory.AddSessionAsync(capacity: 5);
        var (_, client, registrationId) = await RegisteredAsync(session);

        var page = await client.GetPageAsync(ActivityPath(session));
        var mine = page.QuerySelector("#my-registration");
        Assert.NotNull(mine);
        Assert.Contains("คุณลงทะเบียนกิจกรรมนี้แล้ว", mine.TextContent);
        Assert.Equal("Confirmed", mine.QuerySelector(".my-seat")!.GetAttribute("data-status"));
        Assert.Equal($"/me/registrations/{registrationId}/ticket", mine.QuerySelector("a.my-ticket")!.GetAttribute("href"));
        Assert.Equal($"/me/registrations/{registrationId}/cancel", mine.QuerySelector("form.my-cancel")!.GetAttribute("action"));
        var sessionItem = page.QuerySelector($"#session-{session.SessionId}")!;
        Assert.Null(sessionItem.QuerySelector(".register-link"));
        Assert.Equal("ลงทะเบียนแล้ว", sessionItem.QuerySelector(".registered-mark")!.TextContent.Trim());

        // Someone else (and the public) still gets the register button.
        var anonymous = await factory.CreateBrowserlessClient().GetPageAsync(ActivityPath(session));
        Assert.Null(anonymous.QuerySelector("#my-registration"));
        Assert.NotNull(anonymous.QuerySelector($"#session-{session.SessionId} .register-link"));
    }

    [Fact]
    public async Task Waitlisted_learners_see_their_place_and_move_up_when_the_confirmed_learner_cancels_from_the_activity_page()
    {
        var session = await factory.AddSessionAsync(capacity: 1);
        var (_, first, firstId) = await RegisteredAsync(session);
        var (_, second, _) = await RegisteredAsync(session);
        var (_, third, _) = await RegisteredAsync(session);

        var thirdPage = await third.GetPageAsync(ActivityPath(session));
        Assert.Equal("Waitlisted", thirdPage.QuerySelector(".my-seat")!.GetAttribute("data-status"));
        Assert.Contains("ลำดับที่ 2", thirdPage.QuerySelector(".my-seat-status")!.TextContent);

        var firstPage = await first.GetPageAsync(ActivityPath(session));
        var cancel = (IHtmlFormElement)firstPage.QuerySelector("form.my-cancel")!;
        var response = await first.PostFormAsync(cancel, ActivityPath(session), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, await factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == firstId).Select(r => r.Status).SingleAsync()));

        Assert.Null((await first.GetPageAsync(ActivityPath(session))).QuerySelector("#my-registration"));
        Assert.Equal("Confirmed", (await second.GetPageAsync(ActivityPath(session))).QuerySelector(".my-seat")!.GetAttribute("data-status"));
        Assert.Contains("ลำดับที่ 1", (await third.GetPageAsync(ActivityPath(session))).QuerySelector(".my-seat-status")!.TextContent);
    }

    [Fact]
    public async Task The_ticket_names_the_attendee_the_session_time_the_venue_address_and_a_map_link()
    {
        var session = await factory.AddSessionAsync();
        var spaceId = await factory.AddSpaceAsync("หอสมุดเมืองทดสอบ");
        var times = await factory.WithDbAsync(async db =>
        {
            var space = await db.LearningSpaces.SingleAsync(s => s.Id == spaceId);
            space.Address = new BilingualText("99 ถนนราชดำเนิน ตำบลศรีภูมิ อำเภอเมือง", "99 Ratchadamnoen Road");
            var activity = await db.Activities.SingleAsync(a => a.Id == session.ActivityId);
            activity.LearningSpaceId = spaceId;
            await db.SaveChangesAsync();
            return await db.ActivitySessions.Where(s => s.Id == session.SessionId).Select(s => new { s.StartsAt, s.EndsAt }).SingleAsync();
        });
        var (user, client, registrationId) = await RegisteredAsync(session);
        var name = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.DisplayName).SingleAsync());

        var ticket = await client.GetPageAsync($"/me/registrations/{registrationId}/ticket");
        Assert.Equal(name, ticket.QuerySelector("#ticket-attendee")!.TextContent.Trim());
        Assert.Equal(DateDisplay.TimeRange(times.StartsAt, times.EndsAt, new CultureInfo("th-TH")), ticket.QuerySelector("#ticket-when")!.TextContent.Trim());
        Assert.Contains("99 ถนนราชดำเนิน", ticket.QuerySelector("#ticket-address")!.TextContent);
        Assert.Equal($"/spaces/{spaceId}", ticket.QuerySelector("#ticket-venue-page")!.GetAttribute("href"));
        Assert.Equal("https://www.openstreetmap.org/?mlat=18.79&mlon=98.98#map=17/18.79/98.98", ticket.QuerySelector("#ticket-map")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_waitlisted_ticket_says_the_place_in_the_queue()
    {
        var session = await factory.AddSessionAsync(capacity: 1);
        await RegisteredAsync(session);
        var (_, client, registrationId) = await RegisteredAsync(session);
        var ticket = await client.GetPageAsync($"/me/registrations/{registrationId}/ticket");
        Assert.Contains("ลำดับที่ 1", ticket.QuerySelector("#ticket-waitlist-position")!.TextContent);
    }
}
