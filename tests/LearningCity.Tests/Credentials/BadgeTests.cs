using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Attendance;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Tests.Booster;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Credentials;

public sealed class BadgeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static object Badge(int? cityId, string name = "นักอ่านตัวยง") => new { nameTh = name, criteriaTh = "อ่านหนังสือครบ 5 เล่ม", cityId, validForDays = 365 };

    private async Task<(int CityId, HttpClient Coordinator)> CityWithCoordinatorAsync()
    {
        var cityId = await factory.AddCityAsync(CityTestData.Unique("เทศบาลเหรียญ"));
        return (cityId, await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId])));
    }

    private async Task<int> AttendedRegistrationAsync(Guid userId, int? cityId, int? autoAchievementId)
    {
        var session = await factory.AddSessionAsync(title: CityTestData.Unique("เวิร์กช็อป"));
        return await factory.WithDbAsync(async db =>
        {
            var activity = await db.Activities.FirstAsync(a => a.Id == session.ActivityId);
            activity.CityId = cityId;
            activity.AutoAchievementId = autoAchievementId;
            var r = new Registration
            {
                SessionId = session.SessionId, ActivityId = session.ActivityId, UserId = userId, Status = RegistrationStatus.Confirmed,
                TicketCode = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), ConsentVersion = "1", Version = 1,
            };
            db.Registrations.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
    }

    private Task MarkAsync(int registrationId) => factory.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var r = await db.Registrations.FirstAsync(x => x.Id == registrationId);
        var session = await db.ActivitySessions.FirstAsync(x => x.Id == r.SessionId);
        var activity = await db.Activities.FirstAsync(x => x.Id == r.ActivityId);
        await s.GetRequiredService<AttendanceRecorder>().MarkAsync(activity, session, r, Guid.NewGuid(), default);
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Coordinator_creates_and_edits_a_badge_for_their_city_but_not_for_another()
    {
        var (cityId, coordinator) = await CityWithCoordinatorAsync();
        var (otherCity, other) = await CityWithCoordinatorAsync();
        var created = await coordinator.PostAsJsonAsync("/api/v1/achievements", Badge(cityId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var badge = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = badge.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/achievements", Badge(otherCity))).StatusCode);
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/v1/achievements", Badge(cityId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/v1/achievements/{id}", new { nameTh = "x", criteriaTh = "y", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync("/api/v1/achievements", new { cityId })).StatusCode);

        var updated = await coordinator.PutAsJsonAsync($"/api/v1/achievements/{id}", new { nameTh = "นักอ่านดีเด่น", criteriaTh = "อ่าน 10 เล่ม", version = 1 });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PutAsJsonAsync($"/api/v1/achievements/{id}", new { nameTh = "เก่า", criteriaTh = "เก่า", version = 1 })).StatusCode);
        var mine = JsonDocument.Parse(await coordinator.GetStringAsync("/api/v1/achievements")).RootElement;
        Assert.Contains(mine.EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
        Assert.DoesNotContain(JsonDocument.Parse(await other.GetStringAsync("/api/v1/achievements")).RootElement.EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Marking_attendance_twice_issues_one_credential_and_one_notification()
    {
        var (cityId, _) = await CityWithCoordinatorAsync();
        var achievementId = await factory.AddAchievementAsync(cityId);
        var learner = await factory.CreateAsync();
        var registrationId = await AttendedRegistrationAsync(learner.Id, cityId, achievementId);
        await MarkAsync(registrationId);
        await MarkAsync(registrationId);

        var credentials = await factory.WithDbAsync(db => db.Set<IssuedCredential>().Where(c => c.RecipientUserId == learner.Id).ToListAsync());
        var credential = Assert.Single(credentials);
        Assert.Equal($"booster.registration:{registrationId}:achievement:{achievementId}", credential.SourceKey);
        Assert.Single(await factory.WithDbAsync(db => db.Set<Notification>().Where(n => n.UserId == learner.Id && n.Kind == NotificationKind.BadgeIssued).ToListAsync()));
        var mine = JsonDocument.Parse(await (await factory.LoginAsync(learner)).GetStringAsync("/api/v1/me/credentials")).RootElement;
        Assert.Equal(credential.Id, mine[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Issuer_issues_by_hand_to_attendees_and_revokes_while_other_city_and_learner_cannot()
    {
        var (cityId, coordinator) = await CityWithCoordinatorAsync();
        var (_, other) = await CityWithCoordinatorAsync();
        var achievementId = await factory.AddAchievementAsync(cityId);
        var learnerUser = await factory.CreateAsync();
        var registrationId = await AttendedRegistrationAsync(learnerUser.Id, cityId, null);
        await MarkAsync(registrationId);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/achievements/{achievementId}/issue", new { registrationIds = new[] { registrationId } })).StatusCode);
        var issued = await coordinator.PostAsJsonAsync($"/api/v1/achievements/{achievementId}/issue", new { registrationIds = new[] { registrationId } });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var credentialId = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("credentialIds")[0].GetGuid();
        var again = JsonDocument.Parse(await (await coordinator.PostAsJsonAsync($"/api/v1/achievements/{achievementId}/issue", new { registrationIds = new[] { registrationId } })).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, again.GetProperty("issued").GetInt32());

        var learner = await factory.LoginAsync(learnerUser);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/credentials/{credentialId}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync($"/api/v1/credentials/{credentialId}/revoke", new { reason = "ไม่ต้องการ" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/credentials/{credentialId}/revoke", new { reason = "ผิดเมือง" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"/api/v1/credentials/{credentialId}/revoke", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsJsonAsync($"/api/v1/credentials/{credentialId}/revoke", new { reason = "ออกผิดคน" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/credentials/{credentialId}/revoke", new { reason = "ซ้ำ" })).StatusCode);

        var jwt = await factory.WithDbAsync(db => db.Set<IssuedCredential>().Where(c => c.Id == credentialId).Select(c => c.Jwt).FirstAsync());
        var result = JsonDocument.Parse(await (await factory.CreateClient().PostAsJsonAsync("/api/v1/credentials/verify", new { jwt })).Content.ReadAsStringAsync()).RootElement;
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("revocation", result.GetProperty("checks").EnumerateArray().Last().GetProperty("name").GetString());
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "credentials.revoke" && e.EntityId == credentialId.ToString()));
        Assert.True(audited);
    }

    [Fact]
    public async Task An_activity_is_linked_to_a_badge_of_its_own_publisher_only()
    {
        var (cityId, coordinator) = await CityWithCoordinatorAsync();
        var achievementId = await factory.AddAchievementAsync(cityId);
        var session = await factory.AddSessionAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync($"/api/v1/achievements/{achievementId}/auto-activity", new { activityId = session.ActivityId })).StatusCode);
        await factory.WithDbAsync(async db => { (await db.Activities.FirstAsync(a => a.Id == session.ActivityId)).CityId = cityId; return await db.SaveChangesAsync(); });
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"/api/v1/achievements/{achievementId}/auto-activity", new { activityId = session.ActivityId })).StatusCode);
        Assert.Equal(achievementId, await factory.WithDbAsync(db => db.Activities.Where(a => a.Id == session.ActivityId).Select(a => a.AutoAchievementId).FirstAsync()));
    }
}
