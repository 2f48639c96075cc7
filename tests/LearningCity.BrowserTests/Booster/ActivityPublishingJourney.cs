using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Booster;

public sealed class ActivityPublishingJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Coordinator_publishes_an_activity_with_a_session_and_a_visitor_finds_it_by_a_thai_word()
    {
        var city = await app.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == "เทศบาลนครพิษณุโลก").Select(c => c.Id).FirstAsync());
        var space = await app.WithDbAsync(db => db.LearningSpaces.Where(s => s.Name.Th == "ศูนย์การเรียนรู้ชุมชนริมน่าน").Select(s => s.Id).FirstAsync());
        var title = $"เวิร์กช็อปจักสานไม้ไผ่ {Guid.NewGuid().ToString("N")[..6]}";
        var start = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Date.AddDays(4).AddHours(9);

        var coordinator = await app.NewPageAsync();
        await coordinator.LoginAsync(await app.CreateAsync(Roles.Coordinator, cities: [city]));
        await coordinator.GotoAsync("/activities/new");
        await coordinator.SelectOptionAsync("#Publisher", $"city:{city}");
        await coordinator.FillAsync("#Input_TitleTh", title);
        await coordinator.FillAsync("#Input_DescriptionTh", "ฝึก **จักสาน** ตะกร้าจากไม้ไผ่กับช่างฝีมือในชุมชน");
        await coordinator.CheckAsync("#age-WorkingAge");
        await coordinator.CheckAsync("#age-OlderPersons");
        await coordinator.SelectOptionAsync("#Input_LearningSpaceId", space.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.FillAsync("#SessionStartsLocal", start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.FillAsync("#SessionEndsLocal", start.AddHours(3).ToString("yyyy-MM-ddTHH:mm"));
        await coordinator.FillAsync("#SessionCapacity", "15");
        await coordinator.ClickAsync("#save-draft");
        await coordinator.ExpectAddressAsync(@"/activities/\d+$");
        await Assertions.Expect(coordinator.Locator("#status-badge")).ToBeVisibleAsync();
        await coordinator.ClickAsync("#publish");
        await Assertions.Expect(coordinator.Locator("#status-badge")).ToHaveCountAsync(0);
        await Assertions.Expect(coordinator.Locator("#sessions")).ToContainTextAsync("เหลือ 15 ที่นั่ง");

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await app.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/activities");
        await visitor.FillAsync("#filter-q", "จักสาน");
        await visitor.ClickAsync("#filter-submit");
        await Assertions.Expect(visitor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=%E0%B8%88"));
        await visitor.ClickAsync($"#activity-list a:has-text('{title}')");
        await Assertions.Expect(visitor.Locator("#activity-title")).ToHaveTextAsync(title);
        await Assertions.Expect(visitor.Locator("#activity-description strong")).ToHaveTextAsync("จักสาน");
        await Assertions.Expect(visitor.Locator(".register-link")).ToHaveCountAsync(1);
    }
}
