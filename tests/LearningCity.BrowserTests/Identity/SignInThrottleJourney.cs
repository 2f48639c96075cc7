using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Modules.Identity.Account.Throttling;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.BrowserTests.Identity;

public sealed class SignInThrottleJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task After_many_wrong_guesses_the_owner_is_told_in_Thai_how_long_to_wait_and_gets_in_at_once_with_the_emailed_link()
    {
        var user = await app.CreateAsync();
        // Someone has guessed at this account from this address many times (counted as the log-in page counts them).
        var throttle = app.Services.GetRequiredService<SignInThrottle>();
        for (var i = 0; i < 12; i++) throttle.Failed(user.Email, "127.0.0.1");
        var page = await app.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name='Input.Email']", user.Email);
        await page.FillAsync("input[name='Input.Password']", user.Password);
        await page.ClickAsync("main form button[type=submit]");
        var wait = await page.InnerTextAsync("#sign-in-wait");
        Assert.Contains("โปรดรอ", wait);
        Assert.Contains("นาที", wait);
        await page.AssertAccessibleAsync();

        await page.ClickAsync("#unlock-link");
        Assert.Equal("ปลดล็อกการเข้าสู่ระบบ", (await page.InnerTextAsync("main h1")).Trim());
        await page.FillAsync("input[name='Input.Email']", user.Email);
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("หากที่อยู่นี้มีบัญชีอยู่", await page.InnerTextAsync("#unlock-sent"));

        var mail = await app.Mailbox.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("ปลดล็อก", StringComparison.Ordinal));
        await page.GotoAsync(Mailbox.LinkIn(mail, "/account/unlock/confirm"));
        Assert.Contains("ปลดล็อกแล้ว", await page.InnerTextAsync("#unlock-done"));

        await page.LoginAsync(user);
        await page.GotoAsync("/account/profile");
        Assert.Equal("/account/profile", new Uri(page.Url).AbsolutePath);
    }
}
