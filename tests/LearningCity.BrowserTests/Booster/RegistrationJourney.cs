using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Booster;

public sealed class RegistrationJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Learner_consents_registers_sees_the_ticket_downloads_the_ics_and_finds_the_confirmation()
    {
        var title = $"เวิร์กช็อปจักสาน {Guid.NewGuid().ToString("N")[..6]}";
        var (activityId, sessionId) = await app.WithDbAsync(async db =>
        {
            var start = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(5);
            var activity = new Activity
            {
                Title = new BilingualText(title, "Basketry workshop"), Description = new BilingualText("เรียนจักสานไม้ไผ่"),
                Status = PublicationStatus.Published, ProvinceCode = "TH-50", CreatedAt = start.AddDays(-6), UpdatedAt = start.AddDays(-6), Version = 1,
                Sessions = [new ActivitySession { StartsAt = start, EndsAt = start.AddHours(3), Capacity = 10 }],
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            return (activity.Id, activity.Sessions[0].Id);
        });

        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Learner));
        await page.GotoAsync($"/activities/{activityId}/sessions/{sessionId}/register");
        await Assertions.Expect(page.Locator("#activity-title")).ToContainTextAsync(title);
        await Assertions.Expect(page.Locator("#privacy-notice")).ToBeVisibleAsync();

        // Without consent the form says why; with it, the ticket appears.
        await page.ClickAsync("#register-submit");
        await Assertions.Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        await page.CheckAsync("#Input_Consent");
        await page.ClickAsync("#register-submit");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/me/registrations/\d+/ticket$"));
        await Assertions.Expect(page.Locator("#ticket-status")).ToHaveTextAsync("ยืนยันแล้ว");
        await Assertions.Expect(page.Locator("#ticket-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{8}$"));
        var qrLoaded = await page.Locator("#ticket-qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(qrLoaded);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#ticket-ics"));
        Assert.EndsWith(".ics", download.SuggestedFilename);
        var path = await download.PathAsync();
        var ics = await File.ReadAllTextAsync(path!, TestContext.Current.CancellationToken);
        Assert.Contains("BEGIN:VCALENDAR", ics);
        Assert.Contains(title, ics);

        await page.GotoAsync("/me/notifications");
        await Assertions.Expect(page.Locator("#notifications")).ToContainTextAsync($"ลงทะเบียนสำเร็จ: {title}");
    }
}
