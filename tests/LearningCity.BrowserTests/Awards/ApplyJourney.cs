using System.Text;
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

public sealed class ApplyJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>An open award cycle and an approved town municipality that may apply to it.</summary>
    private async Task<(int CycleId, int CityId)> OpenCycleAndCityAsync() => await app.WithDbAsync(async db =>
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = ThaiTime.Today(app.Services.GetRequiredService<TimeProvider>());
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
        return (cycle.Id, city.Id);
    });

    [Fact]
    public async Task A_coordinator_applies_writes_with_the_word_counter_endorses_consents_and_submits()
    {
        var (cycleId, cityId) = await OpenCycleAndCityAsync();
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
    }
}
