using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Cities;

/// <summary>Who may use each write page and endpoint: anonymous, learner, coordinator of another city, coordinator of the city, admin.</summary>
public sealed class CityAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(int A, int B)> TwoCitiesAsync() =>
        (await factory.AddCityAsync(CityTestData.Unique("เมืองเอ")), await factory.AddCityAsync(CityTestData.Unique("เมืองบี")));

    private async Task<HttpClient> AsAsync(string role, params int[] cities) =>
        await factory.LoginAsync(await factory.CreateAsync(role, cities: cities));

    private static object Body(string nameTh, uint version) => new
    {
        nameTh, localGovernmentType = "TownMunicipality", provinceCode = "TH-50", version,
    };

    [Fact]
    public async Task Edit_page_redirects_anonymous_to_log_in()
    {
        var (a, _) = await TwoCitiesAsync();
        var response = await factory.CreateBrowserlessClient().GetAsync($"/cities/{a}/edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Edit_page_is_forbidden_to_a_learner()
    {
        var (a, _) = await TwoCitiesAsync();
        var response = await (await AsAsync(Roles.Learner)).GetAsync($"/cities/{a}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("ไม่มีสิทธิ์เข้าถึง", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Coordinator_cannot_open_or_post_the_edit_page_of_another_city()
    {
        var (a, b) = await TwoCitiesAsync();
        var client = await AsAsync(Roles.Coordinator, a);
        var page = await client.GetAsync($"/cities/{b}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("ไม่มีสิทธิ์เข้าถึง", await page.Content.ReadAsStringAsync());

        // A valid form (and antiforgery token) from the coordinator's own city, sent to the other city.
        var own = await client.GetPageAsync($"/cities/{a}/edit");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)own.QuerySelector("main form")!;
        var post = await client.PostFormAsync(form, $"/cities/{b}/edit", new Dictionary<string, string> { ["Input.VisionTh"] = "ถูกแก้โดยคนนอก" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("", (await factory.CityAsync(b)).Vision.Th);
    }

    [Fact]
    public async Task Coordinator_and_admin_may_open_the_edit_page()
    {
        var (a, b) = await TwoCitiesAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await AsAsync(Roles.Coordinator, a)).GetAsync($"/cities/{a}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await AsAsync(Roles.Admin)).GetAsync($"/cities/{b}/edit")).StatusCode);
    }

    [Fact]
    public async Task Api_update_authorization_matrix()
    {
        var (a, b) = await TwoCitiesAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PutAsJsonAsync($"/api/v1/cities/{a}", Body("x", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await AsAsync(Roles.Learner)).PutAsJsonAsync($"/api/v1/cities/{a}", Body("x", 1))).StatusCode);
        var coordinator = await AsAsync(Roles.Coordinator, a);
        var other = await coordinator.PutAsJsonAsync($"/api/v1/cities/{b}", Body("เปลี่ยนชื่อ", 1));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("ไม่มีสิทธิ์แก้ไข", (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PutAsJsonAsync("/api/v1/cities/999999", Body("x", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/cities/{a}", Body("เมืองเอใหม่", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await AsAsync(Roles.Admin)).PutAsJsonAsync($"/api/v1/cities/{b}", Body("เมืองบีใหม่", 1))).StatusCode);
        Assert.Equal("เมืองบีใหม่", (await factory.CityAsync(b)).Name.Th);
    }

    [Fact]
    public async Task Proposing_a_city_needs_a_signed_in_user()
    {
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/cities", Body(CityTestData.Unique("เมือง"), 0))).StatusCode);
        var page = await anonymous.GetAsync("/cities/new");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery);
        var learner = await AsAsync(Roles.Learner);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync("/cities/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await learner.PostAsJsonAsync("/api/v1/cities", Body(CityTestData.Unique("เมือง"), 0))).StatusCode);
    }

    [Fact]
    public async Task Approve_reject_and_import_api_are_for_admins_only()
    {
        var (a, _) = await TwoCitiesAsync();
        var pending = await factory.AddCityAsync(CityTestData.Unique("เมืองรอ"), status: Modules.Cities.Data.CityStatus.Pending);
        var csv = new StringContent("name_th,local_government_type,province_code\r\n", Encoding.UTF8, "text/csv");
        var callers = new (HttpClient Client, HttpStatusCode Expected)[]
        {
            (factory.CreateClient(), HttpStatusCode.Unauthorized),
            (await AsAsync(Roles.Learner), HttpStatusCode.Forbidden),
            (await AsAsync(Roles.Coordinator, a), HttpStatusCode.Forbidden),
            (await AsAsync(Roles.Coordinator, pending), HttpStatusCode.Forbidden),
        };
        foreach (var (client, expected) in callers)
        {
            Assert.Equal(expected, (await client.PostAsync($"/api/v1/cities/{pending}/approve", null)).StatusCode);
            Assert.Equal(expected, (await client.PostAsync($"/api/v1/cities/{pending}/reject", null)).StatusCode);
            Assert.Equal(expected, (await client.PostAsync("/api/v1/cities/import", csv)).StatusCode);
        }
        var admin = await AsAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/cities/{pending}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/cities/{a}/reject", null)).StatusCode);
    }

    [Fact]
    public async Task Admin_pages_are_for_admins_only()
    {
        var (a, _) = await TwoCitiesAsync();
        foreach (var url in new[] { "/admin/cities", "/admin/cities/import", "/admin/cities/import/template.csv" })
        {
            var anonymous = await factory.CreateBrowserlessClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery);
            foreach (var client in new[] { await AsAsync(Roles.Learner), await AsAsync(Roles.Coordinator, a) })
            {
                var denied = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
                Assert.StartsWith("/account/access-denied", denied.Headers.Location!.PathAndQuery);
            }
            Assert.Equal(HttpStatusCode.OK, (await (await AsAsync(Roles.Admin)).GetAsync(url)).StatusCode);
        }
    }
}
