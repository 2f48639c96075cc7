using LearningCity.BrowserTests.Booster;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Administration;

public sealed class SigningKeyJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Admin_rotates_the_signing_key_and_a_credential_signed_before_still_verifies()
    {
        var learner = await app.CreateAsync(Roles.Learner);
        var jwt = await CredentialVerificationJourney.IssueAsync(app, learner, "ผู้เรียน ก่อนเปลี่ยนกุญแจ");
        var admin = await app.CreateAsync(Roles.Admin);
        var page = await app.NewPageAsync();
        var scriptErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) scriptErrors.Add(message.Text);
        };

        await page.LoginAsync(admin);
        await page.ClickAsync("#user-menu-toggle");
        await page.ClickAsync("#mainNav a[href='/admin/credentials/keys']");
        await page.ExpectAddressAsync("/admin/credentials/keys$");
        var active = page.Locator("#signing-keys tr.signing-key[data-active=true]");
        await Assertions.Expect(active).ToHaveCountAsync(1);
        var before = await active.GetAttributeAsync("data-key");
        await page.AssertAccessibleAsync();

        // Not confirmed: refused with the reason next to the box, and nothing changes.
        await page.ClickAsync("#rotate-form button[type=submit]");
        await Assertions.Expect(page.Locator("span.field-validation-error[data-valmsg-for='Confirm']")).ToContainTextAsync("กรุณายืนยันก่อนเปลี่ยนกุญแจ");
        Assert.Equal(before, await active.GetAttributeAsync("data-key"));

        await page.CheckAsync("#Confirm");
        await page.ClickAsync("#rotate-form button[type=submit]");
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("เปลี่ยนกุญแจลงนามแล้ว");
        await Assertions.Expect(active).ToHaveCountAsync(1);
        Assert.NotEqual(before, await active.GetAttributeAsync("data-key"));
        await Assertions.Expect(page.Locator($"#signing-keys tr.signing-key[data-key='{before}']")).ToHaveAttributeAsync("data-active", "false");
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("admin-signing-keys.png"), FullPage = true });

        await page.GotoAsync("/credentials/verify");
        await page.FillAsync("#Token", jwt);
        await page.ClickAsync("#verify-submit");
        await Assertions.Expect(page.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "true");
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }
}
