using LearningCity.Modules.Resources.Public;
using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Resources;

public sealed class ResourceAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> AsAsync(string role, params int[] cities) =>
        await factory.LoginAsync(await factory.CreateAsync(role, cities: cities));

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_from_every_write_page_and_get_401_from_the_api()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var id = await factory.AddResourceAsync("สาธารณะ", cityId: city);
        var anonymous = factory.CreateBrowserlessClient();
        foreach (var url in new[] { "/resources/new", $"/resources/{id}/edit", "/resources/mine", "/admin/reports", "/reports?type=resource&id=1" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
        }
        var api = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("x", city))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PutAsJsonAsync($"/api/v1/resources/{id}", ResourceTestData.ApiBody("x", version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync($"/api/v1/resources/{id}/unpublish", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/v1/reports", new { contentType = "resource", contentId = id, reason = "other" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/admin/reports")).StatusCode);
    }

    [Fact]
    public async Task A_learner_may_not_create_or_edit_resources()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var id = await factory.AddResourceAsync("ของเมือง", cityId: city);
        var learner = await AsAsync(Roles.Learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/resources/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/resources/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("x", city))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PutAsJsonAsync($"/api/v1/resources/{id}", ResourceTestData.ApiBody("x", version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync($"/api/v1/resources/{id}/unpublish", new { version = 1 })).StatusCode);
        var page = await learner.GetPageAsync($"/resources/{id}");
        Assert.Null(page.QuerySelector("#unpublish-form"));
        Assert.Equal(PublicationStatus.Published, (await factory.ResourceAsync(id)).Status);
    }

    [Fact]
    public async Task Coordinator_of_one_city_cannot_publish_for_another_city()
    {
        var a = await factory.AddCityAsync(CityTestData.Unique("เมืองเอ"));
        var b = await factory.AddCityAsync(CityTestData.Unique("เมืองบี"));
        var ofB = await factory.AddResourceAsync("ของเมืองบี", cityId: b);
        var coordinator = await AsAsync(Roles.Coordinator, a);

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("x", b))).StatusCode);
        var form = await coordinator.SubmitFormAsync("/resources/new", ResourceTestData.FormFields("ปลอมเป็นเมืองบี", b));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/resources/{ofB}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync($"/api/v1/resources/{ofB}", ResourceTestData.ApiBody("x", version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/resources/{ofB}/unpublish", new { version = 1 })).StatusCode);
        // Moving one's own resource to another city is refused too.
        var ofA = await factory.AddResourceAsync("ของเมืองเอ", cityId: a);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync($"/api/v1/resources/{ofA}", ResourceTestData.ApiBody("x", b, version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.SubmitFormAsync($"/resources/{ofA}/edit", new Dictionary<string, string> { ["Publisher"] = $"city:{b}" })).StatusCode);
        Assert.Equal(a, (await factory.ResourceAsync(ofA)).CityId);
        Assert.Equal("ของเมืองบี", (await factory.ResourceAsync(ofB)).Title.Th);
    }

    [Fact]
    public async Task Coordinator_creates_and_edits_for_their_own_city()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var created = await client.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("ผ่าน API", city));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/resources/{id}", ResourceTestData.ApiBody("แก้ผ่าน API", version: 1))).StatusCode);
        var page = await client.SubmitFormAsync("/resources/new", ResourceTestData.FormFields("ผ่านหน้าเว็บ", city));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var pageId = ResourceTestData.ResourceIdFrom(page);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync($"/resources/{pageId}/edit", new Dictionary<string, string> { ["Input.TitleEn"] = "Via the page" })).StatusCode);
        Assert.Equal("Via the page", (await factory.ResourceAsync(pageId)).Title.En);
        Assert.Equal("แก้ผ่าน API", (await factory.ResourceAsync(id)).Title.Th);
    }

    [Fact]
    public async Task Organizer_publishes_for_their_organisation_only()
    {
        var member = await factory.AddOrganisationAsync("มูลนิธิสมาชิก");
        var other = await factory.AddOrganisationAsync("มูลนิธิอื่น");
        var client = await factory.LoginAsync(await factory.OrganizerOfAsync(member));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("ขององค์กร", organisationId: member))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("ไม่ใช่ขององค์กร", organisationId: other))).StatusCode);
        var ofOther = await factory.AddResourceAsync("ขององค์กรอื่น", organisationId: other);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/resources/{ofOther}/edit")).StatusCode);
        var page = await client.SubmitFormAsync("/resources/new", ResourceTestData.FormFields("ผ่านหน้าเว็บ", organisationId: member));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(member, (await factory.ResourceAsync(ResourceTestData.ResourceIdFrom(page))).OrganisationId);
    }

    [Fact]
    public async Task Admin_may_publish_for_any_city_and_organisation()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var org = await factory.AddOrganisationAsync("องค์กรใด ๆ");
        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("ของเมือง", city))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("ขององค์กร", organisationId: org))).StatusCode);
        var id = await factory.AddResourceAsync("แก้โดยผู้ดูแล", cityId: city);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/resources/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/resources/{id}/unpublish", new { version = 1 })).StatusCode);
    }

    [Fact]
    public async Task Moderation_pages_and_endpoints_are_for_admins_only()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        foreach (var client in new[] { await AsAsync(Roles.Learner), await AsAsync(Roles.Coordinator, city) })
        {
            var page = await client.GetAsync("/admin/reports");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/reports")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/admin/reports/1/dismiss", new { note = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/admin/reports/1/remove-content", new { note = "x" })).StatusCode);
        }
        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/v1/admin/reports/999999/dismiss", new { note = "x" })).StatusCode);
    }
}
