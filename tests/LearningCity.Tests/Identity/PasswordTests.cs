using System.Net;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Identity;

public sealed class PasswordTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NewPassword = "a-brand-new-passphrase";

    [Fact]
    public async Task Forgotten_password_is_reset_through_the_emailed_link_and_the_old_one_stops_working()
    {
        var user = await factory.CreateAsync();
        var client = factory.CreateBrowserlessClient();
        var sent = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        Assert.Contains("หากที่อยู่นี้มีบัญชีอยู่", (await Html.ParseAsync(sent)).QuerySelector("#forgot-sent")!.TextContent);

        var link = Mailbox.LinkIn(await factory.Mailbox.WaitForAsync(user.Email), "/account/reset-password");
        var done = await client.SubmitFormAsync(AccountForms.PathOf(link), new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.NotNull((await Html.ParseAsync(done)).QuerySelector("#reset-done"));

        var old = await client.LoginFormAsync(user.Email, user.Password);
        Assert.Contains("อีเมลหรือรหัสผ่านไม่ถูกต้อง", await old.Content.ReadAsStringAsync());
        AccountForms.AssertRedirect(await client.LoginFormAsync(user.Email, NewPassword), "/");
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_an_unknown_address_and_sends_nothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@test.example";
        var sent = await factory.CreateBrowserlessClient().SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.NotNull((await Html.ParseAsync(sent)).QuerySelector("#forgot-sent"));
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(factory.Mailbox.All(), m => m.To.Mailboxes.Any(a => a.Address == email));
    }

    [Fact]
    public async Task A_reset_link_with_a_wrong_code_is_refused_and_short_passwords_are_shown_per_field()
    {
        var user = await factory.CreateAsync();
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync("/culture/en");
        var response = await client.SubmitFormAsync($"/account/reset-password?email={Uri.EscapeDataString(user.Email)}&code=Zm9v", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Contains("The link or code is invalid or has expired", Html.FieldErrors(await Html.ParseAsync(response)));

        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        var link = AccountForms.PathOf(Mailbox.LinkIn(await factory.Mailbox.WaitForAsync(user.Email), "/account/reset-password"));
        var shortOne = await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        var page = await Html.ParseAsync(shortOne);
        Assert.Equal("The password must be at least 10 characters long", page.QuerySelector("span[data-valmsg-for='Input.Password']")!.TextContent.Trim());
        AccountForms.AssertRedirect(await client.LoginFormAsync(user.Email, user.Password), "/");
    }

    [Fact]
    public async Task Signed_in_user_changes_the_password_with_the_current_one()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var wrong = await client.SubmitFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not-my-password",
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal("รหัสผ่านไม่ถูกต้อง", (await Html.ParseAsync(wrong)).QuerySelector("span[data-valmsg-for='Input.CurrentPassword']")!.TextContent.Trim());

        var changed = await client.SubmitFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = user.Password,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        AccountForms.AssertRedirect(changed, "/account/profile");
        // Still signed in in this browser.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).StatusCode);
        var other = factory.CreateBrowserlessClient();
        AccountForms.AssertRedirect(await other.LoginFormAsync(user.Email, NewPassword), "/");
    }

    [Fact]
    public async Task Change_password_page_needs_a_signed_in_user()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/account/change-password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString());
    }
}
