using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Modules.Identity.Organisations;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Administration;

/// <summary>Creating, editing, finding and reading partner organisations, through the pages and the API.</summary>
public sealed class OrganisationAdminTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_creates_and_edits_an_organisation_with_the_pages_and_both_are_audited()
    {
        var token = OrganisationTestData.Token();
        var admin = await factory.LoginAsAdminAsync();
        var created = await admin.SubmitFormAsync("/admin/organisations/new", new Dictionary<string, string>
        {
            ["Input.NameTh"] = $"  มูลนิธิการเรียนรู้ {token} ",
            ["Input.NameEn"] = "Learning Foundation",
            ["Input.Website"] = "https://learning.example.org",
        }, "#organisation-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        Assert.Matches(@"^/admin/organisations/\d+$", url);
        var id = int.Parse(url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var detail = await admin.GetPageAsync(url);
        Assert.Equal("Learning Foundation", detail.QuerySelector("#organisation-name")!.TextContent.Trim());
        Assert.NotNull(detail.QuerySelector("#no-members"));
        Assert.Equal($"มูลนิธิการเรียนรู้ {token}", (await factory.OrganisationAsync(id)).Name.Th);

        var edited = await admin.SubmitFormAsync($"{url}/edit", new Dictionary<string, string>
        {
            ["Input.NameEn"] = "",
            ["Input.Website"] = "http://new.example.org",
        }, "#organisation-form");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var organisation = await factory.OrganisationAsync(id);
        Assert.Null(organisation.Name.En);
        Assert.Equal("http://new.example.org", organisation.Website);

        var audit = await factory.AuditOfAsync("Organisation", id);
        Assert.Equal(["organisation.create", "organisation.update"], audit.Select(e => e.Action));
        Assert.Null(audit[0].Before);
        Assert.Contains("Learning Foundation", audit[0].After);
        Assert.Contains("https://learning.example.org", audit[1].Before);
        Assert.Contains("http://new.example.org", audit[1].After);
        Assert.All(audit, e => Assert.Equal(LearningCity.Common.Audit.AuditActorKind.Account, e.ActorKind));
    }

    [Theory]
    [InlineData("th", "โปรดกรอกชื่อองค์กร (ภาษาไทย)", "เว็บไซต์ ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://")]
    [InlineData("en", "Name in Thai is required", "Website must be a web address starting with http:// or https://")]
    public async Task Page_form_without_a_thai_name_or_with_a_bad_website_shows_field_errors(string language, string required, string badUrl)
    {
        var admin = await factory.LoginAsAdminAsync(language);
        var before = await factory.WithDbAsync(db => db.Organisations.CountAsync());
        var response = await admin.SubmitFormAsync("/admin/organisations/new", new Dictionary<string, string>
        {
            ["Input.NameTh"] = "   ",
            ["Input.NameEn"] = "Nameless",
            ["Input.Website"] = "javascript:alert(1)",
        }, "#organisation-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Html.FieldErrors(await Html.ParseAsync(response));
        Assert.Contains(required, errors);
        Assert.Contains(badUrl, errors);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Organisations.CountAsync()));

        var id = await factory.AddOrganisationAsync($"สมาคมแก้ไม่ได้ {OrganisationTestData.Token()}");
        var edit = await admin.SubmitFormAsync($"/admin/organisations/{id}/edit",
            new Dictionary<string, string> { ["Input.Website"] = "ftp://files.example.org" }, "#organisation-form");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains(badUrl, Html.FieldErrors(await Html.ParseAsync(edit)));
        Assert.Null((await factory.OrganisationAsync(id)).Website);
    }

    [Theory]
    [InlineData("th", "โปรดกรอกชื่อองค์กร (ภาษาไทย)", "เว็บไซต์ ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://")]
    [InlineData("en", "Name in Thai is required", "Website must be a web address starting with http:// or https://")]
    public async Task Api_answers_400_with_localized_field_errors(string language, string required, string badUrl)
    {
        var admin = await factory.LoginAsAdminAsync(language);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new { nameTh = "", website = "data:text/html,hi" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(required, errors.GetProperty("nameTh")[0].GetString());
        Assert.Equal(badUrl, errors.GetProperty("website")[0].GetString());

        var id = await factory.AddOrganisationAsync($"ชมรมทดสอบ {OrganisationTestData.Token()}");
        var put = await admin.PutAsJsonAsync($"/api/v1/admin/organisations/{id}", new { nameTh = "  ", nameEn = new string('x', 301) });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var putErrors = (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(putErrors.TryGetProperty("nameTh", out _));
        Assert.True(putErrors.TryGetProperty("nameEn", out _));
        Assert.True(putErrors.TryGetProperty("version", out _));
        var garbage = await admin.PostAsync("/api/v1/admin/organisations", new StringContent("{nope", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task Api_creates_reads_and_updates_an_organisation()
    {
        var token = OrganisationTestData.Token();
        var admin = await factory.LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/organisations",
            new { nameTh = $"ห้องสมุดเครือข่าย {token}", nameEn = " ", website = "https://library.example.org" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<OrganisationDetailDto>())!;
        Assert.Equal($"/api/v1/admin/organisations/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Null(created.NameEn);
        Assert.Equal(created.NameTh, created.Name);
        Assert.Empty(created.Members);

        var read = await admin.GetFromJsonAsync<OrganisationDetailDto>($"/api/v1/admin/organisations/{created.Id}");
        Assert.Equal("https://library.example.org", read!.Website);

        var put = await admin.PutAsJsonAsync($"/api/v1/admin/organisations/{created.Id}",
            new { nameTh = $"ห้องสมุดเครือข่าย {token}", nameEn = "Library Network", version = created.Version });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = (await put.Content.ReadFromJsonAsync<OrganisationDetailDto>())!;
        Assert.Equal("Library Network", updated.Name);
        Assert.Null(updated.Website);
        Assert.Equal(["organisation.create", "organisation.update"], (await factory.AuditOfAsync("Organisation", created.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task Unknown_organisation_is_404_and_a_duplicate_thai_name_is_409()
    {
        var name = $"มูลนิธิซ้ำ {OrganisationTestData.Token()}";
        var existing = await factory.AddOrganisationAsync(name);
        var other = await factory.AddOrganisationAsync($"มูลนิธิอื่น {OrganisationTestData.Token()}");
        var admin = await factory.LoginAsAdminAsync();

        var missing = await admin.GetAsync("/api/v1/admin/organisations/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("This organisation does not exist", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/v1/admin/organisations/999999", new { nameTh = "ไม่มี", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/organisations/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/organisations/999999/edit")).StatusCode);

        var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new { nameTh = $" {name} " });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("already exists", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var renamed = await admin.PutAsJsonAsync($"/api/v1/admin/organisations/{other}", new { nameTh = name, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, renamed.StatusCode);
        // Saving an organisation under its own name is no conflict.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/organisations/{existing}", new { nameTh = name, nameEn = "Same", version = 1 })).StatusCode);

        var page = await admin.SubmitFormAsync("/admin/organisations/new", new Dictionary<string, string> { ["Input.NameTh"] = name }, "#organisation-form");
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("An organisation with this Thai name already exists.", Html.FieldErrors(await Html.ParseAsync(page)));
    }

    [Fact]
    public async Task Admin_searches_organisations_with_paging_and_sees_member_counts()
    {
        var token = OrganisationTestData.Token();
        var ids = new List<int>();
        for (var i = 0; i < 22; i++) ids.Add(await factory.AddOrganisationAsync($"เครือข่าย {token} {i:00}", $"Network {token.ToUpperInvariant()} {i:00}"));
        var member = await factory.CreateAsync(Roles.Organizer);
        await factory.WithDbAsync(async db =>
        {
            db.OrganisationMemberships.Add(new() { UserId = member.Id, OrganisationId = ids[0], GrantedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
            return await db.SaveChangesAsync();
        });
        var admin = await factory.LoginAsAdminAsync();

        var page1 = await admin.GetPageAsync($"/admin/organisations?q={token}");
        var rows = page1.QuerySelectorAll("#organisation-results tbody tr");
        Assert.Equal(20, rows.Length);
        Assert.Equal("1", rows[0].QuerySelector(".member-count")!.TextContent.Trim());
        Assert.Equal("0", rows[1].QuerySelector(".member-count")!.TextContent.Trim());
        var next = page1.QuerySelector("#organisation-results a[rel=next]")!.GetAttribute("href")!;
        var page2 = await admin.GetPageAsync(next);
        Assert.Equal(2, page2.QuerySelectorAll("#organisation-results tbody tr").Length);
        Assert.Empty((await admin.GetPageAsync($"/admin/organisations?q=nothing-{token}")).QuerySelectorAll("#organisation-results tbody tr"));

        // English names are found whatever their case.
        var api = await admin.GetFromJsonAsync<Paged<OrganisationSummaryDto>>($"/api/v1/admin/organisations?q=network {token}&pageSize=5&page=5");
        Assert.Equal(22, api!.TotalCount);
        Assert.Equal(2, api.Items.Count);
        var first = await admin.GetFromJsonAsync<Paged<OrganisationSummaryDto>>($"/api/v1/admin/organisations?q={token} 00");
        Assert.Equal(1, Assert.Single(first!.Items).MemberCount);
    }

    [Fact]
    public async Task Detail_page_lists_the_members_with_links_to_their_pages()
    {
        var id = await factory.AddOrganisationAsync($"มูลนิธิสมาชิก {OrganisationTestData.Token()}");
        var member = await factory.CreateAsync(Roles.Organizer);
        var admin = await factory.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/admin/users/{member.Id}/organisations", new { organisationId = id })).StatusCode);

        var page = await admin.GetPageAsync($"/admin/organisations/{id}");
        var item = Assert.Single(page.QuerySelectorAll("#members li"));
        Assert.Equal($"/admin/users/{member.Id}", item.QuerySelector("a.member-link")!.GetAttribute("href"));
        Assert.Contains(member.Email, item.TextContent);
        var api = await admin.GetFromJsonAsync<OrganisationDetailDto>($"/api/v1/admin/organisations/{id}");
        Assert.Equal(member.Id, Assert.Single(api!.Members).UserId);
    }
}
