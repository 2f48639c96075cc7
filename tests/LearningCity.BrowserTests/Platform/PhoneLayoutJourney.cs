using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

/// <summary>The pages a person most often opens on a phone (390×844) fit the screen: nothing wider than it, nothing cut off.</summary>
// It checks layout, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class PhoneLayoutJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> PhoneAsync()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "th-TH", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static async Task AssertFitsTheScreenAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, inner) = (sizes[0], sizes[1]);
        Assert.True(scroll <= inner, $"{page.Url} is {scroll}px wide on a {inner}px screen");
    }

    /// <summary>The element's right edge is on the screen (not cut off).</summary>
    private static async Task AssertOnScreenAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"element spans {box.X}–{box.X + box.Width}px");
    }

    private Task<(int ActivityId, int SessionId)> AddActivityAsync(string title) => app.WithDbAsync(async db =>
    {
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(4);
        var activity = new Activity
        {
            Title = new BilingualText(title, "Phone test workshop"), Description = new BilingualText("ทดสอบบนโทรศัพท์"),
            Status = PublicationStatus.Published, ProvinceCode = "TH-50", CreatedAt = start.AddDays(-6), UpdatedAt = start.AddDays(-6), Version = 1,
            Sessions = [new ActivitySession { StartsAt = start, EndsAt = start.AddHours(3), Capacity = 10 }],
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return (activity.Id, activity.Sessions[0].Id);
    });

    [Fact]
    public async Task The_passport_fits_a_phone_with_the_delete_button_on_screen()
    {
        var learner = await app.CreateAsync(Roles.Learner);
        await app.WithDbAsync(async db =>
        {
            db.SelfDeclaredLearning.Add(new SelfDeclaredLearning
            {
                UserId = learner.Id, Title = "หลักสูตรการดูแลผู้สูงอายุในชุมชนสำหรับอาสาสมัครสาธารณสุขประจำหมู่บ้านรุ่นที่สาม",
                CompletedOn = new DateOnly(2025, 3, 1), Hours = 12.5m, EvidenceUrl = "https://example.org/certificates/a-very-long-evidence-address-that-does-not-break",
                CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime,
            });
            return await db.SaveChangesAsync();
        });
        var page = await PhoneAsync();
        await page.LoginAsync(learner);
        await page.GotoAsync("/me/passport");
        var delete = page.Locator("#declared button.text-danger").First;
        await Assertions.Expect(delete).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(page);
        await AssertOnScreenAsync(delete);
    }

    [Fact]
    public async Task On_a_phone_the_activity_filters_fold_behind_a_toggle_and_open_on_demand()
    {
        await AddActivityAsync("กิจกรรมสำหรับโทรศัพท์");
        var page = await PhoneAsync();
        await page.GotoAsync("/activities");
        await Assertions.Expect(page.Locator("#filters-toggle")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#filter-q")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#results")).ToBeInViewportAsync();
        await AssertFitsTheScreenAsync(page);

        await page.ClickAsync("#filters-toggle");
        await Assertions.Expect(page.Locator("#filter-q")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#filter-topic")).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(page);

        // On a desktop there is no toggle: the filters are simply there.
        var desktop = await app.NewPageAsync();
        await desktop.GotoAsync("/activities");
        await Assertions.Expect(desktop.Locator("#filter-q")).ToBeVisibleAsync();
        await Assertions.Expect(desktop.Locator("#filter-submit")).ToBeVisibleAsync();
        await Assertions.Expect(desktop.Locator("#filters-toggle")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_city_dashboard_with_its_charts_fits_a_phone()
    {
        var cityId = await app.WithDbAsync(db => db.CityAssessments.Where(a => a.Status == AssessmentStatus.Validated)
            .OrderBy(a => a.CityId).Select(a => a.CityId).FirstAsync());
        var page = await PhoneAsync();
        await page.GotoAsync($"/assessment/cities/{cityId}");
        await Assertions.Expect(page.Locator("canvas[data-chart]").First).ToBeVisibleAsync();
        // Chart.js has drawn: the canvas has its size from the box.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas[data-chart]')].every(c => c.width > 0 && window.Chart && Chart.getChart(c))");
        await AssertFitsTheScreenAsync(page);
        foreach (var canvas in await page.Locator("canvas[data-chart]").AllAsync()) await AssertOnScreenAsync(canvas);
        await page.GotoAsync("/assessment/dashboard");
        await Assertions.Expect(page.Locator("canvas[data-chart]").First).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(page);
    }

    [Fact]
    public async Task A_registered_learner_sees_the_activity_page_and_the_ticket_fit_a_phone()
    {
        var (activityId, sessionId) = await AddActivityAsync("เวิร์กช็อปงานไม้สำหรับครอบครัวและเยาวชนในชุมชนริมน้ำ");
        var page = await PhoneAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Learner));
        await page.GotoAsync($"/activities/{activityId}/sessions/{sessionId}/register");
        await page.CheckAsync("#Input_Consent");
        await page.ClickAsync("#register-submit");
        await page.ExpectAddressAsync(@"/me/registrations/\d+/ticket$");
        await Assertions.Expect(page.Locator("#ticket-attendee")).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(page);

        await page.GotoAsync($"/activities/{activityId}");
        await Assertions.Expect(page.Locator("#my-registration")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#session-{sessionId} .register-link")).ToHaveCountAsync(0);
        await AssertFitsTheScreenAsync(page);
        await AssertOnScreenAsync(page.Locator("#my-registration .my-cancel button"));
    }
}
