using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.BrowserTests.Identity;

public sealed class RegistrationJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Visitor_signs_up_in_Thai_confirms_by_email_logs_in_and_sees_the_profile()
    {
        var email = $"journey-{Guid.NewGuid():N}@test.example";
        const string password = "ภูเขาสูงและทะเลกว้าง";
        var page = await app.NewPageAsync();

        await page.GotoAsync("/");
        await page.ClickAsync("a[href='/account/register']");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("สมัครสมาชิก", (await page.InnerTextAsync("main h1")).Trim());

        // A first try without consent keeps what was typed and says what is missing.
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.DisplayName']", "มาลี เรียนรู้");
        await page.FillAsync("input[name='Input.Password']", password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", password);
        await page.SelectOptionAsync("select[name='Input.ProvinceCode']", "TH-50");
        await page.SelectOptionAsync("select[name='Input.BirthYear']", "1990");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("โปรดยอมรับข้อกำหนดการใช้งานก่อนสมัครสมาชิก", await page.InnerTextAsync("main"));
        Assert.Equal(email, await page.InputValueAsync("input[name='Input.Email']"));
        Assert.Equal("พ.ศ. 2533", (await page.InnerTextAsync("select[name='Input.BirthYear'] option:checked")).Trim());

        await page.FillAsync("input[name='Input.Password']", password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", password);
        await page.CheckAsync("input[name='Input.AcceptTerms']");
        await page.ClickAsync("main form button[type=submit]");
        await page.ExpectAddressAsync("/account/register/check-email$");
        Assert.Contains("โปรดตรวจสอบอีเมลของคุณ", await page.InnerTextAsync("main h1"));

        var mail = await app.Mailbox.WaitForAsync(email);
        var link = Mailbox.LinkIn(mail, "/account/confirm-email");
        Assert.StartsWith(app.BaseUrl, link);
        await page.GotoAsync(link);
        Assert.Contains("ยืนยันอีเมลเรียบร้อยแล้ว", await page.InnerTextAsync("#confirm-result"));

        await page.LoginAsync(new TestUser(Guid.Empty, email, password, null));
        await page.GotoAsync("/account/profile");
        Assert.Equal("มาลี เรียนรู้", (await page.InnerTextAsync("#profile-name")).Trim());
        Assert.Equal("TH-50", await page.InputValueAsync("select[name='Input.ProvinceCode']"));
        Assert.Contains("พ.ศ.", await page.InnerTextAsync("#profile-created"));
    }
}
