using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class PersonalDataTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_download_holds_my_account_registrations_and_passport_and_nobody_elses()
    {
        var session = await factory.AddCitySessionAsync();
        var me = await factory.RegisterLearnerAsync(session);
        var other = await factory.RegisterLearnerAsync(session);
        (await me.Client.PostAsJsonAsync("/api/v1/me/passport/self-declared", new { title = "เรียนทำสบู่", completedOn = "2025-01-05", hours = 2 })).EnsureSuccessStatusCode();

        var json = JsonDocument.Parse(await me.Client.GetStringAsync("/api/v1/me/data")).RootElement;
        Assert.Equal(me.User.Email, json.GetProperty("account").GetProperty("email").GetString());
        var registration = Assert.Single(json.GetProperty("booster").GetProperty("registrations").EnumerateArray());
        Assert.Equal(me.Ticket, registration.GetProperty("ticketCode").GetString());
        Assert.Equal("เรียนทำสบู่", json.GetProperty("booster").GetProperty("selfDeclaredLearning")[0].GetProperty("title").GetString());
        Assert.DoesNotContain(other.Ticket, json.GetRawText());

        var file = await me.Client.GetAsync("/me/data/export.json");
        Assert.Equal("application/json", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync("/api/v1/me/data")).StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_forgets_the_person_but_keeps_anonymous_attendance()
    {
        var session = await factory.AddCitySessionAsync();
        var learner = await factory.RegisterLearnerAsync(session);
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [session.CityId]));
        (await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = learner.Ticket })).EnsureSuccessStatusCode();
        (await learner.Client.PostAsJsonAsync("/api/v1/me/passport/self-declared", new { title = "อ่านหนังสือ", completedOn = "2025-01-05", hours = 2 })).EnsureSuccessStatusCode();

        var wrong = await learner.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = "not-my-password" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("ยังไม่มีสิ่งใดถูกลบ", await wrong.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == learner.User.Id)));

        Assert.Equal(HttpStatusCode.NoContent, (await learner.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = learner.User.Password })).StatusCode);

        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == learner.User.Id)));
        Assert.False(await factory.WithDbAsync(db => db.SelfDeclaredLearning.AnyAsync(d => d.UserId == learner.User.Id)));
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == learner.User.Id)));
        var row = await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == learner.RegistrationId));
        Assert.Null(row.UserId);
        Assert.NotNull(row.AttendedAt);
        // The deletion is recorded, but the record names no account.
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "identity.account.delete")));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == learner.User.Id.ToString() || a.ActorId == learner.User.Id)));

        var fresh = factory.CreateBrowserlessClient();
        var login = await fresh.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = learner.User.Email, ["Input.Password"] = learner.User.Password });
        Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
        var roster = await coordinator.GetStringAsync(session.ApiPath + "/roster");
        Assert.Contains(learner.Ticket, roster);
    }

    [Fact]
    public async Task The_delete_page_asks_for_the_password_and_says_so_when_it_is_wrong()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        Assert.NotNull((await client.GetPageAsync("/me/data")).QuerySelector("#export-data"));
        var wrong = await client.SubmitFormAsync("/me/delete", new Dictionary<string, string> { ["Password"] = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("รหัสผ่านไม่ถูกต้อง", (await Html.ParseAsync(wrong)).QuerySelector("main")!.TextContent);

        var done = await client.SubmitFormAsync("/me/delete", new Dictionary<string, string> { ["Password"] = user.Password });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }
}
