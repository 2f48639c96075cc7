using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Identity.UserAdmin;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Administration;

public sealed class UserAdminApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_searches_users_by_email_or_name_with_paging()
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        var first = await factory.CreateAsync(email: $"a-{token}@test.example");
        var second = await factory.CreateAsync(Roles.Researcher, email: $"b-{token}@test.example");
        await factory.CreateAsync(email: $"c-{token}@test.example");
        var admin = await factory.LoginAsAdminAsync();

        var page1 = await admin.GetFromJsonAsync<Paged<UserSummaryDto>>($"/api/v1/admin/users?q={token.ToUpperInvariant()}&pageSize=2");
        Assert.Equal(3, page1!.TotalCount);
        Assert.Equal([first.Email, second.Email], page1.Items.Select(u => u.Email));
        Assert.Equal([Roles.Researcher, Roles.Learner], page1.Items[1].Roles);
        var page2 = await admin.GetFromJsonAsync<Paged<UserSummaryDto>>($"/api/v1/admin/users?q={token}&page=2&pageSize=2");
        Assert.Equal([$"c-{token}@test.example"], page2!.Items.Select(u => u.Email));

        // The display name is the part before the @ (see TestUsers): a name search finds the same person.
        var byName = await admin.GetFromJsonAsync<Paged<UserSummaryDto>>($"/api/v1/admin/users?q=B-{token}");
        Assert.Equal(second.Id, Assert.Single(byName!.Items).Id);
    }

    [Fact]
    public async Task Granted_role_shows_in_the_users_own_profile_after_they_log_in_again()
    {
        var user = await factory.CreateAsync();
        Assert.Equal([Roles.Learner], await factory.MeRolesAsync(user));
        var admin = await factory.LoginAsAdminAsync();

        var response = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = "researcher" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.Content.ReadFromJsonAsync<UserDetailDto>();
        Assert.Equal([Roles.Researcher, Roles.Learner], detail!.Roles);
        Assert.Contains(Roles.Researcher, await factory.MeRolesAsync(user));

        var revoke = await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/Researcher");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal([Roles.Learner], await factory.MeRolesAsync(user));
    }

    [Fact]
    public async Task Each_change_is_audited_with_roles_and_scopes_before_and_after()
    {
        var user = await factory.CreateAsync();
        var city = (await factory.ApprovedCityIdsAsync())[0];
        var admin = await factory.LoginAsAdminAsync();
        await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = Roles.Facilitator });
        await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/cities", new { cityId = city });
        await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/cities/{city}");
        await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/{Roles.Facilitator}");

        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "User" && e.EntityId == user.Id.ToString())
            .OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["user.role.grant", "user.city.grant", "user.city.revoke", "user.role.revoke"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(LearningCity.Common.Audit.AuditActorKind.Account, e.ActorKind));
        var grant = entries[1];
        Assert.Equal(["Facilitator", "Learner"], RolesIn(grant.Before));
        Assert.Empty(CitiesIn(grant.Before));
        Assert.Equal(["Coordinator", "Facilitator", "Learner"], RolesIn(grant.After));
        Assert.Equal([city], CitiesIn(grant.After));
        Assert.Empty(CitiesIn(entries[2].After));
        Assert.Equal(["Coordinator", "Learner"], RolesIn(entries[3].After));
    }

    [Fact]
    public async Task Granting_a_city_scope_makes_the_user_a_coordinator_of_that_city()
    {
        var user = await factory.CreateAsync();
        var cities = await factory.ApprovedCityIdsAsync();
        var admin = await factory.LoginAsAdminAsync();

        var response = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/cities", new { cityId = cities[1] });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.Content.ReadFromJsonAsync<UserDetailDto>();
        Assert.Contains(Roles.Coordinator, detail!.Roles);
        Assert.Equal(cities[1], Assert.Single(detail.Cities).CityId);
        Assert.False(string.IsNullOrEmpty(detail.Cities[0].Name));
        Assert.Contains(Roles.Coordinator, await factory.MeRolesAsync(user));

        // Revoking the role takes its scopes with it.
        await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/Coordinator");
        Assert.Empty(await factory.ScopesOfAsync(user.Id));
    }

    [Fact]
    public async Task Admin_cannot_remove_their_own_admin_role()
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        // Log-in sets the language cookie to the account's language (Thai), and the cookie wins over Accept-Language.
        await client.GetAsync("/culture/en");
        var response = await client.DeleteAsync($"/api/v1/admin/users/{admin.Id}/roles/Admin");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("cannot remove your own Admin role", problem.GetProperty("detail").GetString());
        Assert.Contains(Roles.Admin, await factory.RolesOfAsync(admin.Id));

        // Another administrator may.
        var other = await factory.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await other.DeleteAsync($"/api/v1/admin/users/{admin.Id}/roles/Admin")).StatusCode);
        Assert.DoesNotContain(Roles.Admin, await factory.RolesOfAsync(admin.Id));
    }

    [Fact]
    public async Task Learner_role_cannot_be_removed()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync("th");
        var response = await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/Learner");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ผู้เรียน", problem.GetProperty("detail").GetString());
        Assert.Contains(Roles.Learner, await factory.RolesOfAsync(user.Id));
    }

    [Fact]
    public async Task Unknown_role_and_missing_role_are_400_with_a_field_error()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        foreach (var response in new[]
                 {
                     await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = "Wizard" }),
                     await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/Wizard"),
                     await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { }),
                 })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.NotEmpty(problem.GetProperty("errors").GetProperty("role")[0].GetString()!);
        }
        var missingCity = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/cities", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missingCity.StatusCode);
        Assert.True((await missingCity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cityId", out _));
        var garbage = await admin.PostAsync($"/api/v1/admin/users/{user.Id}/roles", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal([Roles.Learner], await factory.RolesOfAsync(user.Id));
    }

    [Fact]
    public async Task Unknown_user_or_city_is_404()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        var nobody = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/users/{nobody}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/v1/admin/users/{nobody}/roles", new { role = "Judge" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/users/{nobody}/roles/Judge")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/v1/admin/users/{nobody}/cities", new { cityId = 1 })).StatusCode);
        var noCity = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/cities", new { cityId = 999_999 });
        Assert.Equal(HttpStatusCode.NotFound, noCity.StatusCode);
        Assert.Equal("This city does not exist", (await noCity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/cities/999999")).StatusCode);
    }

    [Fact]
    public async Task A_city_that_is_not_approved_cannot_be_given_to_a_coordinator()
    {
        var user = await factory.CreateAsync();
        var pending = await factory.WithDbAsync(async db =>
        {
            var city = new City { Name = new("เทศบาลทดสอบ", "Test municipality"), ProvinceCode = "TH-10", Status = CityStatus.Pending };
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            return city.Id;
        });
        var admin = await factory.LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/cities", new { cityId = pending });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await factory.ScopesOfAsync(user.Id));
        Assert.DoesNotContain(Roles.Coordinator, await factory.RolesOfAsync(user.Id));
    }

    [Fact]
    public async Task Granting_admin_to_a_user_without_two_factor_is_allowed_and_flagged()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = Roles.Judge });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.Content.ReadFromJsonAsync<UserDetailDto>();
        Assert.True(detail!.NeedsTwoFactorSetup);
        Assert.False(detail.TwoFactorEnabled);
    }

    [Fact]
    public async Task Granting_a_role_the_user_already_has_changes_nothing_and_writes_no_audit_entry()
    {
        var user = await factory.CreateAsync(Roles.Organizer);
        var admin = await factory.LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = Roles.Organizer });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == user.Id.ToString())));
    }

    [Fact]
    public async Task Simultaneous_identical_grants_give_one_change_and_never_a_server_error()
    {
        var user = await factory.CreateAsync();
        var city = (await factory.ApprovedCityIdsAsync())[4];
        var admins = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.LoginAsAdminAsync()));
        var responses = await Task.WhenAll(admins.Select(a => a.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/cities", new { cityId = city })));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"answered {(int)r.StatusCode}"));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal([city], await factory.ScopesOfAsync(user.Id));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == user.Id.ToString())));
    }

    [Fact]
    public async Task The_api_is_described_in_the_openapi_document()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/admin/users", paths);
        Assert.Contains("/api/v1/admin/users/{id}/roles/{role}", paths);
        Assert.Contains("/api/v1/admin/users/{id}/cities/{cityId}", paths);
        Assert.Contains("/api/v1/audit", paths);
    }

    private static string[] RolesIn(string? json) =>
        JsonDocument.Parse(json!).RootElement.GetProperty("Roles").EnumerateArray().Select(r => r.GetString()!).Order().ToArray();

    private static int[] CitiesIn(string? json) =>
        JsonDocument.Parse(json!).RootElement.GetProperty("Cities").EnumerateArray().Select(c => c.GetInt32()).ToArray();
}
