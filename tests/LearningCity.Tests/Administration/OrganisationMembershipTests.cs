using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Identity.UserAdmin;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Administration;

/// <summary>Memberships make an organizer a publisher for an organisation; they are granted and revoked like city scopes.</summary>
public sealed class OrganisationMembershipTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Granted_membership_lets_a_learner_publish_a_space_for_the_organisation_until_it_is_revoked()
    {
        var org = await factory.AddOrganisationAsync($"มูลนิธิสวนเมือง {OrganisationTestData.Token()}");
        var user = await factory.CreateAsync();
        var before = await factory.LoginAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await before.PostAsJsonAsync("/api/v1/spaces", OrganisationTestData.ParkFor(org))).StatusCode);

        var admin = await factory.LoginAsAdminAsync();
        var grant = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = org });
        Assert.Equal(HttpStatusCode.OK, grant.StatusCode);
        var detail = (await grant.Content.ReadFromJsonAsync<UserDetailDto>())!;
        Assert.Equal([Roles.Organizer, Roles.Learner], detail.Roles);
        Assert.Equal(org, Assert.Single(detail.Organisations).OrganisationId);
        Assert.StartsWith("มูลนิธิสวนเมือง", detail.Organisations[0].Name);

        // The role reaches the user with their next cookie (a new log-in here; on the site within a minute).
        var organizer = await factory.LoginAsync(user);
        var created = await organizer.PostAsJsonAsync("/api/v1/spaces", OrganisationTestData.ParkFor(org));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(org, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organisationId").GetInt32());

        var revoke = await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/organisations/{org}");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Empty((await revoke.Content.ReadFromJsonAsync<UserDetailDto>())!.Organisations);
        // Membership is read from the database on every request: the same cookie is refused at once.
        Assert.Equal(HttpStatusCode.Forbidden, (await organizer.PostAsJsonAsync("/api/v1/spaces", OrganisationTestData.ParkFor(org))).StatusCode);
        Assert.Contains(Roles.Organizer, await factory.RolesOfAsync(user.Id));

        var audit = await factory.AuditOfAsync("User", user.Id);
        Assert.Equal(["user.organisation.grant", "user.organisation.revoke"], audit.Select(e => e.Action));
        Assert.Empty(OrganisationsIn(audit[0].Before));
        Assert.DoesNotContain("Organizer", RolesIn(audit[0].Before));
        Assert.Equal([org], OrganisationsIn(audit[0].After));
        Assert.Contains("Organizer", RolesIn(audit[0].After));
        Assert.Equal([org], OrganisationsIn(audit[1].Before));
        Assert.Empty(OrganisationsIn(audit[1].After));
    }

    [Fact]
    public async Task Revoking_the_organizer_role_removes_every_membership()
    {
        var first = await factory.AddOrganisationAsync($"สมาคมหนึ่ง {OrganisationTestData.Token()}");
        var second = await factory.AddOrganisationAsync($"สมาคมสอง {OrganisationTestData.Token()}");
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = first });
        await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = second });
        Assert.Equal([first, second], await factory.MembershipsOfAsync(user.Id));
        var organizer = await factory.LoginAsync(user);
        Assert.Equal(HttpStatusCode.Created, (await organizer.PostAsJsonAsync("/api/v1/spaces", OrganisationTestData.ParkFor(second))).StatusCode);

        var revoke = await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/Organizer");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Empty(await factory.MembershipsOfAsync(user.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await organizer.PostAsJsonAsync("/api/v1/spaces", OrganisationTestData.ParkFor(second))).StatusCode);
        var last = (await factory.AuditOfAsync("User", user.Id))[^1];
        Assert.Equal("user.role.revoke", last.Action);
        Assert.Equal([first, second], OrganisationsIn(last.Before));
        Assert.Empty(OrganisationsIn(last.After));
    }

    [Fact]
    public async Task Granting_twice_changes_nothing_and_writes_no_second_audit_entry()
    {
        var org = await factory.AddOrganisationAsync($"ชมรมซ้ำ {OrganisationTestData.Token()}");
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = org })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = org })).StatusCode);
        Assert.Single(await factory.AuditOfAsync("User", user.Id));
        Assert.Equal([org], await factory.MembershipsOfAsync(user.Id));
    }

    [Fact]
    public async Task Missing_or_unknown_organisation_and_unknown_user_are_refused()
    {
        var org = await factory.AddOrganisationAsync($"มูลนิธิมีอยู่ {OrganisationTestData.Token()}");
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync("th");

        var missing = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("โปรดเลือกองค์กร", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("organisationId")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = 0 })).StatusCode);

        var unknown = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = 999_999 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ไม่พบองค์กรนี้", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/organisations/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/v1/admin/users/{Guid.NewGuid()}/organisations", new { organisationId = org })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/users/{Guid.NewGuid()}/organisations/{org}")).StatusCode);
        Assert.Equal([Roles.Learner], await factory.RolesOfAsync(user.Id));
        Assert.Empty(await factory.AuditOfAsync("User", user.Id));
    }

    [Fact]
    public async Task Admin_grants_and_revokes_a_membership_with_the_user_page_forms_and_sees_it_in_the_list()
    {
        var name = $"ห้องสมุดชุมชน {OrganisationTestData.Token()}";
        var org = await factory.AddOrganisationAsync(name);
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        var url = $"/admin/users/{user.Id}";
        var page = await admin.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#no-organisations"));
        Assert.NotNull(page.QuerySelector($"#organisation-select option[value='{org}']"));

        var grant = await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["organisationId"] = org.ToString() }, "#grant-organisation");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        page = await admin.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#access-notice"));
        Assert.Contains(name, page.QuerySelector($"#memberships li[data-organisation='{org}']")!.TextContent);
        Assert.NotNull(page.QuerySelector("#revoke-Organizer"));
        Assert.Null(page.QuerySelector($"#organisation-select option[value='{org}']"));
        var row = Assert.Single((await admin.GetPageAsync($"/admin/users?q={user.Email}")).QuerySelectorAll("#user-results tbody tr"));
        Assert.Contains(name, row.QuerySelector(".user-organisations")!.TextContent);

        // Submitting without a choice is refused with a message, not an error page.
        await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["organisationId"] = "" }, "#grant-organisation");
        Assert.Contains("Please choose an organisation", (await admin.GetPageAsync(url)).QuerySelector("#access-error")!.TextContent);

        await admin.SubmitFormAsync(url, new Dictionary<string, string>(), $"#revoke-organisation-{org}");
        Assert.Empty(await factory.MembershipsOfAsync(user.Id));
        Assert.NotNull((await admin.GetPageAsync(url)).QuerySelector("#no-organisations"));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == user.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["user.organisation.grant", "user.organisation.revoke"], actions);
    }

    private static string[] RolesIn(string? json) =>
        JsonDocument.Parse(json!).RootElement.GetProperty("Roles").EnumerateArray().Select(r => r.GetString()!).ToArray();

    private static int[] OrganisationsIn(string? json) =>
        JsonDocument.Parse(json!).RootElement.GetProperty("Organisations").EnumerateArray().Select(c => c.GetInt32()).ToArray();
}
