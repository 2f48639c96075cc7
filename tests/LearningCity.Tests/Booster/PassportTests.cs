using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Booster;

public sealed class PassportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private string Today => DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddHours(7)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Attendance_marked_by_the_organizer_shows_as_verified_hours_and_own_entries_as_unverified()
    {
        var session = await factory.AddCitySessionAsync();
        var learner = await factory.RegisterLearnerAsync(session);
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [session.CityId]));

        var before = await JsonAsync(await learner.Client.GetAsync("/api/v1/me/passport"));
        Assert.Equal(0, before.GetProperty("verifiedHours").GetDouble());
        (await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = learner.Ticket })).EnsureSuccessStatusCode();

        var created = await learner.Client.PostAsJsonAsync("/api/v1/me/passport/self-declared",
            new { title = "อ่านหนังสือการเงินส่วนบุคคล", completedOn = Today, hours = 3.5, topicIds = Array.Empty<int>() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var passport = await JsonAsync(await learner.Client.GetAsync("/api/v1/me/passport"));
        Assert.Equal(2, passport.GetProperty("verifiedHours").GetDouble());
        Assert.Equal(3.5, passport.GetProperty("declaredHours").GetDouble());
        var verified = Assert.Single(passport.GetProperty("verified").EnumerateArray());
        Assert.Equal(session.ActivityId, verified.GetProperty("activityId").GetInt32());
        var skill = Assert.Single(passport.GetProperty("totalsBySkill").EnumerateArray());
        Assert.Equal(2, skill.GetProperty("verifiedHours").GetDouble());
        var year = Assert.Single(passport.GetProperty("totalsByYear").EnumerateArray());
        Assert.Equal(5.5, year.GetProperty("verifiedHours").GetDouble() + year.GetProperty("declaredHours").GetDouble());

        var page = await learner.Client.GetPageAsync("/me/passport");
        Assert.Equal("2", page.QuerySelector("#verified-hours")!.TextContent.Trim());
        Assert.Contains("ยังไม่ได้รับการยืนยัน", page.QuerySelector("#declared")!.TextContent);
        Assert.Contains("พ.ศ.", page.QuerySelector("#by-year")!.TextContent);
    }

    [Fact]
    public async Task Self_declared_learning_is_checked_and_belongs_to_its_owner()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var bad = await client.PostAsJsonAsync("/api/v1/me/passport/self-declared",
            new { title = "", completedOn = "2999-01-01", hours = 0, evidenceUrl = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        foreach (var field in new[] { "title", "completedOn", "hours", "evidenceUrl" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Contains("อนาคต", errors.GetProperty("completedOn")[0].GetString());

        var tooMany = await client.PostAsJsonAsync("/api/v1/me/passport/self-declared", new { title = "x", completedOn = Today, hours = 1001 });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);

        var form = await client.SubmitFormAsync("/me/passport/learning", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.CompletedOn"] = Today, ["Input.Hours"] = "2",
        });
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.NotEmpty(Html.FieldErrors(await Html.ParseAsync(form)));

        var created = await JsonAsync(await client.PostAsJsonAsync("/api/v1/me/passport/self-declared", new { title = "ฝึกงานร้านกาแฟ", completedOn = Today, hours = 8 }));
        var id = created.GetProperty("id").GetInt32();
        var stranger = await factory.LoginAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/me/passport/self-declared/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/me/passport/learning/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/me/passport/self-declared/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_evidence_file_of_self_declared_learning_is_downloaded_by_its_owner_only()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
        var fields = new Dictionary<string, string> { ["Input.Title"] = "อบรมทำขนมไทย", ["Input.CompletedOn"] = Today, ["Input.Hours"] = "3" };
        var saved = await client.PostMultipartAsync("/me/passport/learning", fields, "Evidence", pdf, "เกียรติบัตร.pdf", "application/pdf", "main form[enctype]");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var passport = await client.GetPageAsync("/me/passport");
        var link = passport.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "เกียรติบัตร.pdf").GetAttribute("href")!;
        Assert.Matches(@"^/api/v1/me/passport/self-declared/\d+/evidence$", link);
        var download = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var file = await factory.WithDbAsync(db => db.SelfDeclaredLearning.Where(d => d.UserId == user.Id).Select(d => d.EvidenceFile).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/files/{file}")).StatusCode);
        var stranger = await factory.LoginAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task The_public_page_exists_only_while_the_learner_opts_in_and_shows_no_contact_details()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var visibility = await JsonAsync(await client.PutAsJsonAsync("/api/v1/me/passport/visibility", new { isPublic = true }));
        var url = visibility.GetProperty("publicUrl").GetString()!;

        var anonymous = factory.CreateBrowserlessClient();
        var page = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(user.Email.Split('@')[0], html);
        Assert.DoesNotContain(user.Email, html);

        await client.PutAsJsonAsync("/api/v1/me/passport/visibility", new { isPublic = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/passport/no-such-slug")).StatusCode);
    }

    [Fact]
    public async Task The_passport_downloads_as_json_and_prints_for_its_owner_only()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync());
        var json = await client.GetAsync("/me/passport.json");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.True(JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.TryGetProperty("verified", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/me/passport/print")).StatusCode);

        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/me/passport")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/passport")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/me/passport.json")).StatusCode);
    }
}
