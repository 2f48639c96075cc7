using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Identity;

public sealed class ProfileTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Profile_page_saves_the_profile_and_switches_the_site_to_the_preferred_language()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var before = await client.GetPageAsync("/account/profile");
        Assert.Equal("th", before.DocumentElement.GetAttribute("lang"));
        Assert.Contains("พ.ศ.", before.QuerySelector("#profile-created")!.TextContent);

        var saved = await client.SubmitFormAsync("/account/profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Somchai Learner",
            ["Input.PreferredLanguage"] = "en",
            ["Input.ProvinceCode"] = "TH-10",
            ["Input.BirthYear"] = "1985",
        });
        AccountForms.AssertRedirect(saved, "/account/profile");

        var after = await client.GetPageAsync("/account/profile");
        Assert.Equal("en", after.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Saved", after.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("Somchai Learner", after.QuerySelector("#profile-name")!.TextContent.Trim());
        Assert.DoesNotContain("พ.ศ.", after.QuerySelector("#profile-created")!.TextContent);
        Assert.Equal("1985", after.QuerySelector("select[name='Input.BirthYear'] option[selected]")!.TextContent.Trim());
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Equal(("Somchai Learner", "en", "TH-10", 1985), (stored.DisplayName, stored.PreferredLanguage, stored.ProvinceCode, stored.BirthYear));
    }

    [Fact]
    public async Task Profile_page_shows_field_errors_for_an_unknown_province_and_a_future_birth_year()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var response = await client.SubmitFormAsync("/account/profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "",
            ["Input.ProvinceCode"] = "TH-00",
            ["Input.BirthYear"] = "3000",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        string Error(string field) => page.QuerySelector($"span[data-valmsg-for='Input.{field}']")!.TextContent.Trim();
        Assert.Equal("โปรดกรอกชื่อที่แสดง", Error("DisplayName"));
        Assert.Equal("ไม่พบจังหวัดที่เลือก", Error("ProvinceCode"));
        Assert.StartsWith("ปีเกิด ต้องอยู่ระหว่าง", Error("BirthYear"));
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.ProvinceCode).SingleAsync()));
    }

    [Fact]
    public async Task Profile_page_sends_anonymous_visitors_to_log_in()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Put_me_updates_the_profile_and_returns_it()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var response = await client.PutAsJsonAsync("/api/v1/me", new { displayName = "ครูสมศรี", preferredLanguage = "th", provinceCode = "TH-50", birthYear = 1970 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ครูสมศรี", me.GetProperty("displayName").GetString());
        Assert.Equal("TH-50", me.GetProperty("provinceCode").GetString());
        Assert.Equal(1970, me.GetProperty("birthYear").GetInt32());

        var again = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("ครูสมศรี", again.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Put_me_with_bad_values_is_400_with_field_errors_in_the_callers_language()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        await client.GetAsync("/culture/en");
        var response = await client.PutAsJsonAsync("/api/v1/me", new { displayName = "", preferredLanguage = "fr", provinceCode = "TH-99", birthYear = 1800 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Display name is required", errors.GetProperty("displayName")[0].GetString());
        Assert.Equal("Preferred language must be Thai (th) or English (en)", errors.GetProperty("preferredLanguage")[0].GetString());
        Assert.Equal("The selected Province does not exist", errors.GetProperty("provinceCode")[0].GetString());
        Assert.StartsWith("Year of birth must be between 1900 and ", errors.GetProperty("birthYear")[0].GetString());

        await client.GetAsync("/culture/th");
        var thai = await client.PutAsJsonAsync("/api/v1/me", new { displayName = "ชื่อ", preferredLanguage = "th", provinceCode = "XX" });
        var thaiErrors = (await thai.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("ไม่พบจังหวัดที่เลือก", thaiErrors.GetProperty("provinceCode")[0].GetString());
        Assert.Equal(user.Email.Split('@')[0], await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Anonymous_put_me_is_401()
    {
        var response = await factory.CreateBrowserlessClient().PutAsJsonAsync("/api/v1/me", new { displayName = "x", preferredLanguage = "th" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Register_api_accepts_a_new_account_and_emails_the_confirmation_in_its_language()
    {
        var email = $"api-{Guid.NewGuid():N}@test.example";
        var client = factory.CreateBrowserlessClient();
        var response = await client.PostAsJsonAsync("/api/v1/account/register", new
        {
            email, displayName = "API Learner", password = AccountForms.Password, preferredLanguage = "en", provinceCode = "TH-10", birthYear = 2000, acceptTerms = true,
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = await factory.Mailbox.WaitForAsync(email);
        Assert.Contains("Confirm your e-mail address", mail.Subject);
        await client.GetPageAsync(AccountForms.PathOf(Mailbox.LinkIn(mail, "/account/confirm-email")));
        AccountForms.AssertRedirect(await client.LoginFormAsync(email, AccountForms.Password), "/");

        // The same address again: the same answer, and still one account.
        var again = await client.PostAsJsonAsync("/api/v1/account/register", new { email, displayName = "Other", password = AccountForms.Password, preferredLanguage = "th", acceptTerms = true });
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Register_api_with_bad_input_is_400_with_field_errors()
    {
        var response = await factory.CreateBrowserlessClient().PostAsJsonAsync("/api/v1/account/register", new
        {
            email = "nope", displayName = "", password = "short", preferredLanguage = "th", birthYear = 3000, acceptTerms = false,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("อีเมล ไม่ใช่อีเมลที่ถูกต้อง", errors.GetProperty("email")[0].GetString());
        Assert.Equal("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร", errors.GetProperty("password")[0].GetString());
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("birthYear", out _));
        Assert.True(errors.TryGetProperty("acceptTerms", out _));

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/account/register") { Content = JsonContent.Create(new { email = "nope", acceptTerms = true }) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = (await (await factory.CreateBrowserlessClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("E-mail is not a valid e-mail address", english.GetProperty("email")[0].GetString());
        Assert.Equal("Password is required", english.GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task Account_endpoints_are_in_the_OpenAPI_document()
    {
        var doc = await factory.CreateBrowserlessClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        var me = paths.TryGetProperty("/api/v1/me", out var path) ? path : paths.GetProperty("/api/v1/me/");
        Assert.True(me.TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/v1/account/register").TryGetProperty("post", out _));
    }
}
