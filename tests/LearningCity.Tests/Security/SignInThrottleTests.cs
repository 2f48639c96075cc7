using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Identity;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Security;

/// <summary>Guessing is slowed down per account and client; nobody can lock an account, and no answer tells who has one.</summary>
public sealed class SignInThrottleTests(ThrottleFactory factory) : IClassFixture<ThrottleFactory>
{
    private const string Failed = "อีเมลหรือรหัสผ่านไม่ถูกต้อง";

    private static async Task<string> AttemptAsync(HttpClient client, string email, string password)
    {
        var response = await client.LoginFormAsync(email, password);
        if (response.StatusCode == HttpStatusCode.Redirect) return "signed in";
        var page = await Html.ParseAsync(response);
        if (page.QuerySelector("#sign-in-wait") is not null) return "wait";
        return page.QuerySelector(".alert-danger")?.TextContent.Trim() == Failed ? "failed" : "other: " + page.QuerySelector("main")?.TextContent;
    }

    [Fact]
    public async Task Wrong_passwords_slow_down_the_place_they_come_from_and_the_owner_still_signs_in_elsewhere()
    {
        var user = await factory.CreateAsync(Roles.Admin);
        var attacker = factory.ClientFrom("198.51.100.1");
        for (var i = 0; i < 5; i++) Assert.Equal("failed", await AttemptAsync(attacker, user.Email, "wrong-" + i));
        // From now on that place waits before each try, even with the right password.
        Assert.Equal("wait", await AttemptAsync(attacker, user.Email, user.Password));

        var owner = factory.ClientFrom("198.51.100.2");
        Assert.Equal("signed in", await AttemptAsync(owner, user.Email, user.Password)); // on to the two-factor step

        // The waits grow but never lock: once it has passed, the attacker's place may try again.
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("failed", await AttemptAsync(attacker, user.Email, "wrong-again"));
        Assert.Equal("wait", await AttemptAsync(attacker, user.Email, "wrong-at-once"));
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal("signed in", await AttemptAsync(attacker, user.Email, user.Password));
    }

    [Fact]
    public async Task Guesses_from_many_places_do_not_keep_the_owner_out_of_a_browser_they_used_before_and_the_emailed_link_lets_a_new_one_in()
    {
        var user = await factory.CreateAsync();
        var ownDevice = factory.ClientFrom("192.0.2.10");
        Assert.Equal("signed in", await AttemptAsync(ownDevice, user.Email, user.Password));
        await ownDevice.SubmitFormAsync("/account/logout", new Dictionary<string, string>());

        // Twenty wrong passwords from twenty places: from then on, browsers the owner never used wait.
        for (var i = 0; i < 20; i++)
            Assert.Equal("failed", await AttemptAsync(factory.ClientFrom($"198.51.100.{50 + i}"), user.Email, "wrong-" + i));
        Assert.Equal("wait", await AttemptAsync(factory.ClientFrom("198.51.100.99"), user.Email, "wrong-again"));

        var newBrowser = factory.ClientFrom("192.0.2.11");
        Assert.Equal("wait", await AttemptAsync(newBrowser, user.Email, user.Password));
        Assert.Equal("signed in", await AttemptAsync(ownDevice, user.Email, user.Password));

        await newBrowser.SubmitFormAsync("/account/unlock", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        var link = Mailbox.LinkIn(await factory.Mailbox.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("ปลดล็อก", StringComparison.Ordinal)), "/account/unlock/confirm");
        var opened = await newBrowser.GetAsync(AccountForms.PathOf(link), TestContext.Current.CancellationToken);
        Assert.NotNull((await Html.ParseAsync(opened)).QuerySelector("#unlock-done"));
        Assert.Equal("signed in", await AttemptAsync(newBrowser, user.Email, user.Password));

        // The link works once.
        Assert.Equal(HttpStatusCode.BadRequest, (await newBrowser.GetAsync(AccountForms.PathOf(link), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task An_address_without_an_account_is_answered_exactly_like_one_with_an_account()
    {
        var user = await factory.CreateAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";
        var client = factory.ClientFrom("198.51.100.200");
        var forReal = new List<string>();
        var forUnknown = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            forReal.Add(await AttemptAsync(client, user.Email, "wrong-" + i));
            forUnknown.Add(await AttemptAsync(client, unknown, "wrong-" + i));
        }
        Assert.Equal(forReal, forUnknown);
        Assert.Contains("wait", forReal);

        await client.SubmitFormAsync("/account/unlock", new Dictionary<string, string> { ["Input.Email"] = unknown });
        var sent = await client.SubmitFormAsync("/account/unlock", new Dictionary<string, string> { ["Input.Email"] = unknown });
        Assert.NotNull((await Html.ParseAsync(sent)).QuerySelector("#unlock-sent"));
    }

    [Fact]
    public async Task Wrong_two_factor_codes_are_slowed_down_and_never_lock_the_account()
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var recovery = new List<string>();
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            recovery.AddRange((await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(admin.Id.ToString()))!, 2))!);
        });
        var client = factory.ClientFrom("198.51.100.240");
        var login = await client.LoginFormAsync(admin.Email, admin.Password);
        var codePage = login.Headers.Location!.OriginalString;
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.SubmitFormAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = "000000" });
            Assert.Null((await Html.ParseAsync(wrong)).QuerySelector("#sign-in-wait"));
        }
        // A recovery code is right whatever the clock says.
        var right = await client.SubmitFormAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = recovery[0] });
        Assert.NotNull((await Html.ParseAsync(right)).QuerySelector("#sign-in-wait"));

        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var later = await client.SubmitFormAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = recovery[0] });
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }
}
