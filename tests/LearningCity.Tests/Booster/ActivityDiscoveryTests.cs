using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Activities;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Seed;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class ActivityDiscoveryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_demo_seed_creates_activities_and_the_registration_seeder_gives_the_demo_learner_registrations()
    {
        var (activities, fish, learnerRegistrations, attended) = await factory.WithDbAsync(async db =>
        {
            var learner = await db.Users.Where(u => u.Email == $"learner@{DemoAccountSeeder.Domain}").Select(u => u.Id).FirstAsync();
            return (await db.Activities.CountAsync(a => a.IsDemo),
                await db.Activities.AnyAsync(a => a.IsDemo && a.Title.Th == DemoActivities.FishWorkshop),
                await db.Registrations.CountAsync(r => r.UserId == learner),
                await db.Registrations.CountAsync(r => r.UserId == learner && r.AttendedAt != null));
        });
        Assert.Equal(8, activities);
        Assert.True(fish);
        Assert.Equal(3, learnerRegistrations);
        Assert.Equal(2, attended);
    }

    [Fact]
    public async Task A_thai_word_finds_the_workshop_in_search_and_on_the_activity_list()
    {
        await factory.SearchCaughtUpAsync();
        var anonymous = factory.CreateBrowserlessClient();
        var results = await anonymous.SearchAsync(SearchTestHelpers.Q("แปรรูป") + "&type=activity");
        Assert.Contains(results.Urls(), u => u.StartsWith("/activities/", StringComparison.Ordinal));

        var page = await anonymous.GetPageAsync("/activities?q=" + Uri.EscapeDataString("แปรรูป"));
        var titles = page.QuerySelectorAll(".activity-card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([DemoActivities.FishWorkshop], titles);
        var search = await anonymous.GetPageAsync("/search?q=" + Uri.EscapeDataString("แปรรูป"));
        Assert.Contains("กิจกรรม", search.Body!.TextContent);
    }

    [Fact]
    public async Task List_filters_by_age_group_price_mode_and_province_and_answers_htmx_with_the_partial()
    {
        var client = factory.CreateBrowserlessClient();
        var elders = await client.GetFromJsonAsync<JsonElement>("/api/v1/activities?ageGroup=OlderPersons&pageSize=100");
        var titles = elders.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("titleTh").GetString()).ToList();
        Assert.Contains(DemoActivities.SmartphoneForElders, titles);
        Assert.DoesNotContain(DemoActivities.CodingForKids, titles);
        var paid = await client.GetFromJsonAsync<JsonElement>("/api/v1/activities?price=paid&pageSize=100");
        Assert.All(paid.GetProperty("items").EnumerateArray(), a => Assert.False(a.GetProperty("isFree").GetBoolean()));
        var online = await client.GetFromJsonAsync<JsonElement>("/api/v1/activities?mode=Online&province=TH-10");
        Assert.Equal(DemoActivities.OrganicCompost, online.GetProperty("items")[0].GetProperty("titleTh").GetString());

        var request = new HttpRequestMessage(HttpMethod.Get, "/activities?ageGroup=Children");
        request.Headers.Add("HX-Request", "true");
        var partial = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", partial);
        Assert.Contains(DemoActivities.CodingForKids, partial);
        Assert.DoesNotContain(DemoActivities.SmartphoneForElders, partial);
    }

    [Fact]
    public async Task Recommendations_rank_by_age_interests_and_province_and_say_why()
    {
        var learner = await factory.CreateAsync();
        var digital = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.FirstAsync(u => u.Id == learner.Id);
            user.BirthYear = factory.Now().Year - 68;
            user.ProvinceCode = "TH-50";
            var topic = await db.Topics.Where(t => t.Slug == "digital-skills").Select(t => t.Id).FirstAsync();
            await db.SaveChangesAsync();
            return topic;
        });
        var client = await factory.ApiClientAsync(learner);
        var form = await client.SubmitFormAsync("/me/learning-preferences", new Dictionary<string, string>
        {
            ["InterestTopicIds"] = digital.ToString(System.Globalization.CultureInfo.InvariantCulture), ["PreferredDays"] = "Saturday",
        });
        Assert.True(form.IsSuccessStatusCode || form.StatusCode == HttpStatusCode.Redirect, form.StatusCode.ToString());
        Assert.Equal([digital], await factory.WithDbAsync(db => db.LearnerProfiles.Where(p => p.UserId == learner.Id).Select(p => p.InterestTopicIds).FirstAsync()));

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/activities/recommendations");
        var top = list[0];
        Assert.Equal(DemoActivities.SmartphoneForElders, top.GetProperty("activity").GetProperty("titleTh").GetString());
        var reasons = top.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.StartsWith("เพราะคุณสนใจ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("จังหวัดของคุณ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("ผู้สูงอายุ", StringComparison.Ordinal));

        var page = await client.GetPageAsync("/activities/for-you");
        Assert.Contains("เพราะ", page.QuerySelector(".recommendation .reasons")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync("/api/v1/activities/recommendations")).StatusCode);
    }
}
