using System.Globalization;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Assessment;

public sealed class SelfAssessmentJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Indicator(IPage page, string code) => page.Locator($"[id='ind-{code}']");

    /// <summary>A new city in a new cycle whose draft already holds every required value except the two the journey fills in.</summary>
    private async Task<(int CycleId, int CityId)> DraftAsync(int yearBe, params string[] leftOut) => await app.WithDbAsync(async db =>
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var framework = await db.IndicatorFrameworks.Where(f => f.Status == FrameworkStatus.Published).OrderBy(f => f.Id).FirstAsync();
        var city = new City
        {
            Name = new BilingualText("เทศบาลเมืองทดสอบการประเมิน", "Assessment Test Town"), ProvinceCode = "TH-40", Population = 40_000,
            LocalGovernmentType = LocalGovernmentType.TownMunicipality, Status = CityStatus.Approved, CreatedAt = now, UpdatedAt = now,
        };
        db.Cities.Add(city);
        var cycle = new AssessmentCycle { YearBe = yearBe, FrameworkId = framework.Id, Deadline = DateOnly.FromDateTime(now).AddDays(30), CreatedAt = now,
            Name = new BilingualText($"รอบทดสอบ {yearBe}", "Test cycle") };
        db.AssessmentCycles.Add(cycle);
        await db.SaveChangesAsync();
        var indicators = await db.Indicators.Where(i => db.FocusAreas.Any(f => f.Id == i.FocusAreaId && db.FrameworkAreas.Any(a => a.Id == f.AreaId && a.FrameworkId == framework.Id))).ToListAsync();
        var assessment = new CityAssessment { CycleId = cycle.Id, CityId = city.Id, UpdatedAt = now, Version = 1 };
        foreach (var i in indicators.Where(i => i.Required && !leftOut.Contains(i.Code)))
            assessment.Values.Add(new AssessmentValue
            {
                IndicatorId = i.Id, Number = i.ValueType switch { IndicatorValueType.YesNo => 1, IndicatorValueType.Scale => 4, IndicatorValueType.Percentage => 40, _ => 12 },
                Evidence = i.EvidenceRequired ? [new EvidenceItem(null, null, "https://example.org/evidence")] : [],
            });
        db.CityAssessments.Add(assessment);
        await db.SaveChangesAsync();
        return (cycle.Id, city.Id);
    });

    [Fact]
    public async Task Coordinator_submits_reviewer_returns_one_indicator_coordinator_fixes_reviewer_validates_and_the_dashboard_and_its_csv_agree()
    {
        var (cycleId, cityId) = await DraftAsync(2650, "B1.1", "C1.1");
        var url = $"/assessment/cycles/{cycleId}/cities/{cityId}";
        var coordinator = await app.NewPageAsync();
        await coordinator.LoginAsync(await app.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var reviewer = await app.NewPageAsync();
        await reviewer.LoginAsync(await app.CreateAsync(Roles.Reviewer));

        // The coordinator fills in the two missing indicators; a percentage over 100 is refused on the spot.
        await coordinator.GotoAsync(url);
        await coordinator.FillAsync("[id='ind-B1.1-value']", "150");
        await Indicator(coordinator, "B1.1").Locator("button[type=submit]:has-text('บันทึก')").ClickAsync();
        await Assertions.Expect(Indicator(coordinator, "B1.1").Locator(".alert-danger")).ToContainTextAsync("ร้อยละต้องอยู่ระหว่าง 0 ถึง 100");
        await coordinator.FillAsync("[id='ind-B1.1-value']", "85");
        await Indicator(coordinator, "B1.1").Locator("button[type=submit]:has-text('บันทึก')").ClickAsync();
        await Assertions.Expect(Indicator(coordinator, "B1.1").GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");

        // Submitting while evidence is missing lists what is missing.
        await coordinator.SelectOptionAsync("[id='ind-C1.1-value']", "yes");
        await Assertions.Expect(Indicator(coordinator, "C1.1").GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        await coordinator.ClickAsync("#submit-assessment");
        await Assertions.Expect(coordinator.Locator("#submit-errors")).ToContainTextAsync("ต้องแนบหลักฐาน");
        await coordinator.FillAsync("[id='ind-C1.1-links']", "https://example.org/local-plan.pdf");
        await Indicator(coordinator, "C1.1").Locator("button[type=submit]:has-text('บันทึก')").ClickAsync();
        await Assertions.Expect(Indicator(coordinator, "C1.1").GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        await coordinator.ClickAsync("#submit-assessment");
        await Assertions.Expect(coordinator.Locator("[data-testid=status]")).ToHaveTextAsync("ส่งแล้ว รอการตรวจสอบ");

        // The reviewer finds it in the queue and returns it with a comment on one indicator.
        await reviewer.GotoAsync("/assessment");
        await reviewer.ClickAsync($"a[href='{url}']");
        // A yes/no answer reads as words, not as the stored code.
        await Assertions.Expect(Indicator(reviewer, "C1.1").Locator("strong")).ToContainTextAsync("ใช่ / มี");
        await Assertions.Expect(Indicator(reviewer, "C1.1").Locator("strong")).Not.ToContainTextAsync("yes");
        await reviewer.FillAsync("[id='review-B1.1']", "โปรดแนบรายงานจำนวนเด็กปฐมวัยจากสำนักงานการศึกษา");
        // Returning asks first: the first button only opens the question, nothing changes until it is confirmed.
        await Assertions.Expect(reviewer.Locator("#return-assessment-confirm")).Not.ToBeVisibleAsync();
        await reviewer.ClickAsync("#return-assessment");
        await Assertions.Expect(reviewer.Locator("#return-assessment-question")).ToContainTextAsync("เทศบาลเมืองทดสอบการประเมิน");
        await Assertions.Expect(reviewer.Locator("[data-testid=status]")).ToHaveTextAsync("ส่งแล้ว รอการตรวจสอบ");
        await reviewer.ClickAsync("#return-assessment-confirm");
        await Assertions.Expect(reviewer.Locator("[data-testid=status]")).ToHaveTextAsync("ถูกส่งกลับให้แก้ไข");

        // The coordinator sees the comment, fixes the value and submits again.
        await coordinator.GotoAsync(url);
        await Assertions.Expect(Indicator(coordinator, "B1.1").Locator("[data-testid=review-comment]")).ToContainTextAsync("รายงานจำนวนเด็กปฐมวัย");
        await coordinator.FillAsync("[id='ind-B1.1-value']", "90");
        await Indicator(coordinator, "B1.1").Locator("button[type=submit]:has-text('บันทึก')").ClickAsync();
        await Assertions.Expect(Indicator(coordinator, "B1.1").GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        await coordinator.ClickAsync("#submit-assessment");
        await Assertions.Expect(coordinator.Locator("[data-testid=status]")).ToHaveTextAsync("ส่งแล้ว รอการตรวจสอบ");

        // The reviewer validates; the city's dashboard shows its scores.
        await reviewer.GotoAsync(url);
        await reviewer.ClickAsync("#validate-assessment");
        await reviewer.ClickAsync("#validate-assessment-confirm");
        await Assertions.Expect(reviewer.Locator("[data-testid=status]")).ToHaveTextAsync("ผ่านการตรวจสอบแล้ว");
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"/assessment/cities/{cityId}?cycle={cycleId}");
        var overall = await visitor.Locator("[data-testid=city-overall]").InnerTextAsync();
        Assert.True(double.TryParse(overall, NumberStyles.Float, CultureInfo.InvariantCulture, out var index) && index is > 0 and <= 100, overall);
        var firstRow = visitor.Locator("table[data-chart-table='focus-areas'] tbody tr").First;
        var label = await firstRow.Locator("th").InnerTextAsync();
        var ownScore = await firstRow.Locator("td").First.InnerTextAsync();

        // The chart's CSV download holds the same numbers as the page's table.
        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.Locator("#chart-focus-areas a:has-text('CSV')").ClickAsync());
        var lines = await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal(13, lines.Length);
        var cells = lines[1].Split(',');
        Assert.Equal(label.Trim(), cells[0].Trim('"'));
        Assert.Equal(double.Parse(ownScore, CultureInfo.InvariantCulture), double.Parse(cells[1], CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public async Task The_long_form_is_grouped_by_area_with_progress_a_sticky_jump_list_and_missing_items_that_link_to_their_fields()
    {
        var (cycleId, cityId) = await DraftAsync(2651, "B1.1", "C1.1");
        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Coordinator, cities: [cityId]));
        await page.GotoAsync($"/assessment/cycles/{cycleId}/cities/{cityId}");

        // One section per area, each with its own progress; the area list shows the same counts.
        var areas = page.Locator("section.assessment-area");
        Assert.True(await areas.CountAsync() >= 3);
        await Assertions.Expect(page.Locator("#area-B [data-testid=area-progress]")).ToContainTextAsync("จาก");
        var bLink = page.Locator("#area-nav a[data-area=B]");
        await Assertions.Expect(bLink.Locator(".badge")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("text-bg-success"));
        await Assertions.Expect(page.Locator("#area-nav a.area-complete").First).ToBeVisibleAsync();

        // Jumping from far down the page: the list stays on screen and takes the reader to the area.
        await page.Locator("#submit-assessment").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(bLink).ToBeInViewportAsync();
        await bLink.ClickAsync();
        await page.ExpectAddressAsync("#area-B$");
        await Assertions.Expect(page.Locator("#area-B-h")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("self-assessment-area-b.png") });
        await page.AssertAccessibleAsync();

        // Submitting lists what is missing; each item links to its field.
        await page.ClickAsync("#submit-assessment");
        var missing = page.Locator("#missing-items a");
        await Assertions.Expect(missing).ToHaveCountAsync(2);
        await Assertions.Expect(missing.First).ToHaveAttributeAsync("href", "#ind-B1.1-value");
        await page.AssertAccessibleAsync();
        await missing.First.ClickAsync();
        await Assertions.Expect(page.Locator("[id='ind-B1.1-value']")).ToBeInViewportAsync();
        await Assertions.Expect(missing.Nth(1)).ToHaveAttributeAsync("href", "#ind-C1.1-value");
    }
}
