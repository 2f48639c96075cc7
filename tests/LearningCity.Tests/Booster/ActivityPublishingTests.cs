using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class ActivityPublishingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Only_publishers_of_the_city_or_organisation_or_an_admin_may_create_activities()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var other = await factory.AddCityAsync(CityTestData.Unique("เมืองอื่น"));
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/activities", ActivityTestData.Body(factory, city))).StatusCode);

        var learner = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/v1/activities", ActivityTestData.Body(factory, city))).StatusCode);

        var stranger = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [other]));
        var refused = await stranger.PostAsJsonAsync("/api/v1/activities", ActivityTestData.Body(factory, city));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("ไม่มีสิทธิ์", await refused.Content.ReadAsStringAsync());

        var coordinator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var created = await coordinator.CreateActivityAsync(ActivityTestData.Body(factory, city));
        Assert.Equal("TH-50", created.GetProperty("provinceCode").GetString());

        var (org, member) = await factory.OrganisationWithMemberAsync();
        var organizer = await factory.ApiClientAsync(member);
        await organizer.CreateActivityAsync(ActivityTestData.Body(factory, null, org));

        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        await admin.CreateActivityAsync(ActivityTestData.Body(factory, other));

        var id = created.GetProperty("id").GetInt32();
        var edit = await stranger.PutAsJsonAsync($"/api/v1/activities/{id}", ActivityTestData.Body(factory, city));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync($"/api/v1/activities/{id}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_gives_localized_errors_per_field()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var body = ActivityTestData.Body(factory, city);
        body["titleTh"] = "";
        body["ageGroups"] = new[] { "Martians" };
        body["onlineUrl"] = null;
        body["isFree"] = false;
        var now = factory.Now();
        body["sessions"] = new[] { new { startsAt = now.AddDays(2), endsAt = now.AddDays(1), capacity = 0 } };
        var response = await client.PostAsJsonAsync("/api/v1/activities", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("โปรดกรอก", errors.GetProperty("titleTh")[0].GetString());
        Assert.True(errors.TryGetProperty("ageGroups", out _));
        Assert.Contains("ลิงก์ออนไลน์", errors.GetProperty("onlineUrl")[0].GetString());
        Assert.True(errors.TryGetProperty("feeBaht", out _));
        Assert.Contains("หลังเวลาเริ่ม", errors.GetProperty("sessions[0].endsAt")[0].GetString());
        Assert.True(errors.TryGetProperty("sessions[0].capacity", out _));

        var onSite = ActivityTestData.Body(factory, city);
        onSite["mode"] = "OnSite";
        var missingSpace = await client.PostAsJsonAsync("/api/v1/activities", onSite);
        Assert.Equal(HttpStatusCode.BadRequest, missingSpace.StatusCode);
        Assert.Contains("learningSpaceId", await missingSpace.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_on_site_activity_takes_its_place_from_the_space_and_a_stale_version_gives_409()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"), provinceCode: "TH-65");
        var space = await factory.AddSpaceAsync(CityTestData.Unique("ห้องสมุด"), cityId: city, province: "TH-40");
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var body = ActivityTestData.Body(factory, city);
        body["mode"] = "OnSite";
        body["learningSpaceId"] = space;
        var created = await client.CreateActivityAsync(body);
        Assert.Equal("TH-40", created.GetProperty("provinceCode").GetString());
        Assert.Equal(18.79, created.GetProperty("latitude").GetDouble());
        var id = created.GetProperty("id").GetInt32();

        body["version"] = created.GetProperty("version").GetUInt32();
        body["titleTh"] = "ชื่อใหม่";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/activities/{id}", body)).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/activities/{id}", body);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("currentVersion", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changing_or_cancelling_a_session_notifies_confirmed_and_waitlisted_registrants_in_app_and_by_email()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var body = ActivityTestData.Body(factory, city);
        body["sessions"] = new[] { ActivityTestData.Session(factory.Now().AddDays(5), capacity: 1) };
        var created = await client.CreateActivityAsync(body);
        var id = created.GetProperty("id").GetInt32();
        var sessionId = created.GetProperty("sessions")[0].GetProperty("id").GetInt32();
        var first = await factory.CreateAsync();
        var second = await factory.CreateAsync();
        foreach (var learner in new[] { first, second })
        {
            var api = await factory.ApiClientAsync(learner);
            var r = await api.PostAsJsonAsync($"/api/v1/activities/{id}/sessions/{sessionId}/registrations", new { consent = true });
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }

        var lower = await client.PutAsJsonAsync($"/api/v1/activities/{id}/sessions/{sessionId}", ActivityTestData.Session(factory.Now().AddDays(5), capacity: 0));
        Assert.Equal(HttpStatusCode.BadRequest, lower.StatusCode);
        var moved = await client.PutAsJsonAsync($"/api/v1/activities/{id}/sessions/{sessionId}", ActivityTestData.Session(factory.Now().AddDays(6), capacity: 1));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var cancelled = await client.PostAsync($"/api/v1/activities/{id}/sessions/{sessionId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var kinds = await factory.WithDbAsync(db => db.Set<Notification>().Where(n => n.UserId == first.Id || n.UserId == second.Id)
            .Select(n => new { n.UserId, n.Kind }).ToListAsync());
        foreach (var learner in new[] { first, second })
        {
            Assert.Contains(kinds, k => k.UserId == learner.Id && k.Kind == NotificationKind.SessionChanged);
            Assert.Contains(kinds, k => k.UserId == learner.Id && k.Kind == NotificationKind.SessionCancelled);
        }
        var mail = await factory.Mailbox.WaitForAsync(second.Email, m => m.Subject?.Contains("ยกเลิก") == true);
        Assert.Contains("ยกเลิกกิจกรรม", mail.Subject);
        var session = await factory.WithDbAsync(db => db.ActivitySessions.FirstAsync(s => s.Id == sessionId));
        Assert.Equal(SessionStatus.Cancelled, session.Status);
    }

    [Fact]
    public async Task The_detail_page_shows_sessions_seats_and_register_links_with_event_json_ld_and_drafts_stay_hidden()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var body = ActivityTestData.Body(factory, city, titleTh: CityTestData.Unique("ทำขนมไทย"));
        body["sessions"] = new[] { ActivityTestData.Session(factory.Now().AddDays(3), capacity: 7) };
        var created = await client.CreateActivityAsync(body);
        var id = created.GetProperty("id").GetInt32();
        var sessionId = created.GetProperty("sessions")[0].GetProperty("id").GetInt32();

        var page = await factory.CreateBrowserlessClient().GetPageAsync($"/activities/{id}");
        var jsonLd = JsonDocument.Parse(page.QuerySelector("#activity-jsonld")!.TextContent).RootElement;
        Assert.Equal("Event", jsonLd.GetProperty("@type").GetString());
        Assert.Equal(7, jsonLd.GetProperty("subEvent")[0].GetProperty("remainingAttendeeCapacity").GetInt32());
        Assert.Contains("เหลือ 7 ที่นั่ง", page.QuerySelector("#sessions")!.TextContent);
        Assert.Matches(@"\d{1,2} \S+ 25\d\d เวลา \d\d:\d\d–\d\d:\d\d น\.", page.QuerySelector("#sessions")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/activities/{id}/sessions/{sessionId}/register']"));
        Assert.NotNull(page.QuerySelector("#activity-description strong"));

        var draft = await client.CreateActivityAsync(ActivityTestData.Body(factory, city), publish: false);
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/activities/{draft.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/activities/{draft.GetProperty("id").GetInt32()}")).StatusCode);
    }
}
