using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Identity;

public sealed class RegistrationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string NewEmail() => $"new-{Guid.NewGuid():N}@test.example";

    [Fact]
    public async Task Visitor_registers_confirms_the_emailed_link_and_logs_in()
    {
        var email = NewEmail();
        var client = factory.CreateBrowserlessClient();
        var fields = AccountForms.Registration(email, "สมหญิง ใจดี");
        fields["Input.ProvinceCode"] = "TH-50";
        fields["Input.BirthYear"] = "1990";
        AccountForms.AssertRedirect(await client.RegisterAsync(fields), "/account/register/check-email");
        var checkPage = await client.GetPageAsync("/account/register/check-email");
        Assert.Contains("ตรวจสอบอีเมล", checkPage.QuerySelector("h1")!.TextContent);

        var account = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.False(account.EmailConfirmed);
        Assert.Equal(("TH-50", 1990, "th"), (account.ProvinceCode, account.BirthYear, account.PreferredLanguage));
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == account.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Learner], roles);

        // Before confirming, log-in is refused with the reason.
        var early = await client.LoginFormAsync(email, AccountForms.Password);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("โปรดยืนยันอีเมลของคุณก่อนเข้าสู่ระบบ", await early.Content.ReadAsStringAsync());

        var mail = await factory.Mailbox.WaitForAsync(email);
        Assert.Contains("ยืนยันอีเมล", mail.Subject);
        var link = Mailbox.LinkIn(mail, "/account/confirm-email");
        Assert.StartsWith(factory.Services.GetRequiredService<LearningCity.Common.Web.SiteAddress>().Origin + "/account/confirm-email?userId=", link);
        var confirmed = await client.GetPageAsync(AccountForms.PathOf(link));
        Assert.Contains("ยืนยันอีเมลเรียบร้อยแล้ว", confirmed.QuerySelector("#confirm-result")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));

        AccountForms.AssertRedirect(await client.LoginFormAsync(email, AccountForms.Password), "/");
        var profile = await client.GetPageAsync("/account/profile");
        Assert.Equal("สมหญิง ใจดี", profile.QuerySelector("#profile-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_tampered_or_garbled_confirmation_link_shows_a_friendly_message()
    {
        var email = NewEmail();
        var client = factory.CreateBrowserlessClient();
        await client.RegisterAsync(AccountForms.Registration(email));
        var link = AccountForms.PathOf(Mailbox.LinkIn(await factory.Mailbox.WaitForAsync(email), "/account/confirm-email"));

        foreach (var bad in new[] { link[..^4] + "AAAA", link.Split("&code=")[0] + "&code=%%%not-base64", "/account/confirm-email?userId=nope&code=abc", "/account/confirm-email" })
        {
            var response = await client.GetAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Contains("ลิงก์ยืนยันนี้ไม่ถูกต้องหรือหมดอายุแล้ว", page.QuerySelector("#confirm-result")!.TextContent);
        }
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task Bad_registration_input_gives_field_errors_in_Thai()
    {
        var client = factory.CreateBrowserlessClient();
        var response = await client.RegisterAsync(new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-email",
            ["Input.DisplayName"] = "",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "different",
            ["Input.BirthYear"] = "3000",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        string Error(string field) => page.QuerySelector($"span[data-valmsg-for='Input.{field}']")!.TextContent.Trim();
        Assert.Equal("อีเมล ไม่ใช่อีเมลที่ถูกต้อง", Error("Email"));
        Assert.Equal("โปรดกรอกชื่อที่แสดง", Error("DisplayName"));
        Assert.Equal("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร", Error("Password"));
        Assert.Equal("ยืนยันรหัสผ่าน ไม่ตรงกับ รหัสผ่าน", Error("ConfirmPassword"));
        Assert.StartsWith("ปีเกิด ต้องอยู่ระหว่าง พ.ศ. 2443 ถึง พ.ศ. 25", Error("BirthYear"));
        Assert.Equal("โปรดยอมรับข้อกำหนดการใช้งานก่อนสมัครสมาชิก", Error("AcceptTerms"));
        Assert.Contains("โปรดแก้ไขข้อมูลต่อไปนี้", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "not-an-email")));
    }

    [Fact]
    public async Task Bad_registration_input_gives_field_errors_in_English_after_switching_language()
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync("/culture/en");
        var fields = AccountForms.Registration("someone@test.example");
        fields["Input.Password"] = "short";
        fields["Input.ConfirmPassword"] = "short";
        fields["Input.AcceptTerms"] = "false";
        fields["Input.ProvinceCode"] = "TH-99";
        var page = await Html.ParseAsync(await client.RegisterAsync(fields));
        string Error(string field) => page.QuerySelector($"span[data-valmsg-for='Input.{field}']")!.TextContent.Trim();
        Assert.Equal("The password must be at least 10 characters long", Error("Password"));
        Assert.Equal("Please accept the terms of use to create an account", Error("AcceptTerms"));
        Assert.Equal("The selected Province does not exist", Error("ProvinceCode"));
        Assert.Equal("", Error("Email"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "someone@test.example")));
    }

    [Fact]
    public async Task Registering_an_address_again_creates_no_second_account_and_tells_the_owner()
    {
        var email = NewEmail();
        var client = factory.CreateBrowserlessClient();
        AccountForms.AssertRedirect(await client.RegisterAsync(AccountForms.Registration(email, "เจ้าของเดิม")), "/account/register/check-email");
        await factory.Mailbox.WaitForAsync(email, m => m.Subject?.Contains("ยืนยันอีเมล") == true);

        var other = factory.CreateBrowserlessClient();
        await other.GetAsync("/culture/en");
        var again = AccountForms.Registration(email.ToUpperInvariant(), "Someone else");
        // The answer is the same as for a new address, so it does not reveal who is registered.
        AccountForms.AssertRedirect(await other.RegisterAsync(again), "/account/register/check-email");

        var notice = await factory.Mailbox.WaitForAsync(email, m => m.Subject?.Contains("มีการสมัครสมาชิกด้วยอีเมลของคุณ") == true);
        Assert.Contains("/account/login", notice.TextBody);
        var accounts = await factory.WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).ToListAsync());
        var only = Assert.Single(accounts);
        Assert.Equal("เจ้าของเดิม", only.DisplayName);
    }

    [Fact]
    public async Task Resending_the_confirmation_sends_a_working_link()
    {
        var email = NewEmail();
        var client = factory.CreateBrowserlessClient();
        await client.RegisterAsync(AccountForms.Registration(email));
        await factory.Mailbox.WaitForAsync(email);
        var resend = await client.SubmitFormAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        Assert.Contains("เราได้ส่งลิงก์ยืนยันใหม่ไปแล้ว", await resend.Content.ReadAsStringAsync());

        List<string> links = [];
        for (var i = 0; i < 150 && links.Count < 2; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            links = factory.Mailbox.All().Where(m => m.To.Mailboxes.Any(a => a.Address == email))
                .Select(m => Mailbox.LinkIn(m, "/account/confirm-email")).Distinct().ToList();
        }
        Assert.Equal(2, links.Count);
        foreach (var link in links)
        {
            var page = await client.GetPageAsync(AccountForms.PathOf(link));
            Assert.Contains("ยืนยันอีเมลเรียบร้อยแล้ว", page.QuerySelector("#confirm-result")!.TextContent);
        }
    }

    [Fact]
    public async Task Registration_page_shows_birth_years_in_the_Buddhist_Era_in_Thai()
    {
        var page = await factory.CreateBrowserlessClient().GetPageAsync("/account/register");
        var option = page.QuerySelector("select[name='Input.BirthYear'] option[value='1990']");
        Assert.Equal("พ.ศ. 2533", option!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("select[name='Input.ProvinceCode'] option[value='TH-50']"));
    }
}
