using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Awards;

public sealed class JudgingJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A cycle in its judging phase with one submitted application from a city in TH-50, and three judges on its panel.</summary>
    private async Task<(AwardCycle Cycle, int ApplicationId, TestUser[] Judges)> SetupAsync()
    {
        var judges = new[] { await app.CreateAsync(Roles.Judge), await app.CreateAsync(Roles.Judge), await app.CreateAsync(Roles.Judge) };
        var provinces = new[] { "TH-10", "TH-90", "TH-50" };
        return await app.WithDbAsync(async db =>
        {
            var time = app.Services.GetRequiredService<TimeProvider>();
            var (now, today) = (time.GetUtcNow().UtcDateTime, ThaiTime.Today(time));
            var city = new City
            {
                Name = new BilingualText("เทศบาลเมืองทดสอบรางวัล", "Awards Test Town"), ProvinceCode = "TH-50", Population = 40_000,
                LocalGovernmentType = LocalGovernmentType.TownMunicipality, Status = CityStatus.Approved, CreatedAt = now, UpdatedAt = now,
            };
            db.Cities.Add(city);
            var cycle = new AwardCycle
            {
                YearBe = 3650, Name = new BilingualText("รางวัลทดสอบ 3650", "Test awards"), CallOpens = today.AddDays(-30), CallCloses = today.AddDays(-1),
                JudgingEnds = today.AddDays(20), AnnouncementOn = today.AddDays(30), CreatedAt = now,
                Categories = DefaultCriteria.Categories(), Criteria = DefaultCriteria.Criteria(),
            };
            db.AwardCycles.Add(cycle);
            await db.SaveChangesAsync();
            var application = new AwardApplication
            {
                CycleId = cycle.Id, CategoryId = cycle.Categories.OrderBy(c => c.SortOrder).First().Id, CityId = city.Id, Status = ApplicationStatus.Submitted,
                SubmittedAt = now, CreatedAt = now, UpdatedAt = now,
                Narratives = cycle.Criteria.Select(c => new CriterionNarrative(c.Id, "ลานเรียนรู้ชุมชนเปิดทุกวัน")).ToList(),
            };
            db.AwardApplications.Add(application);
            for (var i = 0; i < judges.Length; i++)
                db.AwardJudges.Add(new AwardJudge { CycleId = cycle.Id, UserId = judges[i].Id, DisplayName = $"Judge {i + 1} {judges[i].Email}", ProvinceCode = provinces[i], AddedAt = now });
            await db.SaveChangesAsync();
            return (cycle, application.Id, judges);
        });
    }

    private static async Task AssignAsync(IPage admin, int applicationId, TestUser judge)
    {
        await admin.SelectOptionAsync("#assign-application", applicationId.ToString());
        await admin.SelectOptionAsync("#assign-judge", judge.Id.ToString());
        await admin.ClickAsync("[data-testid=assign]");
    }

    private async Task ScoreAndSubmitAsync(TestUser judge, AwardCycle cycle, int score)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(judge);
        await page.GotoAsync("/awards/judging");
        await page.Locator("a:has-text('ใบสมัครหมายเลข')").First.ClickAsync();
        foreach (var criterion in cycle.Criteria.OrderBy(c => c.SortOrder))
        {
            await page.CheckAsync($"#c{criterion.Id}-l{score}");
            await page.ClickAsync($"[data-testid='save-{criterion.Code}']");
            await Assertions.Expect(page.Locator($"#c{criterion.Id}-l{score}")).ToBeCheckedAsync();
        }
        await page.ClickAsync("[data-testid=submit-scores]");
        await Assertions.Expect(page.Locator(".alert-info")).ToContainTextAsync("ส่งคะแนนแล้ว");
    }

    [Fact]
    public async Task Admin_assigns_two_judges_is_refused_a_local_one_judges_score_and_the_admin_decides_and_locks()
    {
        var (cycle, applicationId, judges) = await SetupAsync();
        var admin = await app.NewPageAsync();
        await admin.LoginAsync(await app.CreateAsync(Roles.Admin));
        await admin.GotoAsync($"/awards/cycles/{cycle.Id}/judges");

        await AssignAsync(admin, applicationId, judges[2]);
        await Assertions.Expect(admin.Locator("[data-testid=conflict-reason]")).ToContainTextAsync("จังหวัดเดียวกับเมือง (TH-50)");
        await AssignAsync(admin, applicationId, judges[0]);
        await Assertions.Expect(admin.Locator(".alert-success")).ToContainTextAsync("มอบหมายแล้ว");
        await AssignAsync(admin, applicationId, judges[1]);
        await Assertions.Expect(admin.Locator("[data-testid=assignments] tbody tr")).ToHaveCountAsync(2);

        await ScoreAndSubmitAsync(judges[0], cycle, 5);
        await ScoreAndSubmitAsync(judges[1], cycle, 3);

        await admin.GotoAsync($"/awards/cycles/{cycle.Id}/panel");
        var row = admin.Locator($"[data-testid=row-{applicationId}]");
        await Assertions.Expect(row).ToContainTextAsync("2 / 2");
        await Assertions.Expect(row).ToContainTextAsync("80");
        await row.Locator("select[name=outcome]").SelectOptionAsync("Winner");
        await row.Locator("textarea[name=rationale]").FillAsync("ผลลัพธ์ที่พิสูจน์ได้และเมืองอื่นนำไปใช้");
        await row.Locator($"[data-testid=decide-{applicationId}]").ClickAsync();
        await Assertions.Expect(admin.Locator($"[data-testid=row-{applicationId}] [data-testid=outcome]")).ToContainTextAsync("ชนะเลิศ");
        await admin.ClickAsync("[data-testid=lock]");
        await Assertions.Expect(admin.Locator("[data-testid=phase]")).ToHaveTextAsync("ล็อกแล้ว");
        await Assertions.Expect(admin.Locator("[data-testid=lock]")).ToHaveCountAsync(0);
    }
}
