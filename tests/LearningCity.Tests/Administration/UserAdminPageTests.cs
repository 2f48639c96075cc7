using System.Net;
using AngleSharp.Html.Dom;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Administration;

public sealed class UserAdminPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_finds_users_by_email_or_name_and_pages_through_them()
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        for (var i = 0; i < 21; i++) await factory.CreateAsync(email: $"p{i:00}-{token}@test.example");
        var other = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();

        var page1 = await admin.GetPageAsync($"/admin/users?q={token}");
        var rows = page1.QuerySelectorAll("#user-results tbody tr");
        Assert.Equal(20, rows.Length);
        Assert.Contains($"p00-{token}@test.example", rows[0].TextContent);
        Assert.DoesNotContain(other.Email, page1.QuerySelector("#user-results")!.TextContent);
        var next = page1.QuerySelector("#user-results a[rel=next]")!.GetAttribute("href")!;
        var page2 = await admin.GetPageAsync(next);
        Assert.Contains($"p20-{token}@test.example", Assert.Single(page2.QuerySelectorAll("#user-results tbody tr")).TextContent);
        Assert.NotNull(page2.QuerySelector("#user-results a[rel=prev]"));

        var byName = await admin.GetPageAsync($"/admin/users?q=P05-{token.ToUpperInvariant()}");
        var row = Assert.Single(byName.QuerySelectorAll("#user-results tbody tr"));
        Assert.Contains("Learner", row.TextContent);
        var none = await admin.GetPageAsync($"/admin/users?q=nobody-{token}");
        Assert.Empty(none.QuerySelectorAll("#user-results tbody tr"));
    }

    [Fact]
    public async Task List_shows_roles_and_city_scopes()
    {
        var city = (await factory.ApprovedCityIdsAsync())[2];
        var coordinator = await factory.CreateAsync(Roles.Coordinator, cities: [city]);
        var cityName = await factory.WithDbAsync(db => db.Cities.Where(c => c.Id == city).Select(c => c.Name.En).SingleAsync());
        var admin = await factory.LoginAsAdminAsync();
        var page = await admin.GetPageAsync($"/admin/users?q={coordinator.Email}");
        var row = Assert.Single(page.QuerySelectorAll("#user-results tbody tr")).TextContent;
        Assert.Contains("City coordinator", row);
        Assert.Contains(cityName!, row);
    }

    [Fact]
    public async Task Admin_grants_and_revokes_a_role_with_the_page_forms()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        var url = $"/admin/users/{user.Id}";

        var grant = await admin.SubmitFormAsync(url, new Dictionary<string, string>(), "#grant-Researcher");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Equal(url, grant.Headers.Location!.OriginalString);
        var page = await admin.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#access-notice"));
        Assert.NotNull(page.QuerySelector("#revoke-Researcher"));
        Assert.Contains(Roles.Researcher, await factory.RolesOfAsync(user.Id));
        Assert.Contains(Roles.Researcher, await factory.MeRolesAsync(user));

        await admin.SubmitFormAsync(url, new Dictionary<string, string>(), "#revoke-Researcher");
        Assert.DoesNotContain(Roles.Researcher, await factory.RolesOfAsync(user.Id));
        Assert.NotNull((await admin.GetPageAsync(url)).QuerySelector("#grant-Researcher"));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == user.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["user.role.grant", "user.role.revoke"], actions);
    }

    [Fact]
    public async Task Admin_gives_a_learner_a_city_and_so_the_coordinator_role()
    {
        var user = await factory.CreateAsync();
        var city = (await factory.ApprovedCityIdsAsync())[3];
        var admin = await factory.LoginAsAdminAsync();
        var url = $"/admin/users/{user.Id}";

        await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["cityId"] = city.ToString() }, "#grant-city");
        Assert.Equal([city], await factory.ScopesOfAsync(user.Id));
        Assert.Contains(Roles.Coordinator, await factory.RolesOfAsync(user.Id));
        var page = await admin.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector($"#city-scopes [data-city='{city}']"));
        // A city already given is no longer offered.
        Assert.Null(page.QuerySelector($"#city-select option[value='{city}']"));

        await admin.SubmitFormAsync(url, new Dictionary<string, string>(), $"#revoke-city-{city}");
        Assert.Empty(await factory.ScopesOfAsync(user.Id));
        Assert.NotNull((await admin.GetPageAsync(url)).QuerySelector("#no-cities"));
    }

    [Fact]
    public async Task Granting_without_choosing_a_city_shows_a_message()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        var url = $"/admin/users/{user.Id}";
        await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["cityId"] = "" }, "#grant-city");
        Assert.Equal("Please choose a city", (await admin.GetPageAsync(url)).QuerySelector("#access-error")!.TextContent.Trim());
        Assert.Empty(await factory.ScopesOfAsync(user.Id));
    }

    [Fact]
    public async Task Page_refuses_to_remove_the_admins_own_admin_role_with_a_message()
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        await client.GetAsync("/culture/en");
        var url = $"/admin/users/{admin.Id}";
        var response = await client.SubmitFormAsync(url, new Dictionary<string, string>(), "#revoke-Admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(url);
        Assert.Contains("You cannot remove your own Admin role", page.QuerySelector("#access-error")!.TextContent);
        Assert.Contains(Roles.Admin, await factory.RolesOfAsync(admin.Id));
    }

    [Fact]
    public async Task Page_refuses_to_remove_the_learner_role_and_an_unknown_role()
    {
        var user = await factory.CreateAsync(Roles.Organizer);
        var admin = await factory.LoginAsAdminAsync("th");
        var url = $"/admin/users/{user.Id}";
        var page = await admin.GetPageAsync(url);
        Assert.Null(page.QuerySelector("#revoke-Learner"));
        var form = (IHtmlFormElement)page.QuerySelector("#revoke-Organizer")!;

        await admin.PostFormAsync(form, url, new Dictionary<string, string> { ["role"] = "Learner" });
        Assert.Contains("ผู้เรียน", (await admin.GetPageAsync(url)).QuerySelector("#access-error")!.TextContent);
        await admin.PostFormAsync(form, url, new Dictionary<string, string> { ["role"] = "Wizard" });
        Assert.Contains("Wizard", (await admin.GetPageAsync(url)).QuerySelector("#access-error")!.TextContent);
        Assert.Equal([Roles.Learner, Roles.Organizer], (await factory.RolesOfAsync(user.Id)).Order());
    }

    [Fact]
    public async Task Page_warns_when_an_admin_or_judge_has_no_two_factor()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        var url = $"/admin/users/{user.Id}";
        Assert.Null((await admin.GetPageAsync(url)).QuerySelector("#two-factor-warning"));
        await admin.SubmitFormAsync(url, new Dictionary<string, string>(), "#grant-Admin");
        Assert.Contains(Roles.Admin, await factory.RolesOfAsync(user.Id));
        Assert.Contains("two-factor", (await admin.GetPageAsync(url)).QuerySelector("#two-factor-warning")!.TextContent);

        // At their next log-in the new admin is taken to set up two-factor before using the role.
        var client = await factory.LoginAsync(user);
        var response = await client.GetAsync("/admin/users");
        Assert.Equal("/account/two-factor?required=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Role_forms_without_the_antiforgery_token_are_rejected()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.LoginAsAdminAsync();
        var response = await admin.PostAsync($"/admin/users/{user.Id}?handler=GrantRole",
            new FormUrlEncodedContent([new("role", Roles.Admin)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Roles.Admin, await factory.RolesOfAsync(user.Id));
    }

    [Fact]
    public async Task Unknown_user_page_is_404()
    {
        var admin = await factory.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{Guid.NewGuid()}")).StatusCode);
    }
}
