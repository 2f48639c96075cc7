using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
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
    /// <summary>Issues a new achievement's credential to the learner, as the platform would, and returns its VC-JWT.</summary>
    internal static async Task<string> IssueAsync(BrowserApp app, TestUser learner, string recipientName)
    {
        var jwt = "";
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var achievement = new Achievement
            {
                Name = new BilingualText("เหรียญนักอ่านตัวยง", "Keen reader"), Description = new BilingualText("อ่านหนังสือครบสิบเล่ม"),
                Criteria = new BilingualText("บันทึกการอ่านสิบเล่ม"), Version = 1,
            };
            db.Achievements.Add(achievement);
            await db.SaveChangesAsync();
            var issued = await services.GetRequiredService<CredentialIssuer>().IssueAsync(achievement.Id,
                CredentialRecipient.Person(learner.Id, learner.Email, recipientName), $"journey:{Guid.NewGuid():N}", null, default);
            await db.SaveChangesAsync();
            jwt = issued.Jwt;
        });
        return jwt;
    }

    [Fact]
    public async Task A_pasted_credential_verifies_as_valid_and_a_tampered_copy_as_invalid()
    {
        var learner = await app.CreateAsync(Roles.Learner);
        var jwt = await IssueAsync(app, learner, "นักอ่าน ทดสอบ");

        var page = await app.NewPageAsync();
        await page.GotoAsync("/credentials/verify");
        await page.FillAsync("#Token", jwt);
        await page.ClickAsync("#verify-submit");
        var result = page.Locator("#verify-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-valid", "true");
        await Assertions.Expect(result).ToContainTextAsync("ใบรับรองนี้ถูกต้อง");
        await Assertions.Expect(result).ToContainTextAsync("นักอ่าน ทดสอบ");

        var parts = jwt.Split('.');
        var payload = parts[1].ToCharArray();
        payload[10] = payload[10] == 'x' ? 'y' : 'x';
        var tampered = $"{parts[0]}.{new string(payload)}.{parts[2]}";
        await page.FillAsync("#Token", tampered);
        await page.ClickAsync("#verify-submit");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-valid", "false");
        await Assertions.Expect(result).ToContainTextAsync("ใบรับรองนี้ไม่ถูกต้อง");
    }
}
