using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

/// <summary>Publication of a locked cycle, the public results, the winners' credentials and the feedback reports.</summary>
public sealed class ResultsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static int _year = 2700;

    [Fact]
    public async Task Results_stay_hidden_until_a_locked_cycle_is_published_and_then_winners_get_a_verifiable_credential()
    {
        var (cycle, winner, other) = await DecidedCycleAsync();
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/awards/cycles/{cycle}/results")).StatusCode);
        var page = await anonymous.GetPageAsync($"/awards/cycles/{cycle}/results");
        Assert.NotNull(page.QuerySelector("#results-pending"));
        Assert.Empty(page.QuerySelectorAll(".award-result"));

        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        var notLocked = await admin.SendAsync(AssessmentTestData.Request(HttpMethod.Post, $"/api/v1/awards/cycles/{cycle}/publish", english: true));
        Assert.Equal(HttpStatusCode.Conflict, notLocked.StatusCode);
        Assert.Contains("lock the judging first", await notLocked.Content.ReadAsStringAsync());
        var thai = await admin.PostAsync($"/api/v1/awards/cycles/{cycle}/publish", null);
        Assert.Contains("ต้องล็อกผลการตัดสินก่อน", await thai.Content.ReadAsStringAsync());

        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycle).ExecuteUpdateAsync(u => u.SetProperty(c => c.LockedAt, factory.UtcNow().UtcDateTime.AddMinutes(-1))));
        foreach (var role in new[] { Roles.Coordinator, Roles.Judge, Roles.Reviewer, Roles.Learner })
        {
            var client = await factory.ApiClientAsync(await factory.CreateAsync(role));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/awards/cycles/{cycle}/publish", null)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/v1/awards/cycles/{cycle}/publish", null)).StatusCode);

        var published = await (await admin.PostAsync($"/api/v1/awards/cycles/{cycle}/publish", null)).ExpectJsonAsync();
        var category = published.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("winners").GetArrayLength() > 0);
        var entry = category.GetProperty("winners")[0];
        Assert.Equal(winner, entry.GetProperty("cityId").GetInt32());
        Assert.Equal("Winner", entry.GetProperty("outcome").GetString());
        Assert.DoesNotContain(published.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("winners").EnumerateArray()),
            w => w.GetProperty("cityId").GetInt32() == other);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/awards/cycles/{cycle}/publish", null)).StatusCode);

        // The credential names the city and verifies.
        var credentialUrl = entry.GetProperty("credentialUrl").GetString()!;
        var jwt = await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.Id == Guid.Parse(credentialUrl.Split('/').Last())).Select(c => new { c.Jwt, c.RecipientCityId }).FirstAsync());
        Assert.Equal(winner, jwt.RecipientCityId);
        var verified = await (await anonymous.PostAsync("/api/v1/credentials/verify", new StringContent(jwt.Jwt))).ExpectJsonAsync();
        Assert.True(verified.GetProperty("valid").GetBoolean());
        Assert.Equal(1, await factory.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => c.RecipientCityId == winner || c.RecipientCityId == other)));

        var results = await anonymous.GetPageAsync($"/awards/cycles/{cycle}/results");
        Assert.Contains(results.QuerySelectorAll(".award-result"), a => a.GetAttribute("data-city") == winner.ToString());
        var profile = await anonymous.GetPageAsync($"/cities/{winner}");
        Assert.NotNull(profile.QuerySelector("#city-awards .city-award[data-outcome=Winner]"));
        Assert.Null((await anonymous.GetPageAsync($"/cities/{other}")).QuerySelector("#city-awards"));
    }

    [Fact]
    public async Task Feedback_reaches_only_the_city_after_publication_with_the_judges_anonymous()
    {
        var (cycle, winner, other) = await DecidedCycleAsync();
        var application = await factory.WithDbAsync(db => db.AwardApplications.Where(a => a.CycleId == cycle && a.CityId == other).Select(a => a.Id).FirstAsync());
        var coordinator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [other]));
        var url = $"/api/v1/awards/applications/{application}/feedback";
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(url)).StatusCode);

        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycle).ExecuteUpdateAsync(u => u.SetProperty(c => c.LockedAt, factory.UtcNow().UtcDateTime)));
        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        await (await admin.PostAsync($"/api/v1/awards/cycles/{cycle}/publish", null)).ExpectJsonAsync();

        var report = await (await coordinator.GetAsync(url)).ExpectJsonAsync();
        Assert.Equal("None", report.GetProperty("outcome").GetString());
        var judges = report.GetProperty("criteria")[0].GetProperty("judges").EnumerateArray().Select(j => j.GetProperty("judge").GetString()).ToList();
        Assert.Equal(["กรรมการ 1", "กรรมการ 2"], judges);
        var text = report.GetRawText();
        var judgeEmails = await factory.WithDbAsync(db => (from a in db.JudgeAssignments join u in db.Users on a.JudgeUserId equals u.Id
                                                           where a.ApplicationId == application select u.Email!).ToListAsync());
        Assert.All(judgeEmails, e => Assert.DoesNotContain(e.Split('@')[0], text));
        // 3/5 and 2/5 on every criterion: 60 and 40, mean 50.
        Assert.Equal(50, report.GetProperty("weightedScore").GetDouble());

        var csv = await coordinator.GetStringAsync(url + "?format=csv");
        Assert.StartsWith("เกณฑ์,กรรมการ,คะแนน", csv.TrimStart('\uFEFF'));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/awards/applications/{application}/feedback")).StatusCode);

        var elsewhere = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [winner]));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(url)).StatusCode);
        foreach (var role in new[] { Roles.Judge, Roles.Reviewer, Roles.Researcher, Roles.Learner })
            Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ApiClientAsync(await factory.CreateAsync(role))).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_demo_shows_last_years_published_winners_with_their_credentials()
    {
        var anonymous = factory.CreateBrowserlessClient();
        var cycle = await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.IsDemo && c.PublishedAt != null).Select(c => c.Id).FirstAsync());
        var results = await (await anonymous.GetAsync($"/api/v1/awards/cycles/{cycle}/results")).ExpectJsonAsync();
        var winners = results.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("winners").EnumerateArray()).ToList();
        Assert.Equal(2, winners.Count);
        Assert.All(winners, w => Assert.StartsWith("/credentials/", w.GetProperty("credentialUrl").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(winners[0].GetProperty("credentialUrl").GetString())).StatusCode);
        var open = await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.IsDemo && c.PublishedAt == null).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/awards/cycles/{open}/results")).StatusCode);
    }

    /// <summary>
    /// A cycle whose call has closed, with two submitted applications in one category, each scored by two judges
    /// (the winner 5 and 4, the other 3 and 2 on every criterion) and decided: not yet locked or published.
    /// </summary>
    private async Task<(int Cycle, int Winner, int Other)> DecidedCycleAsync()
    {
        var winner = await factory.AddCityAsync(CityTestData.Unique("เมืองชนะเลิศ"), "TH-10");
        var other = await factory.AddCityAsync(CityTestData.Unique("เมืองผู้สมัคร"), "TH-11");
        var judges = new[] { await factory.CreateAsync(Roles.Judge), await factory.CreateAsync(Roles.Judge) };
        var today = AssessmentTestData.ThaiToday(factory);
        var year = Interlocked.Increment(ref _year);
        return await factory.WithDbAsync(async db =>
        {
            var cycle = new AwardCycle
            {
                YearBe = year, Name = new BilingualText($"รางวัลทดสอบ {year}", $"Test award {year - 543}"),
                CallOpens = today.AddDays(-40), CallCloses = today.AddDays(-10), JudgingEnds = today.AddDays(10), AnnouncementOn = today.AddDays(20),
                Categories = DefaultCriteria.Categories(), Criteria = DefaultCriteria.Criteria(), CreatedAt = DateTime.UnixEpoch, Version = 1,
            };
            db.AwardCycles.Add(cycle);
            await db.SaveChangesAsync();
            var category = cycle.Categories.Single(c => c.Code == "large");
            foreach (var (city, levels, outcome) in new[] { (winner, new[] { 5, 4 }, AwardOutcome.Winner), (other, new[] { 3, 2 }, AwardOutcome.None) })
            {
                var application = new AwardApplication
                {
                    CycleId = cycle.Id, CategoryId = category.Id, CityId = city, Status = ApplicationStatus.Submitted, ConsentToPublish = true,
                    Narratives = cycle.Criteria.Select(c => new CriterionNarrative(c.Id, "เรื่องเล่าของเมือง")).ToList(),
                    Outcome = outcome, Rationale = outcome == AwardOutcome.Winner ? "ผลลัพธ์ชัดเจนและขยายผลได้" : "ควรเพิ่มหลักฐาน", CreatedAt = DateTime.UnixEpoch, Version = 1,
                };
                db.AwardApplications.Add(application);
                await db.SaveChangesAsync();
                for (var j = 0; j < judges.Length; j++)
                    db.JudgeAssignments.Add(new JudgeAssignment
                    {
                        CycleId = cycle.Id, ApplicationId = application.Id, JudgeUserId = judges[j].Id, SubmittedAt = DateTime.UnixEpoch,
                        Scores = cycle.Criteria.Select(c => new JudgeScore { CriterionId = c.Id, Score = levels[j], Comment = $"ความเห็น {levels[j]}", Version = 1 }).ToList(),
                    });
            }
            await db.SaveChangesAsync();
            return (cycle.Id, winner, other);
        });
    }
}
