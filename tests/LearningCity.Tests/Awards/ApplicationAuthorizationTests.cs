using System.Net;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Awards.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class ApplicationAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Every call on a city's application, with who is asking.</summary>
    private static async Task<Dictionary<string, HttpStatusCode>> CallAllAsync(HttpClient client, int cycleId, int categoryId, int cityId, JsonElement app)
    {
        var url = AwardsTestData.AppUrl(app.GetProperty("id").GetInt32());
        return new()
        {
            ["eligibility"] = (await client.GetAsync($"{AwardsTestData.CycleUrl(cycleId)}/eligibility?city={cityId}")).StatusCode,
            ["start"] = (await client.StartAsync(cycleId, categoryId, cityId)).StatusCode,
            ["get"] = (await client.GetAsync(url)).StatusCode,
            ["save"] = (await client.PutJsonAsync(url, new { version = app.Version(), consentToPublish = false })).StatusCode,
            ["evidence"] = (await client.UploadAsync(url + "/evidence", "file", AssessmentTestData.Pdf, "x.pdf")).StatusCode,
            ["endorsement"] = (await client.UploadAsync(url + "/endorsement", "letter", AssessmentTestData.Pdf, "x.pdf")).StatusCode,
            ["facts"] = (await client.PostApiAsync(url + "/facts/refresh", new { })).StatusCode,
            ["submit"] = (await client.PostApiAsync(url + "/submit", new { })).StatusCode,
            ["withdraw"] = (await client.PostApiAsync(url + "/withdraw", new { })).StatusCode,
            ["file"] = (await client.GetAsync($"{url}/files/{app.GetProperty("evidence")[0].GetProperty("file").GetString()}")).StatusCode,
        };
    }

    private async Task<(int Cycle, int Category, AwardCity City, JsonElement App)> ApplicationAsync()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var app = await factory.StartLargeAsync(cycle, city);
        var withFile = await (await city.Coordinator.UploadAsync(AwardsTestData.AppUrl(app.GetProperty("id").GetInt32()) + "/evidence", "file", AssessmentTestData.Pdf, "แผน.pdf")).ExpectJsonAsync();
        return (cycle, await factory.CategoryIdAsync(cycle, "digital"), city, withFile);
    }

    private async Task NothingChangedAsync(JsonElement app)
    {
        var id = app.GetProperty("id").GetInt32();
        var (status, version, count) = await factory.WithDbAsync(async db =>
        {
            var a = await db.AwardApplications.AsNoTracking().SingleAsync(x => x.Id == id);
            return (a.Status, a.Version, await db.AwardApplications.CountAsync(x => x.CityId == a.CityId));
        });
        Assert.Equal((ApplicationStatus.Draft, app.Version(), 1), (status, version, count));
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in()
    {
        var (cycle, category, city, app) = await ApplicationAsync();
        var answers = await CallAllAsync(factory.CreateBrowserlessClient(), cycle, category, city.CityId, app);
        Assert.All(answers, a => Assert.True(a.Value == HttpStatusCode.Unauthorized, $"{a.Key}: {(int)a.Value}"));
        await NothingChangedAsync(app);
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Judge)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Researcher)]
    public async Task Other_roles_neither_see_nor_change_applications(string role)
    {
        var (cycle, category, city, app) = await ApplicationAsync();
        var client = await factory.ApiClientAsync(role);
        var answers = await CallAllAsync(client, cycle, category, city.CityId, app);
        Assert.All(answers, a => Assert.True(a.Value == HttpStatusCode.Forbidden, $"{a.Key}: {(int)a.Value}"));
        Assert.Equal(0, (await (await client.GetAsync("/api/v1/awards/applications")).ExpectJsonAsync()).GetArrayLength());
        await NothingChangedAsync(app);
    }

    [Fact]
    public async Task A_coordinator_of_another_city_neither_sees_nor_changes_this_city_application()
    {
        var (cycle, category, city, app) = await ApplicationAsync();
        var other = await factory.AwardCityAsync();
        var refused = await other.Coordinator.GetAsync(AwardsTestData.AppUrl(app.GetProperty("id").GetInt32()));
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("คุณไม่มีสิทธิ์ดูหรือแก้ไขใบสมัครของเมืองนี้", body);
        Assert.DoesNotContain("narratives", body);
        var answers = await CallAllAsync(other.Coordinator, cycle, category, city.CityId, app);
        Assert.All(answers, a => Assert.True(a.Value == HttpStatusCode.Forbidden, $"{a.Key}: {(int)a.Value}"));
        Assert.Empty((await (await other.Coordinator.GetAsync("/api/v1/awards/applications")).ExpectJsonAsync()).EnumerateArray());
        Assert.Single((await (await city.Coordinator.GetAsync("/api/v1/awards/applications")).ExpectJsonAsync()).EnumerateArray());
        await NothingChangedAsync(app);
    }

    [Fact]
    public async Task An_admin_may_do_everything_and_sees_the_decision_that_the_city_sees_only_once_published()
    {
        var (cycle, category, city, app) = await ApplicationAsync();
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var answers = await CallAllAsync(admin, cycle, category, city.CityId, app);
        Assert.Equal(HttpStatusCode.OK, answers["eligibility"]);
        Assert.Equal(HttpStatusCode.Created, answers["start"]);
        Assert.Equal(HttpStatusCode.OK, answers["get"]);
        Assert.Equal(HttpStatusCode.OK, answers["save"]);
        Assert.Equal(HttpStatusCode.OK, answers["evidence"]);
        Assert.Equal(HttpStatusCode.OK, answers["endorsement"]);
        Assert.Equal(HttpStatusCode.OK, answers["facts"]);
        Assert.Equal(HttpStatusCode.BadRequest, answers["submit"]); // incomplete
        Assert.Equal(HttpStatusCode.OK, answers["withdraw"]);
        Assert.Equal(HttpStatusCode.OK, answers["file"]);

        var id = app.GetProperty("id").GetInt32();
        await factory.WithDbAsync(db => db.AwardApplications.Where(a => a.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Shortlisted, true).SetProperty(a => a.Outcome, AwardOutcome.Winner).SetProperty(a => a.Rationale, "เป็นแบบอย่าง")));
        var url = AwardsTestData.AppUrl(id);
        Assert.Equal("Winner", (await (await admin.GetAsync(url)).ExpectJsonAsync()).GetProperty("decision").GetProperty("outcome").GetString());
        var hidden = await (await city.Coordinator.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Winner", hidden);
        Assert.DoesNotContain("เป็นแบบอย่าง", hidden);
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycle).ExecuteUpdateAsync(u => u.SetProperty(c => c.PublishedAt, factory.UtcNow().UtcDateTime)));
        var published = await (await city.Coordinator.GetAsync(url)).ExpectJsonAsync();
        Assert.Equal(("Winner", "เป็นแบบอย่าง"), (published.GetProperty("decision").GetProperty("outcome").GetString(), published.GetProperty("decision").GetProperty("rationale").GetString()));
    }
}
