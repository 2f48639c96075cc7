using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Mentoring;

public sealed class MentoringPairTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_city_weak_at_an_indicator_is_suggested_the_willing_cities_that_score_highest_there()
    {
        await factory.OnlyTheseAreWillingAsync();
        var code = (await factory.DefaultIndicatorsAsync()).First(i => i.ValueType != IndicatorValueType.Text).Code;
        var cycle = await factory.OpenCycleAsync();
        var weak = await factory.CityAsync("เมืองที่ยังอ่อน");
        var best = await factory.CityAsync("เมืองเก่งที่ยินดี");
        var second = await factory.CityAsync("เมืองรองที่ยินดี");
        var unwilling = await factory.CityAsync("เมืองเก่งที่ไม่ยินดี");
        var weaker = await factory.CityAsync("เมืองอ่อนกว่าที่ยินดี");
        var unvalidated = await factory.CityAsync("เมืองยังไม่รับรอง");
        await factory.AssessedAsync(cycle, weak.Id, new Dictionary<string, double> { [code] = 10 });
        await factory.AssessedAsync(cycle, best.Id, new Dictionary<string, double> { [code] = 95 });
        await factory.AssessedAsync(cycle, second.Id, new Dictionary<string, double> { [code] = 80 });
        await factory.AssessedAsync(cycle, unwilling.Id, new Dictionary<string, double> { [code] = 99 });
        await factory.AssessedAsync(cycle, weaker.Id, new Dictionary<string, double> { [code] = 5 });
        await factory.AssessedAsync(cycle, unvalidated.Id, new Dictionary<string, double> { [code] = 100 }, AssessmentStatus.Submitted);
        foreach (var city in new[] { best, second, weaker, unvalidated }) await city.WillingAsync();
        await unwilling.WillingAsync(false);

        var list = await (await weak.Client.GetAsync($"/api/v1/mentoring/suggestions?cityId={weak.Id}")).ExpectJsonAsync();
        var weakest = list.GetProperty("weakest")[0];
        Assert.Equal(code, weakest.GetProperty("code").GetString());
        Assert.Equal(10, weakest.GetProperty("score").GetDouble());
        var mentors = weakest.GetProperty("mentors").EnumerateArray().Select(m => (Id: m.GetProperty("cityId").GetInt32(), Score: m.GetProperty("score").GetDouble())).ToList();
        Assert.Equal([(best.Id, 95d), (second.Id, 80d)], mentors);

        var page = await weak.Client.GetPageAsync("/mentoring");
        var options = page.QuerySelectorAll($".mentoring-corner[data-city-id='{weak.Id}'] .weak-indicator[data-code='{code}'] .mentor-option");
        Assert.Equal([best.Id.ToString(), second.Id.ToString()], options.Select(o => o.GetAttribute("data-city-id")!));
    }

    [Fact]
    public async Task The_other_citys_coordinator_accepts_a_request_and_the_pair_shows_on_both_city_profiles()
    {
        var mentor = await factory.CityAsync("เมืองพี่เลี้ยง");
        var mentee = await factory.CityAsync("เมืองน้อง");
        await mentor.WillingAsync();
        var pair = await (await mentee.Client.RequestAsync(mentor.Id, mentee.Id, "a1.1")).ExpectJsonAsync(HttpStatusCode.Created);
        var id = pair.GetProperty("id").GetInt32();
        Assert.Equal("Proposed", pair.GetProperty("status").GetString());
        Assert.Equal("A1.1", pair.GetProperty("indicators")[0].GetProperty("code").GetString());
        var notices = await (await mentor.Client.GetAsync("/api/v1/me/notifications")).Content.ReadAsStringAsync();
        Assert.Contains($"/mentoring/pairs/{id}", notices);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync($"/api/v1/mentoring/pairs/{id}")).StatusCode);
        Assert.DoesNotContain($"data-pair-id=\"{id}\"", await factory.CreateBrowserlessClient().GetStringAsync($"/cities/{mentor.Id}"));

        var own = await (await mentee.Client.PostAsync($"/api/v1/mentoring/pairs/{id}/accept", null)).ExpectJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("ตอบคำขอที่คุณส่งเอง", own.Detail());
        var accepted = await (await mentor.Client.PostAsync($"/api/v1/mentoring/pairs/{id}/accept", null)).ExpectJsonAsync();
        Assert.Equal("Active", accepted.GetProperty("status").GetString());
        // The requester is told too.
        Assert.Contains($"/mentoring/pairs/{id}", await (await mentee.Client.GetAsync("/api/v1/me/notifications")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await mentor.Client.PostAsync($"/api/v1/mentoring/pairs/{id}/decline", null)).StatusCode);

        foreach (var city in new[] { mentor.Id, mentee.Id })
        {
            var profile = await factory.CreateBrowserlessClient().GetPageAsync($"/cities/{city}");
            Assert.NotNull(profile.QuerySelector($"#city-mentoring .city-mentoring-pair[data-pair-id='{id}']"));
        }
        var list = await (await factory.CreateBrowserlessClient().GetAsync($"/api/v1/mentoring/pairs?cityId={mentee.Id}")).ExpectJsonAsync();
        Assert.Equal([id], list.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Meeting_notes_are_seen_only_by_the_pairs_people_both_coordinators_and_admins()
    {
        var mentor = await factory.CityAsync();
        var mentee = await factory.CityAsync();
        var id = await MentoringTestData.ActivePairAsync(mentor, mentee);
        var today = AssessmentTestData.ThaiToday(factory).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await mentee.Client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{id}/meetings", new { date = today, notes = "บันทึกลับของคู่พี่เลี้ยง" }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        var named = await factory.CreateAsync();
        await (await mentor.Client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{id}/people", new { email = named.Email, side = "Mentor" })).ExpectJsonAsync(HttpStatusCode.Created);
        var refusedSide = await mentor.Client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{id}/people", new { email = named.Email, side = "Mentee" });
        Assert.Equal(HttpStatusCode.Forbidden, refusedSide.StatusCode);

        var readers = new[] { mentor.Client, mentee.Client, await factory.ApiClientAsync(named), await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin)) };
        foreach (var reader in readers)
        {
            Assert.Contains("บันทึกลับของคู่พี่เลี้ยง", await reader.GetStringAsync($"/api/v1/mentoring/pairs/{id}"));
            Assert.Contains("บันทึกลับของคู่พี่เลี้ยง", await reader.GetStringAsync($"/mentoring/pairs/{id}"));
        }
        var others = new[] { factory.CreateBrowserlessClient(), await factory.ApiClientAsync(await factory.CreateAsync()), (await factory.CityAsync()).Client };
        foreach (var other in others)
        {
            var pair = await (await other.GetAsync($"/api/v1/mentoring/pairs/{id}")).ExpectJsonAsync();
            Assert.Equal(JsonValueKind.Null, pair.GetProperty("meetings").ValueKind);
            Assert.DoesNotContain("บันทึกลับของคู่พี่เลี้ยง", await other.GetStringAsync($"/mentoring/pairs/{id}"));
            var meeting = await other.PostAsJsonAsync($"/api/v1/mentoring/pairs/{id}/meetings", new { date = today, notes = "แอบบันทึก" });
            Assert.True(meeting.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, meeting.StatusCode.ToString());
        }
        var outsider = (await factory.CityAsync()).Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsync($"/api/v1/mentoring/pairs/{id}/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_clear_errors_in_the_callers_language_and_change_nothing()
    {
        var mentor = await factory.CityAsync();
        var mentee = await factory.CityAsync();
        var stranger = await factory.CityAsync();
        var before = await factory.WithDbAsync(db => db.MentoringPairs.CountAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().RequestAsync(mentor.Id, mentee.Id, "A1.1")).StatusCode);
        var notWilling = await (await mentee.Client.RequestAsync(mentor.Id, mentee.Id, "A1.1")).ExpectJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("ยังไม่ได้แจ้งว่ายินดีเป็นพี่เลี้ยง", notWilling.Detail());
        await mentor.WillingAsync();
        var self = await mentee.Client.RequestAsync(mentee.Id, mentee.Id, "A1.1");
        Assert.Contains("เป็นพี่เลี้ยงให้ตัวเองได้", string.Join(" ", await self.ErrorsAsync("mentorCityId")));
        var notMine = await (await stranger.Client.RequestAsync(mentor.Id, mentee.Id, "A1.1")).ExpectJsonAsync(HttpStatusCode.Forbidden);
        Assert.Contains("ไม่มีสิทธิ์ดำเนินการแทนเมืองนี้", notMine.Detail());
        var learner = await factory.ApiClientAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.RequestAsync(mentor.Id, mentee.Id, "A1.1")).StatusCode);
        Assert.Contains("ตัวชี้วัด", string.Join(" ", await (await mentee.Client.RequestAsync(mentor.Id, mentee.Id)).ErrorsAsync("indicators")));
        Assert.NotEmpty(await (await mentee.Client.RequestAsync(mentor.Id, mentee.Id, "<script>")).ErrorsAsync("indicators"));
        Assert.NotEmpty(await (await mentee.Client.PostAsJsonAsync("/api/v1/mentoring/requests", new { menteeCityId = mentee.Id })).ErrorsAsync("mentorCityId"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.MentoringPairs.CountAsync()));

        await (await mentee.Client.RequestAsync(mentor.Id, mentee.Id, "A1.1")).ExpectJsonAsync(HttpStatusCode.Created);
        var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/mentoring/requests")
        {
            Content = JsonContent.Create(new { mentorCityId = mentor.Id, menteeCityId = mentee.Id, indicators = new[] { "A1.2" } }),
        };
        var duplicate = await (await mentee.Client.SendAsync(english.InEnglish())).ExpectJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("already have a live request or pair", duplicate.Detail());
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.MentoringPairs.CountAsync()));

        var suggestionsOfAnother = await mentee.Client.GetAsync($"/api/v1/mentoring/suggestions?cityId={stranger.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, suggestionsOfAnother.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentee.Client.PutAsJsonAsync($"/api/v1/mentoring/cities/{stranger.Id}/willingness", new { willing = true })).StatusCode);
        var malformed = await mentee.Client.PostAsJsonAsync("/api/v1/mentoring/requests", new { mentorCityId = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task An_accepted_pair_opens_a_private_forum_space_that_only_the_pairs_people_see()
    {
        var mentor = await factory.CityAsync("เมืองพี่เลี้ยงมีพื้นที่");
        var mentee = await factory.CityAsync("เมืองน้องมีพื้นที่");
        var outsider = await factory.CityAsync("เมืองอื่นไม่เกี่ยว");
        var id = await MentoringTestData.ActivePairAsync(mentor, mentee);

        var page = await mentee.Client.GetPageAsync($"/mentoring/pairs/{id}");
        var link = page.QuerySelector("#pair-forum")?.GetAttribute("href");
        Assert.NotNull(link);
        foreach (var member in new[] { mentor, mentee })
        {
            var space = await member.Client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, space.StatusCode);
            Assert.Contains("คู่พี่เลี้ยง", await space.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync(link)).StatusCode);
        // The space is not among the public categories.
        Assert.DoesNotContain(link, await factory.CreateBrowserlessClient().GetStringAsync("/forum"));
    }
}
