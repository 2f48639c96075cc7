using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Credentials.CredentialVerificationTests;

namespace LearningCity.Tests.Credentials;

public sealed class CredentialRevocationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_issuing_city_revokes_and_verification_then_says_revoked()
    {
        var (credential, _, cityId, _) = await factory.NewCredentialAsync();
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var response = await coordinator.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "ออกผิดคน" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var result = await VerifyAsync(factory.CreateClient(), credential.Jwt);
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("revocation", FailedCheck(result));
        Assert.Contains("ออกผิดคน", result.GetProperty("checks").EnumerateArray().Last().GetProperty("message").GetString());
        Assert.True((await factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/credentials/{credential.Id}/status")).GetProperty("revoked").GetBoolean());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "credentials.revoke" && e.EntityId == credential.Id.ToString())));
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "อีกครั้ง" })).StatusCode);
    }

    [Fact]
    public async Task Another_city_a_learner_and_an_anonymous_caller_may_not_revoke()
    {
        var (credential, learner, _, _) = await factory.NewCredentialAsync();
        var otherCity = await factory.AddCityAsyncForCredentials();
        var other = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [otherCity]));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "x" })).StatusCode);
        var holder = await factory.LoginAsync(learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await holder.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "x" })).StatusCode);
        var anonymous = await factory.CreateBrowserlessClient().PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "x" });
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.True((await VerifyAsync(factory.CreateClient(), credential.Jwt)).GetProperty("valid").GetBoolean());
        Assert.DoesNotContain("revoke-credential", await holder.GetStringAsync(credential.Url));
    }

    [Fact]
    public async Task Revoking_without_a_reason_is_a_localized_field_error_and_unknown_ids_are_404()
    {
        var (credential, _, cityId, _) = await factory.NewCredentialAsync();
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var response = await coordinator.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("โปรดกรอกเหตุผล", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/credentials/{Guid.NewGuid()}/revoke", new { reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_issuer_revokes_with_the_button_on_the_credential_page()
    {
        var (credential, _, cityId, _) = await factory.NewCredentialAsync();
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var response = await coordinator.SubmitFormAsync(credential.Url, new Dictionary<string, string> { ["Reason"] = "ไม่ผ่านเกณฑ์" }, "form[action*='handler=Revoke']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coordinator.GetPageAsync(credential.Url);
        Assert.Contains("ไม่ผ่านเกณฑ์", page.QuerySelector("#credential-status")!.TextContent);
    }

    [Fact]
    public async Task Only_an_admin_revokes_a_credential_of_a_national_achievement()
    {
        var achievementId = await factory.AddAchievementAsync(null);
        var credential = await factory.IssueAsync(achievementId, await factory.CreateAsync());
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [await factory.AddCityAsyncForCredentials()]));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "x" })).StatusCode);
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "x" })).StatusCode);
    }
}
