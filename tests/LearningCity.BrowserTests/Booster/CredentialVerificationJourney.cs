using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Booster;

public sealed class CredentialVerificationJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_issued_credential_verifies_and_a_copy_with_one_character_changed_does_not()
    {
        var learner = await app.CreateAsync();
        var jwt = "";
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var achievement = new Achievement
            {
                Name = new BilingualText("นักเรียนรู้ตลอดชีวิต", "Lifelong learner"), Criteria = new BilingualText("เข้าร่วมเวิร์กช็อป"), Version = 1,
                CreatedAt = DateTime.UnixEpoch, UpdatedAt = DateTime.UnixEpoch,
            };
            db.Set<Achievement>().Add(achievement);
            await db.SaveChangesAsync();
            var issued = await s.GetRequiredService<CredentialIssuer>().IssueAsync(achievement.Id, CredentialRecipient.Person(learner.Id), $"journey:{Guid.NewGuid()}", null, default);
            await db.SaveChangesAsync();
            jwt = issued.Jwt;
        });

        var page = await app.NewPageAsync();
        await page.GotoAsync("/credentials/verify");
        await page.FillAsync("#jwt", jwt);
        await page.ClickAsync("#verify-submit");
        await Assertions.Expect(page.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "true");
        await Assertions.Expect(page.Locator("#verify-verdict")).ToHaveTextAsync("ใบรับรองนี้ถูกต้อง");
        await Assertions.Expect(page.Locator("#verify-summary")).ToContainTextAsync("นักเรียนรู้ตลอดชีวิต");

        var parts = jwt.Split('.');
        var payload = parts[1].ToCharArray();
        payload[10] = payload[10] == 'A' ? 'B' : 'A';
        var tampered = $"{parts[0]}.{new string(payload)}.{parts[2]}";
        await page.FillAsync("#jwt", tampered);
        await page.ClickAsync("#verify-submit");
        await Assertions.Expect(page.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "false");
        await Assertions.Expect(page.Locator("#verify-verdict")).ToHaveTextAsync("ใบรับรองนี้ไม่ผ่านการตรวจสอบ");
    }
}
