using System.Net;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class EligibilityTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<Dictionary<string, string[]>> ReasonsAsync(HttpClient client, int cycleId, int cityId, bool english = false)
    {
        var answer = await (await client.SendAsync(AssessmentTestData.Request(HttpMethod.Get, $"{AwardsTestData.CycleUrl(cycleId)}/eligibility?city={cityId}", null, english))).ExpectJsonAsync();
        return answer.EnumerateArray().ToDictionary(e => e.GetProperty("categoryCode").GetString()!,
            e => e.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Fact]
    public async Task An_approved_town_may_apply_to_its_type_and_the_special_category_only()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var reasons = await ReasonsAsync(city.Coordinator, cycle, city.CityId);
        Assert.Empty(reasons["large"]);
        Assert.Empty(reasons["digital"]);
        Assert.Equal(["ประเภทองค์กรปกครองส่วนท้องถิ่นของเมืองไม่ตรงกับหมวดรางวัลนี้"], reasons["sao"]);
        Assert.Equal(["The city's type of local government does not fit this category"], (await ReasonsAsync(city.Coordinator, cycle, city.CityId, english: true))["pao"]);
    }

    [Fact]
    public async Task A_city_that_is_not_approved_is_refused_with_its_reason()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync(status: CityStatus.Pending);
        var reasons = await ReasonsAsync(city.Coordinator, cycle, city.CityId, english: true);
        Assert.Equal(["This city is not an approved learning city"], reasons["large"]);
        Assert.Equal(["This city is not an approved learning city"], reasons["digital"]);
    }

    [Fact]
    public async Task A_size_category_checks_the_population_bounds()
    {
        var cycle = await factory.AddCycleAsync();
        await factory.WithDbAsync(async db =>
        {
            db.AwardCategories.Add(new AwardCategory { CycleId = cycle, Code = "small", Kind = CategoryKind.Size, MaxPopulation = 20_000, Name = new BilingualText("เมืองเล็ก") });
            return await db.SaveChangesAsync();
        });
        var big = await factory.AwardCityAsync(population: 20_000);
        var small = await factory.AwardCityAsync(population: 19_999);
        var unknown = await factory.AwardCityAsync(population: null);
        Assert.Equal(["The city's population is outside this category's bounds"], (await ReasonsAsync(big.Coordinator, cycle, big.CityId, english: true))["small"]);
        Assert.Empty((await ReasonsAsync(small.Coordinator, cycle, small.CityId))["small"]);
        Assert.Equal(["The city's population is not recorded"], (await ReasonsAsync(unknown.Coordinator, cycle, unknown.CityId, english: true))["small"]);
    }

    [Fact]
    public async Task A_cycle_that_asks_for_a_validated_assessment_refuses_a_city_without_one()
    {
        var assessmentCycle = await factory.OpenCycleAsync();
        var cycle = await factory.AddCycleAsync(assessmentCycleId: assessmentCycle);
        var without = await factory.AwardCityAsync();
        Assert.Equal(["The city has no validated self-assessment in the required assessment cycle"], (await ReasonsAsync(without.Coordinator, cycle, without.CityId, english: true))["large"]);

        var with = await factory.CityInCycleAsync(assessmentCycle, "เมืองที่ประเมินแล้ว");
        await factory.WithDbAsync(db => db.Cities.Where(c => c.Id == with.CityId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Population, 40_000)));
        Assert.NotEmpty((await ReasonsAsync(with.Coordinator, cycle, with.CityId))["large"]); // a draft is not enough
        await factory.ValidateCompleteAsync(with);
        Assert.Empty((await ReasonsAsync(with.Coordinator, cycle, with.CityId))["large"]);
    }

    [Fact]
    public async Task A_recent_winner_may_not_apply_but_an_older_one_may()
    {
        var year = AwardsTestData.NextYearAfter(4);
        var cycle = await factory.AddCycleAsync(exclusionYears: 2, yearBe: year);
        var recent = await factory.AwardCityAsync();
        var older = await factory.AwardCityAsync();
        var unpublished = await factory.AwardCityAsync();
        await WonAsync(recent.CityId, year - 2, published: true);
        await WonAsync(older.CityId, year - 3, published: true);
        await WonAsync(unpublished.CityId, year - 1, published: false);
        Assert.Equal(["The city won in recent years and may not apply in this cycle"], (await ReasonsAsync(recent.Coordinator, cycle, recent.CityId, english: true))["large"]);
        Assert.Empty((await ReasonsAsync(older.Coordinator, cycle, older.CityId))["large"]);
        Assert.Empty((await ReasonsAsync(unpublished.Coordinator, cycle, unpublished.CityId))["large"]);
    }

    private async Task WonAsync(int cityId, int yearBe, bool published)
    {
        var past = await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.YearBe == yearBe).Select(c => (int?)c.Id).FirstOrDefaultAsync());
        var cycleId = past ?? await factory.AddCycleAsync(yearBe: yearBe, opensInDays: -100, closesInDays: -50);
        var category = await factory.CategoryIdAsync(cycleId, "large");
        await factory.WithDbAsync(async db =>
        {
            if (published) await db.AwardCycles.Where(c => c.Id == cycleId).ExecuteUpdateAsync(u => u.SetProperty(c => c.PublishedAt, factory.UtcNow().UtcDateTime));
            db.AwardApplications.Add(new AwardApplication
            {
                CycleId = cycleId, CategoryId = category, CityId = cityId, Status = ApplicationStatus.Submitted, Outcome = AwardOutcome.Winner,
                CreatedAt = factory.UtcNow().UtcDateTime, UpdatedAt = factory.UtcNow().UtcDateTime, Version = 1,
            });
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Eligibility_is_for_the_city_coordinators_and_admins()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var other = await factory.AwardCityAsync();
        var url = $"{AwardsTestData.CycleUrl(cycle)}/eligibility?city={city.CityId}";
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync(url)).StatusCode);
        Assert.Equal("คุณไม่มีสิทธิ์ดูหรือแก้ไขใบสมัครของเมืองนี้", await (await other.Coordinator.GetAsync(url)).DetailAsync(HttpStatusCode.Forbidden));
        foreach (var role in new[] { Roles.Learner, Roles.Judge, Roles.Reviewer, Roles.Researcher })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(role)).GetAsync(url)).StatusCode);
        var admin = await factory.ApiClientAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{AwardsTestData.CycleUrl(999_999)}/eligibility?city={city.CityId}")).StatusCode);
        Assert.Contains("Please choose one", await (await admin.SendAsync(AssessmentTestData.Request(HttpMethod.Get, $"{AwardsTestData.CycleUrl(cycle)}/eligibility", null, true))).ErrorsAsync("city"));
    }
}
