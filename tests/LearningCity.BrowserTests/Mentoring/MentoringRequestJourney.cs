using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Mentoring.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Mentoring;

public sealed class MentoringRequestJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_coordinator_requests_a_suggested_mentor_whose_coordinator_accepts_and_the_pair_shows_on_both_city_profiles()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var (mentee, mentor, code) = await CitiesAsync(marker);
        var menteeCoordinator = await app.CreateAsync(Roles.Coordinator, cities: [mentee]);
        var mentorCoordinator = await app.CreateAsync(Roles.Coordinator, cities: [mentor]);

        // The mentee's coordinator sees the mentor suggested on the city's weakest indicator and asks it.
        var asking = await app.NewPageAsync();
        await asking.LoginAsync(menteeCoordinator);
        await asking.GotoAsync("/mentoring");
        var option = asking.Locator($".mentoring-corner[data-city-id='{mentee}'] .weak-indicator[data-code='{code}'] .mentor-option[data-city-id='{mentor}']");
        await Assertions.Expect(option).ToContainTextAsync($"เมืองพี่เลี้ยง {marker}");
        await option.Locator(".request-mentor").ClickAsync();
        await asking.ExpectAddressAsync(@"/mentoring/pairs/\d+$");
        await Assertions.Expect(asking.Locator("#pair-status")).ToHaveTextAsync("รอการตอบรับ");
        await Assertions.Expect(asking.Locator("#accept-pair")).ToHaveCountAsync(0);
        var pairUrl = new Uri(asking.Url).AbsolutePath;

        // The mentor's coordinator is notified, opens the request and accepts it.
        var answering = await app.NewPageAsync();
        await answering.LoginAsync(mentorCoordinator);
        await answering.GotoAsync("/me/notifications");
        var notice = answering.Locator("#notifications li[data-kind='MentoringRequest']").First;
        await Assertions.Expect(notice).ToContainTextAsync($"เมืองน้อง {marker}");
        await notice.Locator("button[type=submit]").ClickAsync();
        await answering.ExpectAddressAsync(pairUrl + "$");
        await answering.ClickAsync("#accept-pair");
        await Assertions.Expect(answering.Locator("#pair-status")).ToHaveTextAsync("กำลังดำเนินการ");
        await answering.AssertAccessibleAsync();

        // Anyone sees the pair on both cities' profiles.
        var visitor = await app.NewPageAsync();
        foreach (var city in new[] { mentor, mentee })
        {
            await visitor.GotoAsync($"/cities/{city}");
            await Assertions.Expect(visitor.Locator($"#city-mentoring a[href='{pairUrl}']")).ToHaveCountAsync(1);
        }
        await Assertions.Expect(visitor.Locator("#city-mentoring")).ToContainTextAsync($"เมืองพี่เลี้ยง {marker}");
    }

    /// <summary>Two approved cities with validated assessments: the mentee weakest at one indicator, the mentor (willing) best at it.</summary>
    private async Task<(int Mentee, int Mentor, string Code)> CitiesAsync(string marker)
    {
        return await app.WithDbAsync(async db =>
        {
            var framework = await db.IndicatorFrameworks.Where(f => f.Status == FrameworkStatus.Published).OrderBy(f => f.VersionNumber).FirstAsync();
            var indicators = await (from i in db.Indicators
                                    join f in db.FocusAreas on i.FocusAreaId equals f.Id
                                    join a in db.FrameworkAreas on f.AreaId equals a.Id
                                    where a.FrameworkId == framework.Id && i.ValueType != IndicatorValueType.Text
                                    orderby i.Code
                                    select new { i.Id, i.Code }).ToListAsync();
            var code = indicators[0].Code;
            var now = DateTime.SpecifyKind(new DateTime(2025, 1, 1), DateTimeKind.Utc);
            var cycle = new AssessmentCycle
            {
                YearBe = 2900 + Random.Shared.Next(0, 90), FrameworkId = framework.Id, Deadline = new DateOnly(2025, 1, 1), CreatedAt = now,
                Name = new BilingualText($"รอบทดสอบพี่เลี้ยง {marker}"),
            };
            db.AssessmentCycles.Add(cycle);
            var mentee = City($"เมืองน้อง {marker}", now);
            var mentor = City($"เมืองพี่เลี้ยง {marker}", now);
            db.Cities.AddRange(mentee, mentor);
            await db.SaveChangesAsync();
            foreach (var (city, score) in new[] { (mentee, 1.0), (mentor, 100.0) })
                db.CityAssessments.Add(new CityAssessment
                {
                    CycleId = cycle.Id, CityId = city.Id, Status = AssessmentStatus.Validated, Revision = 1, SubmittedAt = now, ReviewedAt = now, UpdatedAt = now, Version = 1,
                    Values = indicators.Select(i => new AssessmentValue { IndicatorId = i.Id, Number = 1, Score = i.Code == code ? score : 60 }).ToList(),
                });
            // Only the new mentor is willing, so the suggestion is the one this journey made.
            await db.MentorWillingness.ExecuteUpdateAsync(u => u.SetProperty(w => w.Willing, false));
            db.MentorWillingness.Add(new MentorWillingness { CityId = mentor.Id, Willing = true, UpdatedAt = now });
            await db.SaveChangesAsync();
            return (mentee.Id, mentor.Id, code);
        });
    }

    private static City City(string name, DateTime now) => new()
    {
        Name = new BilingualText(name), ProvinceCode = "TH-50", LocalGovernmentType = LocalGovernmentType.TownMunicipality,
        Status = CityStatus.Approved, Version = 1, CreatedAt = now, UpdatedAt = now,
    };
}
