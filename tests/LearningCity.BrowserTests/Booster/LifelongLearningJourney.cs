using System.Text.RegularExpressions;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Booster;

/// <summary>The whole Booster story of issue 4, in Thai: find, register, attend, passport, badge, verify.</summary>
public sealed class LifelongLearningJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Learner_finds_registers_attends_and_the_badge_in_the_passport_verifies()
    {
        var word = "ผ้ามัดย้อม";
        var title = $"เวิร์กช็อป{word}ด้วยสีธรรมชาติ {Guid.NewGuid().ToString("N")[..5]}";
        var city = await app.WithDbAsync(async db =>
        {
            var c = new City
            {
                Name = new BilingualText($"เมืองมัดย้อม {Guid.NewGuid().ToString("N")[..5]}"), ProvinceCode = "TH-50", Status = CityStatus.Approved,
                LocalGovernmentType = LocalGovernmentType.TownMunicipality, Version = 1,
                CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            db.Cities.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var coordinator = await app.CreateAsync(Roles.Coordinator, cities: [city]);
        var (activityId, sessionId) = await app.WithDbAsync(async db =>
        {
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var badge = new Achievement
            {
                Name = new BilingualText("ผู้ผ่านเวิร์กช็อปมัดย้อม", "Tie-dye workshop graduate"), Description = new BilingualText("เข้าร่วมเวิร์กช็อปครบ"),
                Criteria = new BilingualText("มาร่วมกิจกรรมและผู้จัดเช็กชื่อแล้ว"), CityId = city, CreatedAt = now, UpdatedAt = now, Version = 1,
            };
            db.Achievements.Add(badge);
            await db.SaveChangesAsync();
            var activity = new Activity
            {
                Title = new BilingualText(title, "Natural-dye tie-dye workshop"), Description = new BilingualText("ลงมือทำผ้ามัดย้อมจากสีธรรมชาติ"),
                Status = PublicationStatus.Published, CityId = city, ProvinceCode = "TH-50", AutoAchievementId = badge.Id,
                Mode = ActivityMode.Online, OnlineUrl = "https://meet.example.org/tiedye", CreatedAt = now, UpdatedAt = now, Version = 1,
                Sessions = [new ActivitySession { StartsAt = now.AddHours(2), EndsAt = now.AddHours(5), Capacity = 10 }],
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            LearningCity.Modules.Search.Public.SearchChanges.Record(db, "activity", activity.Id);
            await db.SaveChangesAsync();
            return (activity.Id, activity.Sessions[0].Id);
        });
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await app.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);

        // The learner finds the workshop by a Thai word and registers.
        var learner = await app.CreateAsync(Roles.Learner);
        var page = await app.NewPageAsync();
        await page.LoginAsync(learner);
        await page.GotoAsync("/activities");
        await page.FillAsync("#filter-q", word);
        await page.ClickAsync("#filter-submit");
        await page.Locator("#activity-list").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(page.Locator("#activity-title")).ToContainTextAsync(title);
        await page.Locator($"#session-{sessionId} .register-link").ClickAsync();
        await page.CheckAsync("#Input_Consent");
        await page.ClickAsync("#register-submit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/me/registrations/\d+/ticket$"));
        var ticket = (await page.Locator("#ticket-code").InnerTextAsync()).Trim();
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#ticket-ics"));
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Contains(title, ics.Replace("\r\n ", "", StringComparison.Ordinal)); // iCalendar folds long lines

        // The organizer checks the learner in by the ticket code.
        var organizer = await app.NewPageAsync();
        await organizer.LoginAsync(coordinator);
        await organizer.GotoAsync($"/activities/{activityId}/sessions/{sessionId}/roster");
        await organizer.FillAsync("#TicketCode", ticket.ToLowerInvariant());
        await organizer.ClickAsync("#ticket-submit");
        await Assertions.Expect(organizer.Locator("#ticket-result")).ToContainTextAsync(ticket);
        await Assertions.Expect(organizer.Locator($"tr[data-ticket='{ticket}'] .attended")).ToBeVisibleAsync();

        // The passport shows the three verified hours and the badge issued on attendance.
        await page.GotoAsync("/me/passport");
        await Assertions.Expect(page.Locator("#verified-hours")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("#verified")).ToContainTextAsync(title);
        await page.Locator("#badges").GetByRole(AriaRole.Link, new() { Name = "ผู้ผ่านเวิร์กช็อปมัดย้อม" }).ClickAsync();

        // The downloaded credential verifies; a copy with one character changed does not.
        var file = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-jwt"));
        var jwt = (await File.ReadAllTextAsync((await file.PathAsync())!, TestContext.Current.CancellationToken)).Trim();
        await page.GotoAsync("/credentials/verify");
        await page.SetInputFilesAsync("#Upload", (await file.PathAsync())!);
        await page.ClickAsync("#verify-submit");
        await Assertions.Expect(page.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "true");

        var signature = jwt[(jwt.LastIndexOf('.') + 1)..].ToCharArray();
        signature[5] = signature[5] == 'A' ? 'B' : 'A';
        await page.FillAsync("#Token", jwt[..(jwt.LastIndexOf('.') + 1)] + new string(signature));
        await page.ClickAsync("#verify-submit");
        await Assertions.Expect(page.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "false");
    }
}
