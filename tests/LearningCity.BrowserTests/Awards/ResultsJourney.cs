using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Awards;

public sealed class ResultsJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Admin_publishes_a_locked_cycle_and_the_public_sees_the_winner_whose_credential_verifies()
    {
        var (cycleId, cityId) = await LockedCycleWithWinnerAsync();
        var admin = await app.NewPageAsync();
        await admin.LoginAsync(await app.CreateAsync(Roles.Admin));
        await admin.GotoAsync($"/awards/cycles/{cycleId}/results");
        await Assertions.Expect(admin.Locator("#results-pending")).ToBeVisibleAsync();
        await admin.ClickAsync("#publish-results");
        await Assertions.Expect(admin.Locator($".award-result[data-city='{cityId}']")).ToBeVisibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"/awards/cycles/{cycleId}/results");
        var winner = visitor.Locator($".award-result[data-city='{cityId}']");
        await Assertions.Expect(winner).ToContainTextAsync("เมืองผู้ชนะเส้นทาง");
        await Assertions.Expect(winner.Locator(".award-citation")).ToContainTextAsync("ขยายพื้นที่การเรียนรู้");
        await winner.Locator(".award-credential").ClickAsync();
        await visitor.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/credentials/", StringComparison.Ordinal));
        await visitor.ClickAsync("#verify-credential");
        await Assertions.Expect(visitor.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "true");

        await visitor.GotoAsync($"/cities/{cityId}");
        await Assertions.Expect(visitor.Locator("#city-awards .city-award[data-outcome=Winner]")).ToBeVisibleAsync();
    }

    private async Task<(int Cycle, int City)> LockedCycleWithWinnerAsync()
    {
        var judge = await app.CreateAsync(Roles.Judge);
        var result = (0, 0);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var today = ThaiTime.Today(services.GetRequiredService<TimeProvider>());
            var city = new City
            {
                Name = new BilingualText("เมืองผู้ชนะเส้นทาง", "Journey winner city"), ProvinceCode = "TH-30", LocalGovernmentType = LocalGovernmentType.CityMunicipality,
                Status = CityStatus.Approved, Version = 1, CreatedAt = now, UpdatedAt = now,
            };
            var cycle = new AwardCycle
            {
                YearBe = 2800, Name = new BilingualText("รางวัลเส้นทางทดสอบ", "Journey award"), CallOpens = today.AddDays(-60), CallCloses = today.AddDays(-30),
                JudgingEnds = today.AddDays(-5), AnnouncementOn = today, Categories = DefaultCriteria.Categories(), Criteria = DefaultCriteria.Criteria(),
                LockedAt = now, CreatedAt = now, Version = 1,
            };
            db.Cities.Add(city);
            db.AwardCycles.Add(cycle);
            await db.SaveChangesAsync();
            var application = new AwardApplication
            {
                CycleId = cycle.Id, CategoryId = cycle.Categories.Single(c => c.Code == "large").Id, CityId = city.Id, Status = ApplicationStatus.Submitted,
                Outcome = AwardOutcome.Winner, Rationale = "ขยายพื้นที่การเรียนรู้ให้ทุกชุมชนและวัดผลได้จริง", SubmittedAt = now, CreatedAt = now, Version = 1,
            };
            db.AwardApplications.Add(application);
            await db.SaveChangesAsync();
            db.JudgeAssignments.Add(new JudgeAssignment
            {
                CycleId = cycle.Id, ApplicationId = application.Id, JudgeUserId = judge.Id, AssignedAt = now, SubmittedAt = now,
                Scores = cycle.Criteria.Select(c => new JudgeScore { CriterionId = c.Id, Score = 5, UpdatedAt = now, Version = 1 }).ToList(),
            });
            await db.SaveChangesAsync();
            result = (cycle.Id, city.Id);
        });
        return result;
    }
}
