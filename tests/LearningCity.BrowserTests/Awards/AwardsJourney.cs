using System.Text;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Awards;

/// <summary>
/// The awards from end to end: a coordinator applies; the call closes; the admin assigns two judges and is refused
/// one from the city's province; the judges score; the admin sees the ranking, decides, locks and publishes; the
/// public results page shows the winner, whose credential verifies, and the city's profile carries the award.
/// </summary>
public sealed class AwardsJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>An open award cycle, an approved town municipality in Khon Kaen that may apply, and three judges on the panel.</summary>
    private async Task<(int CycleId, int CityId, TestUser[] Judges)> SetupAsync()
    {
        var judges = new[] { await app.CreateAsync(Roles.Judge), await app.CreateAsync(Roles.Judge), await app.CreateAsync(Roles.Judge) };
        var provinces = new[] { "TH-10", "TH-90", "TH-40" };
        return await app.WithDbAsync(async db =>
        {
            var time = app.Services.GetRequiredService<TimeProvider>();
            var (now, today) = (time.GetUtcNow().UtcDateTime, ThaiTime.Today(time));
            var city = new City
            {
                Name = new BilingualText("เทศบาลเมืองทดสอบรางวัล", "Awards Test Town"), ProvinceCode = "TH-40", Population = 40_000,
                LocalGovernmentType = LocalGovernmentType.TownMunicipality, Status = CityStatus.Approved, CreatedAt = now, UpdatedAt = now,
            };
            db.Cities.Add(city);
            var cycle = new AwardCycle
            {
                YearBe = 2651, Name = new BilingualText("รางวัลทดสอบ 2651", "Test awards"), CallOpens = today.AddDays(-1), CallCloses = today.AddDays(20),
                JudgingEnds = today.AddDays(50), AnnouncementOn = today.AddDays(60), CreatedAt = now, Version = 1,
                Criteria = DefaultCriteria.Criteria(), Categories = DefaultCriteria.Categories(),
            };
            cycle.Criteria.ForEach(c => c.WordLimit = 6);
            db.AwardCycles.Add(cycle);
            await db.SaveChangesAsync();
            for (var i = 0; i < judges.Length; i++)
                db.AwardJudges.Add(new AwardJudge { CycleId = cycle.Id, UserId = judges[i].Id, DisplayName = $"Judge {i + 1} {judges[i].Email}", ProvinceCode = provinces[i], AddedAt = now });
            await db.SaveChangesAsync();
            return (cycle.Id, city.Id, judges);
        });
    }

    [Fact]
    public async Task A_city_applies_is_judged_wins_and_the_public_sees_a_verifiable_award()
    {
        var (cycleId, cityId, judges) = await SetupAsync();
        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Coordinator, cities: [cityId]));

        await page.GotoAsync("/awards");
        await page.ClickAsync($"#apply-{cycleId}-{cityId}-large button");
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync("ฉบับร่าง");

        // The counter counts Thai words as they are typed and flags a narrative over its limit.
        var first = page.Locator("textarea[data-word-counter]").First;
        await first.FillAsync("เทศบาลจัดกิจกรรมการเรียนรู้ตลอดชีวิตให้ผู้สูงอายุทุกเดือน");
        await Assertions.Expect(first).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await first.FillAsync("ห้องสมุดเปิดทุกวัน");
        await Assertions.Expect(page.Locator($"#{await first.GetAttributeAsync("data-word-counter")}")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-6] / 6 คำ$"));
        await Assertions.Expect(first).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        foreach (var area in await page.Locator("textarea[data-word-counter]").AllAsync()) await area.FillAsync("ห้องสมุดเปิดทุกวัน");
        await page.CheckAsync("#consent");
        await page.ClickAsync("[data-testid=save]");
        await Assertions.Expect(page.Locator("[data-testid=notice]")).ToHaveTextAsync("บันทึกแล้ว");

        await page.FillAsync("#mayorName", "นายสมชาย ใจดี");
        await page.FillAsync("#mayorTitle", "นายกเทศมนตรี");
        await page.SetInputFilesAsync("#letter", new FilePayload { Name = "หนังสือรับรอง.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF") });
        await page.ClickAsync("[data-testid=endorse]");
        await Assertions.Expect(page.Locator("[data-testid=endorsed]")).ToContainTextAsync("นายสมชาย ใจดี");

        await page.ClickAsync("[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync("ส่งแล้ว");
        await Assertions.Expect(page.Locator("[data-testid=submit]")).ToHaveCountAsync(0);
        await page.GotoAsync("/awards");
        await Assertions.Expect(page.Locator($"[data-testid=cycle-{cycleId}]")).ToContainTextAsync("ส่งแล้ว");

        // The call closes.
        var today = ThaiTime.Today(app.Services.GetRequiredService<TimeProvider>());
        await app.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycleId).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.CallOpens, today.AddDays(-30)).SetProperty(c => c.CallCloses, today.AddDays(-1))));
        var applicationId = await app.WithDbAsync(db => db.AwardApplications.Where(a => a.CityId == cityId).Select(a => a.Id).SingleAsync());

        var admin = await app.NewPageAsync();
        await admin.LoginAsync(await app.CreateAsync(Roles.Admin));
        await admin.GotoAsync($"/awards/cycles/{cycleId}");
        await admin.ClickAsync("#judges-link");
        await AssignAsync(admin, applicationId, judges[2]);
        await Assertions.Expect(admin.Locator("[data-testid=conflict-reason]")).ToContainTextAsync("จังหวัดเดียวกับเมือง (TH-40)");
        await AssignAsync(admin, applicationId, judges[0]);
        await Assertions.Expect(admin.Locator(".alert-success")).ToContainTextAsync("มอบหมายแล้ว");
        await AssignAsync(admin, applicationId, judges[1]);
        await Assertions.Expect(admin.Locator("[data-testid=assignments] tbody tr")).ToHaveCountAsync(2);

        var criteria = await app.WithDbAsync(db => db.AwardCriteria.Where(c => c.CycleId == cycleId).OrderBy(c => c.SortOrder).ToListAsync());
        await ScoreAndSubmitAsync(judges[0], criteria, 5);
        await ScoreAndSubmitAsync(judges[1], criteria, 3);

        await admin.GotoAsync($"/awards/cycles/{cycleId}/panel");
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
        await admin.GotoAsync($"/awards/cycles/{cycleId}/results");
        await admin.ClickAsync("#publish-results");
        await admin.ClickAsync("#publish-results-confirm");
        await Assertions.Expect(admin.Locator($".award-result[data-city='{cityId}']")).ToBeVisibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"/awards/cycles/{cycleId}/results");
        var winner = visitor.Locator($".award-result[data-city='{cityId}']");
        await Assertions.Expect(winner).ToContainTextAsync("เทศบาลเมืองทดสอบรางวัล");
        await Assertions.Expect(winner.Locator(".award-citation")).ToContainTextAsync("ผลลัพธ์ที่พิสูจน์ได้");
        await winner.Locator(".award-credential").ClickAsync();
        await visitor.ExpectAddressAsync("^https?://[^/]+/credentials/");
        await visitor.ClickAsync("#verify-credential");
        await Assertions.Expect(visitor.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "true");
        await visitor.GotoAsync($"/cities/{cityId}");
        await Assertions.Expect(visitor.Locator("#city-awards .city-award[data-outcome=Winner]")).ToBeVisibleAsync();
    }

    private static async Task AssignAsync(IPage admin, int applicationId, TestUser judge)
    {
        await admin.SelectOptionAsync("#assign-application", applicationId.ToString());
        await admin.SelectOptionAsync("#assign-judge", judge.Id.ToString());
        await admin.ClickAsync("[data-testid=assign]");
    }

    private async Task ScoreAndSubmitAsync(TestUser judge, List<AwardCriterion> criteria, int score)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(judge);
        await page.GotoAsync("/awards");
        await page.ClickAsync("#judging-link");
        await page.Locator("a:has-text('ใบสมัครหมายเลข')").First.ClickAsync();
        foreach (var criterion in criteria)
        {
            await page.CheckAsync($"#c{criterion.Id}-l{score}");
            await page.ClickAsync($"[data-testid='save-{criterion.Code}']");
            await Assertions.Expect(page.Locator($"#c{criterion.Id}-l{score}")).ToBeCheckedAsync();
        }
        await page.ClickAsync("[data-testid=submit-scores]");
        await Assertions.Expect(page.Locator(".alert-info")).ToContainTextAsync("ส่งคะแนนแล้ว");
    }
}
