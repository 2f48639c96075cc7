using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Attendance;
using LearningCity.Modules.Booster.Badges;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Credentials;

public sealed class AchievementTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static object Body(int cityId, string name = "เหรียญนักปลูกผัก", uint? version = null) => new
    {
        nameTh = name, nameEn = "Urban gardener", descriptionTh = "ปลูกผักสวนครัวในเมืองได้", criteriaTh = "เข้าร่วมกิจกรรมครบทุกครั้ง",
        validForDays = 365, skillTopicIds = Array.Empty<int>(), cityId, version,
    };

    [Fact]
    public async Task A_coordinator_creates_updates_and_deletes_a_badge_of_their_city()
    {
        var cityId = await factory.AddCityAsyncForCredentials();
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var created = await coordinator.PostAsJsonAsync("/api/v1/achievements", Body(cityId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = dto.GetProperty("id").GetInt32();
        Assert.Contains(await coordinator.GetFromJsonAsync<JsonElement[]>("/api/v1/achievements") ?? [], a => a.GetProperty("id").GetInt32() == id);

        var updated = await coordinator.PutAsJsonAsync($"/api/v1/achievements/{id}", Body(cityId, "เหรียญนักปลูกผักอินทรีย์", 1));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PutAsJsonAsync($"/api/v1/achievements/{id}", Body(cityId, "เก่า", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/v1/achievements/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/achievements/{id}")).StatusCode);
    }

    [Fact]
    public async Task Another_city_and_a_learner_may_not_create_edit_or_delete_a_badge()
    {
        var cityId = await factory.AddCityAsyncForCredentials();
        var id = await factory.AddAchievementAsync(cityId);
        var other = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [await factory.AddCityAsyncForCredentials()]));
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        foreach (var client in new[] { other, learner })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/achievements", Body(cityId))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/achievements/{id}", Body(cityId, version: 1))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/achievements/{id}")).StatusCode);
            var page = await client.GetAsync($"/achievements/{id}/edit");
            Assert.Equal(HttpStatusCode.Found, page.StatusCode);
            Assert.Contains("denied", page.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
        Assert.NotEqual(HttpStatusCode.Created, (await factory.CreateBrowserlessClient().PostAsJsonAsync("/api/v1/achievements", Body(cityId))).StatusCode);
    }

    [Fact]
    public async Task Missing_fields_and_unknown_skills_are_localized_field_errors()
    {
        var cityId = await factory.AddCityAsyncForCredentials();
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var response = await coordinator.PostAsJsonAsync("/api/v1/achievements", new { nameTh = "", skillTopicIds = new[] { 999999 }, validForDays = 0, cityId });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("โปรดกรอก", errors.GetProperty("nameTh")[0].GetString());
        Assert.True(errors.TryGetProperty("skillTopicIds", out _));
        Assert.True(errors.TryGetProperty("validForDays", out _));
    }

    [Fact]
    public async Task A_badge_made_on_the_form_with_an_image_and_a_non_image_is_refused()
    {
        var cityId = await factory.AddCityAsyncForCredentials();
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var fields = new Dictionary<string, string>
        {
            ["Publisher"] = $"city:{cityId}", ["Input.NameTh"] = "เหรียญนักเล่าเรื่อง", ["Input.DescriptionTh"] = "เล่าเรื่องชุมชนได้", ["Input.CriteriaTh"] = "เล่าเรื่องหนึ่งเรื่อง",
        };
        var refused = await coordinator.PostMultipartAsync("/achievements/new", fields, "Image", "not an image"u8.ToArray(), "badge.png");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ไม่ใช่รูปภาพ", await refused.Content.ReadAsStringAsync());
        var saved = await coordinator.PostMultipartAsync("/achievements/new", fields, "Image", CityTestData.Png, "badge.png");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var image = await factory.WithDbAsync(db => db.Achievements.Where(a => a.CityId == cityId).Select(a => a.ImageFile).FirstAsync());
        Assert.EndsWith(".png", image);
    }

    [Fact]
    public async Task The_issuer_issues_by_hand_to_attendees_only_and_each_once()
    {
        var cityId = await factory.AddCityAsyncForCredentials();
        var id = await factory.AddAchievementAsync(cityId);
        var learner = await factory.CreateAsync();
        var came = await factory.AddRegistrationAsync(cityId, learner.Id, attended: true);
        var absent = await factory.AddRegistrationAsync(cityId, (await factory.CreateAsync()).Id, attended: false);
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        Assert.Contains(learner.Email.Split('@')[0], await coordinator.GetStringAsync($"/achievements/{id}/issue"));

        var first = await coordinator.PostAsJsonAsync($"/api/v1/achievements/{id}/issue", new { registrationIds = new[] { came.RegistrationId, absent.RegistrationId } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var issued = await first.Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Single(issued!);
        Assert.True(issued![0].GetProperty("isNew").GetBoolean());
        var again = await (await coordinator.PostAsJsonAsync($"/api/v1/achievements/{id}/issue", new { registrationIds = new[] { came.RegistrationId } })).Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.False(again![0].GetProperty("isNew").GetBoolean());
        Assert.Equal(1, await factory.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => c.AchievementId == id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == learner.Id && n.Kind == NotificationKind.BadgeIssued)));

        var learnerClient = await factory.LoginAsync(learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learnerClient.PostAsJsonAsync($"/api/v1/achievements/{id}/issue", new { registrationIds = new[] { came.RegistrationId } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"/api/v1/achievements/{id}/issue", new { registrationIds = Array.Empty<int>() })).StatusCode);
    }

    [Fact]
    public async Task Marking_attendance_issues_the_linked_badge_once_and_notifies_the_learner()
    {
        var cityId = await factory.AddCityAsyncForCredentials();
        var id = await factory.AddAchievementAsync(cityId);
        var learner = await factory.CreateAsync();
        var attendance = await factory.AddRegistrationAsync(cityId, learner.Id, attended: false);
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var link = await coordinator.PostAsJsonAsync($"/api/v1/achievements/{id}/auto-activity", new { activityId = attendance.ActivityId });
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        var foreignActivity = await factory.AddRegistrationAsync(await factory.AddCityAsyncForCredentials(), learner.Id, attended: false);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"/api/v1/achievements/{id}/auto-activity", new { activityId = foreignActivity.ActivityId })).StatusCode);

        for (var i = 0; i < 2; i++)
            await factory.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<Common.Data.AppDbContext>();
                var activity = await db.Activities.FirstAsync(a => a.Id == attendance.ActivityId);
                var session = await db.ActivitySessions.FirstAsync(s => s.Id == attendance.SessionId);
                var registration = await db.Registrations.FirstAsync(r => r.Id == attendance.RegistrationId);
                await services.GetRequiredService<AttendanceRecorder>().MarkAsync(activity, session, registration, Guid.NewGuid(), default);
                await db.SaveChangesAsync();
            });

        var key = BadgeIssuing.SourceKey(attendance.RegistrationId, id);
        var credential = await factory.WithDbAsync(db => db.IssuedCredentials.SingleAsync(c => c.SourceKey == key));
        Assert.Equal(learner.Id, credential.RecipientUserId);
        var notification = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == learner.Id && n.Kind == NotificationKind.BadgeIssued));
        Assert.Equal($"/credentials/{credential.Id}", notification.Link);
        Assert.True((await CredentialVerificationTests.VerifyAsync(factory.CreateClient(), credential.Jwt)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task The_demo_seed_has_the_national_award_achievement()
    {
        var award = await factory.WithDbAsync(db => db.Achievements.SingleAsync(a => a.Name.Th == DemoBadgeSeeder.NationalAwardName));
        Assert.Equal(Modules.Credentials.Data.AchievementType.Award, award.Type);
        Assert.Null(award.CityId);
        Assert.True(award.IsDemo);
        await factory.Services.MigrateAndSeedAsyncAgain();
        Assert.Equal(1, await factory.WithDbAsync(db => db.Achievements.CountAsync(a => a.Name.Th == DemoBadgeSeeder.NationalAwardName)));
    }
}

public sealed class DemoBadgeSeedTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Demo_badges_are_linked_to_demo_activities_and_issued_to_their_attendees_once()
    {
        // The first-run seed: demo activities (Order 50), the demo learner's attendance (55), demo badges (58).
        await factory.Services.MigrateAndSeedAsyncAgain();
        var linked = await factory.WithDbAsync(db => db.Activities.Where(a => a.IsDemo && a.AutoAchievementId != null).Select(a => new { a.Id, a.AutoAchievementId }).ToListAsync());
        Assert.NotEmpty(linked);
        var issued = 0;
        foreach (var activity in linked)
        {
            var attended = await factory.WithDbAsync(db => db.Registrations.Where(r => r.ActivityId == activity.Id && r.AttendedAt != null && r.UserId != null).Select(r => r.Id).ToListAsync());
            foreach (var registrationId in attended)
            {
                var key = BadgeIssuing.SourceKey(registrationId, activity.AutoAchievementId!.Value);
                Assert.Equal(1, await factory.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => c.SourceKey == key)));
                issued++;
            }
        }
        Assert.True(issued > 0, "the demo learner holds at least one demo badge");
        Assert.True(await factory.WithDbAsync(db => db.Achievements.AnyAsync(a => a.IsDemo && a.CityId != null && a.Name.Th.StartsWith("เหรียญตราผู้เข้าร่วม"))));
    }
}

internal static class SeedAgain
{
    public static Task MigrateAndSeedAsyncAgain(this IServiceProvider services) => Common.Data.StartupMigration.MigrateAndSeedAsync(services);
}
