using System.Net;
using AngleSharp.Html.Dom;
using LearningCity.Common.Auth;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Identity;

public sealed class TwoFactorTests(AdminProbeFactory factory) : IClassFixture<AdminProbeFactory>
{
    [Fact]
    public async Task Learner_enables_two_factor_with_the_key_shown_and_then_needs_a_code_to_log_in()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var page = await client.GetPageAsync("/account/two-factor");
        Assert.Contains("ปิดอยู่", page.QuerySelector("#two-factor-status")!.TextContent);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("#two-factor-qr")!.GetAttribute("src"));
        var key = page.QuerySelector("#authenticator-key")!.TextContent.Trim();
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);

        var wrongCode = Totp.Code(key) == "000000" ? "111111" : "000000";
        var wrong = await client.SubmitFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = wrongCode }, "#enable-form");
        Assert.Equal("รหัสไม่ถูกต้อง", (await Html.ParseAsync(wrong)).QuerySelector("span[data-valmsg-for='Input.Code']")!.TextContent.Trim());

        var enabled = await client.SubmitFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) }, "#enable-form");
        var result = await Html.ParseAsync(enabled);
        var codes = result.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Contains("เปิดใช้งาน", result.QuerySelector("#two-factor-status")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        // Shown once: the next visit lists no codes.
        Assert.Empty((await client.GetPageAsync("/account/two-factor")).QuerySelectorAll("#recovery-codes code"));

        await client.PostFormAsync((IHtmlFormElement)(await client.GetPageAsync("/account/logout")).QuerySelector("main form")!, "/account/logout", new Dictionary<string, string>());
        var fresh = factory.CreateBrowserlessClient();
        var login = await fresh.LoginFormAsync(user.Email, user.Password);
        Assert.StartsWith("/account/login-2fa", login.Headers.Location!.OriginalString);
        // A recovery code works once instead of the app.
        var second = await fresh.SubmitFormAsync(login.Headers.Location.OriginalString, new Dictionary<string, string> { ["Input.Code"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        await factory.CreateBrowserlessClient().LoginAsync(user with { AuthenticatorKey = key });
    }

    [Fact]
    public async Task Learner_may_turn_two_factor_off_again()
    {
        var user = await factory.CreateAsync(twoFactor: true);
        var client = await factory.LoginAsync(user);
        var off = await client.SubmitFormAsync("/account/two-factor", new Dictionary<string, string>(), "#disable-form");
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var login = await factory.CreateBrowserlessClient().LoginFormAsync(user.Email, user.Password);
        AccountForms.AssertRedirect(login, "/");
    }

    [Fact]
    public async Task Admin_cannot_turn_two_factor_off()
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        var refused = await client.SubmitFormAsync("/account/two-factor", new Dictionary<string, string>(), "#disable-form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ปิดไม่ได้", (await Html.ParseAsync(refused)).QuerySelector("#two-factor-error")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task Recovery_codes_can_be_replaced()
    {
        var user = await factory.CreateAsync(twoFactor: true);
        var client = await factory.LoginAsync(user);
        var response = await client.SubmitFormAsync("/account/two-factor", new Dictionary<string, string>(), "#recovery-form");
        var page = await Html.ParseAsync(response);
        Assert.Equal(10, page.QuerySelectorAll("#recovery-codes code").Length);
        var shown = page.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        await factory.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var account = await users.FindByIdAsync(user.Id.ToString());
            Assert.Equal(10, await users.CountRecoveryCodesAsync(account!));
            Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(account!, shown[3])).Succeeded);
        });
    }

    [Fact]
    public async Task Admin_without_two_factor_is_sent_to_set_it_up_and_can_then_use_admin_pages()
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        await factory.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var account = await users.FindByIdAsync(admin.Id.ToString());
            await users.SetTwoFactorEnabledAsync(account!, false);
        });
        var client = await factory.LoginAsync(admin with { AuthenticatorKey = null });

        var page = await client.GetAsync(AdminProbeFactory.PagePath);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/two-factor?required=1", page.Headers.Location!.OriginalString);
        var api = await client.GetAsync(AdminProbeFactory.ApiPath);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("บทบาทนี้ต้องเปิดใช้การยืนยันตัวตนสองขั้นตอนก่อน", await api.Content.ReadAsStringAsync());

        var setup = await client.GetPageAsync("/account/two-factor?required=1");
        Assert.NotNull(setup.QuerySelector("#two-factor-required"));
        var key = setup.QuerySelector("#authenticator-key")!.TextContent;
        var enabled = await client.SubmitFormAsync("/account/two-factor?required=1", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) }, "#enable-form");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);

        // The refreshed cookie carries the two-factor claim: no new log-in needed.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AdminProbeFactory.PagePath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AdminProbeFactory.ApiPath)).StatusCode);
    }

    [Fact]
    public async Task Learner_gets_the_access_denied_page_on_admin_pages_and_403_from_admin_api()
    {
        var learner = await factory.CreateAsync();
        var client = await factory.LoginAsync(learner);
        var page = await client.GetAsync(AdminProbeFactory.PagePath);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", page.Headers.Location!.ToString());
        var denied = await client.GetAsync(page.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("บัญชีของคุณไม่มีสิทธิ์เข้าถึงหน้านี้", (await Html.ParseAsync(denied)).QuerySelector("#access-denied")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(AdminProbeFactory.ApiPath)).StatusCode);

        await client.GetAsync("/culture/en");
        var english = await client.GetAsync("/account/access-denied");
        Assert.Contains("Your account may not open this page", await english.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_factor_page_needs_a_signed_in_user()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/account/two-factor");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }
}
