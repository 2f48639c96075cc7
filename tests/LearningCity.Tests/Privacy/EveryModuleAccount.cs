using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Identity;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Privacy;

/// <summary>Import files of more than two rows become background jobs, so the account can own an import job.</summary>
public sealed class PrivacyFactory : AppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Import:BackgroundThresholdRows", "2"), new("Import:PollSeconds", "0.1")];
}

/// <summary>
/// An account that has left something in every module, made through the real endpoints: registered and confirmed by
/// e-mail; given by an admin the roles of coordinator (of its own city), judge, researcher, reviewer, organizer and
/// admin; then a learner, organiser, publisher, reporter, moderator, proposer, researcher, assessor, reviewer,
/// applicant, judge and secretariat (see the step classes). <see cref="FiguresAsync"/> reads, as another admin, the
/// aggregate figures that its deletion must not change.
/// </summary>
internal sealed record EveryModuleAccount(TestUser User, string DisplayName, HttpClient Client, HttpClient Admin, AccountFigures Figures)
{
    public PersonTraces Traces => new(User.Id, User.Email, DisplayName);

    public Task<string> FiguresAsync() => Figures.ReadAsync(Admin);

    /// <summary>What a module's steps need: the app, the account's client and another admin's.</summary>
    public sealed record Parts(PrivacyFactory Factory, HttpClient Client, HttpClient Admin);

    public static async Task<EveryModuleAccount> CreateAsync(PrivacyFactory factory)
    {
        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        var (user, name) = await RegisterAsync(factory);
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองของผู้ลบบัญชี"));
        await factory.WithDbAsync(db => db.Cities.Where(c => c.Id == city).ExecuteUpdateAsync(u => u.SetProperty(c => c.Population, 50_000)));
        var organisation = await factory.AddOrganisationAsync(CityTestData.Unique("มูลนิธิทดสอบ"));
        user = await WithTwoFactorAsync(factory, user);
        foreach (var role in new[] { Roles.Coordinator, Roles.Judge, Roles.Researcher, Roles.Reviewer, Roles.Organizer, Roles.Admin })
            (await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/cities", new { cityId = city })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = organisation })).EnsureSuccessStatusCode();
        var client = await factory.ApiClientAsync(user);

        var account = new AccountInModules(factory, user, name, client, admin, city);
        var figures = new AccountFigures(city, await LearnerSteps.RunAsync(account), await AssessmentSteps.RunAsync(account), await AwardSteps.RunAsync(account));
        await PublisherSteps.RunAsync(account);
        // An author of the Academy (as an admin): the course keeps only the author's id.
        var course = await client.PostAsJsonAsync("/api/v1/academy/courses", Academy.AcademyTestData.Body());
        Assert.True(course.StatusCode == HttpStatusCode.Created, await course.Content.ReadAsStringAsync());
        await MentoringStepsAsync(factory, client, admin, city);
        // A learner of the Academy: enrolled on their own published course and through it to completion (certificate, passport hours).
        var authored = await course.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var courseId = authored.GetProperty("id").GetInt32();
        (await client.PostAsync($"/api/v1/academy/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/v1/academy/courses/{courseId}/enrolment", new { })).EnsureSuccessStatusCode();
        foreach (var lesson in authored.GetProperty("modules")[0].GetProperty("lessons").EnumerateArray())
            (await client.PostAsync($"/api/v1/academy/courses/{courseId}/lessons/{lesson.GetProperty("id").GetInt32()}/done", null)).EnsureSuccessStatusCode();
        await ForumSteps.RunAsync(new Parts(factory, client, admin));
        await WaitForMailAsync(factory, user.Email);
        return new EveryModuleAccount(user, name, client, admin, figures);
    }

    /// <summary>
    /// Mentoring, as the coordinator of the city: makes it willing to mentor, asks a willing city to mentor it (an admin
    /// accepts), records a meeting and a note: named in a pair, its requester, the recorder of its meeting and note.
    /// </summary>
    private static async Task MentoringStepsAsync(PrivacyFactory factory, HttpClient client, HttpClient admin, int city)
    {
        (await client.PutAsJsonAsync($"/api/v1/mentoring/cities/{city}/willingness", new { willing = true })).EnsureSuccessStatusCode();
        var mentor = await factory.AddCityAsync(CityTestData.Unique("เมืองพี่เลี้ยงของผู้ลบบัญชี"));
        (await admin.PutAsJsonAsync($"/api/v1/mentoring/cities/{mentor}/willingness", new { willing = true })).EnsureSuccessStatusCode();
        var requested = await client.PostAsJsonAsync("/api/v1/mentoring/requests", new { mentorCityId = mentor, menteeCityId = city, indicators = new[] { "A1.1" } });
        Assert.True(requested.StatusCode == HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
        var pair = (await requested.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        (await admin.PostAsync($"/api/v1/mentoring/pairs/{pair}/accept", null)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{pair}/meetings", new { date = "2026-01-15", notes = "ประชุมเรื่องศูนย์เรียนรู้" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{pair}/notes", new { text = "ส่งแผนงานก่อนประชุมครั้งหน้า" })).EnsureSuccessStatusCode();
    }

    /// <summary>Registers through the API (a Thai display name) and confirms the address with the e-mailed link.</summary>
    private static async Task<(TestUser User, string Name)> RegisterAsync(PrivacyFactory factory)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (email, name) = ($"leaving-{tag}@test.example", $"ผู้ขอลบ ข้อมูล{tag}");
        var anonymous = factory.CreateBrowserlessClient();
        var registered = await anonymous.PostAsJsonAsync("/api/v1/account/register", new
        {
            email, displayName = name, password = AccountForms.Password, preferredLanguage = "th", provinceCode = "TH-50", birthYear = 1990, acceptTerms = true,
        });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        var link = Mailbox.LinkIn(await factory.Mailbox.WaitForAsync(email), "/account/confirm-email");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(AccountForms.PathOf(link))).StatusCode);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (new TestUser(id, email, AccountForms.Password, null), name);
    }

    /// <summary>Admins and judges must use two-factor authentication; the key is set as the two-factor page would.</summary>
    private static async Task<TestUser> WithTwoFactorAsync(PrivacyFactory factory, TestUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = (await users.FindByIdAsync(user.Id.ToString()))!;
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        return user with { AuthenticatorKey = await users.GetAuthenticatorKeyAsync(account) };
    }

    /// <summary>Every mail to the person has been written to the pickup folder, so its deletion must remove the files too.</summary>
    private static async Task WaitForMailAsync(PrivacyFactory factory, string email)
    {
        for (var i = 0; i < 150; i++)
        {
            if (!await factory.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == email && e.SentAt == null))) return;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new Xunit.Sdk.XunitException($"Mail to {email} was not sent within 15 s");
    }
}

/// <summary>What the step classes need: the host, the person's API client, an admin's, and the person's own city.</summary>
internal sealed record AccountInModules(PrivacyFactory Factory, TestUser User, string DisplayName, HttpClient Client, HttpClient Admin, int CityId);
