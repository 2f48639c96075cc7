using LearningCity.Modules.Resources.Public;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Resources;

public sealed class ResourcePublishingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Drafts_are_invisible_to_the_public_but_visible_to_their_publisher()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var title = $"ฉบับร่างลับ {Guid.NewGuid():N}";
        var draft = await factory.AddResourceAsync(title, cityId: city, status: PublicationStatus.Draft);
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/resources/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/resources/{draft}")).StatusCode);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync($"/resources?city={city}"));
        Assert.DoesNotContain(title, await anonymous.GetStringAsync($"/api/v1/resources?city={city}"));
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/resources/{draft}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/resources/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/resources/{draft}")).StatusCode);
        var mine = await coordinator.GetPageAsync("/resources/mine");
        Assert.Contains(mine.QuerySelectorAll(".my-resource"), row => row.TextContent.Contains(title) && row.GetAttribute("data-status") == "Draft");
    }

    [Fact]
    public async Task Publisher_publishes_and_unpublishes_with_buttons_and_each_change_is_audited()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var created = await coordinator.SubmitFormAsync("/resources/new", ResourceTestData.FormFields("เผยแพร่ด้วยปุ่ม", city));
        var id = ResourceTestData.ResourceIdFrom(created);
        Assert.Equal(PublicationStatus.Draft, (await factory.ResourceAsync(id)).Status);

        var published = await coordinator.SubmitFormAsync($"/resources/{id}", new Dictionary<string, string>(), "#publish-form");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var resource = await factory.ResourceAsync(id);
        Assert.Equal(PublicationStatus.Published, resource.Status);
        Assert.NotNull(resource.PublishedOn);
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/resources/{id}")).StatusCode);
        Assert.Contains("เผยแพร่ด้วยปุ่ม", await anonymous.GetStringAsync($"/resources?city={city}"));

        var unpublished = await coordinator.SubmitFormAsync($"/resources/{id}", new Dictionary<string, string>(), "#unpublish-form");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(PublicationStatus.Unpublished, (await factory.ResourceAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/resources/{id}")).StatusCode);

        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "LearningResource" && e.EntityId == id.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["resource.create", "resource.publish", "resource.unpublish"], actions);
        var publish = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "resource.publish" && e.EntityId == id.ToString()));
        Assert.Equal("Draft", JsonDocument.Parse(publish.Before!).RootElement.GetProperty("Status").GetString());
        Assert.Equal("Published", JsonDocument.Parse(publish.After!).RootElement.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Api_publishes_and_unpublishes_and_refuses_a_stale_version_with_409()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var created = await (await coordinator.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("ผ่าน API", city))).JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/resources/{id}")).StatusCode);

        var published = await coordinator.PostAsJsonAsync($"/api/v1/resources/{id}/publish", new { version = 1 });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(2u, (await published.JsonAsync()).GetProperty("version").GetUInt32());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/v1/resources/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/resources/{id}/publish", new { version = 2 })).StatusCode);

        var stale = await coordinator.PutAsJsonAsync($"/api/v1/resources/{id}", ResourceTestData.ApiBody("เก่า", version: 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2u, (await stale.JsonAsync()).GetProperty("currentVersion").GetUInt32());
        Assert.Equal("ผ่าน API", (await factory.ResourceAsync(id)).Title.Th);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/resources/{id}/unpublish", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/resources/{id}/unpublish", new { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/resources/{id}")).StatusCode);
    }

    [Fact]
    public async Task Editing_a_form_someone_else_saved_first_answers_409_and_keeps_the_input()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var id = await factory.AddResourceAsync("ต้นฉบับ", cityId: city);
        var page = await coordinator.GetPageAsync($"/resources/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/resources/{id}", ResourceTestData.ApiBody("คนอื่นบันทึกก่อน", version: 1))).StatusCode);

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        var response = await coordinator.PostFormAsync(form, $"/resources/{id}/edit", new Dictionary<string, string> { ["Input.TitleTh"] = "ของฉัน" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var again = await Html.ParseAsync(response);
        Assert.Contains(Html.FieldErrors(again), e => e.Contains("มีผู้อื่นแก้ไข"));
        Assert.Equal("ของฉัน", ((AngleSharp.Html.Dom.IHtmlInputElement)again.QuerySelector("#Input_TitleTh")!).Value);
        Assert.Equal("คนอื่นบันทึกก่อน", (await factory.ResourceAsync(id)).Title.Th);
        // A second save, made knowingly, goes through.
        var overwrite = await coordinator.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)again.QuerySelector("main form")!, $"/resources/{id}/edit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("ของฉัน", (await factory.ResourceAsync(id)).Title.Th);
    }

    [Fact]
    public async Task Bad_input_gives_localized_field_errors_on_the_page_and_400_in_the_api()
    {
        var (city, coordinator, _) = await factory.CoordinatorAsync();
        var fields = ResourceTestData.FormFields("", city);
        fields["Input.LinkUrl"] = "javascript:alert(1)";
        fields["Input.Licence"] = "stolen";
        var response = await coordinator.SubmitFormAsync("/resources/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Html.FieldErrors(await Html.ParseAsync(response));
        Assert.Contains("โปรดกรอกชื่อเรื่อง (ภาษาไทย)", errors);
        Assert.Contains(errors, e => e.StartsWith("ลิงก์ ต้องเป็นที่อยู่เว็บ", StringComparison.Ordinal));
        Assert.Contains("ค่าของ สัญญาอนุญาต ไม่ถูกต้อง", errors);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/resources")
        {
            Content = JsonContent.Create(new { titleTh = "", type = "Poem", language = "th", licence = "CC-BY-4.0", cityId = city, linkUrl = "file:///etc/passwd", topics = new[] { "no-such-topic" } }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var api = await factory.ApiClientAsync(await factory.CreateAsync(Common.Auth.Roles.Coordinator, cities: [city]));
        var bad = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = (await bad.JsonAsync()).GetProperty("errors");
        Assert.Equal("Title (Thai) is required", problem.GetProperty("titleTh")[0].GetString());
        Assert.True(problem.TryGetProperty("type", out _));
        Assert.True(problem.TryGetProperty("linkUrl", out _));
        var noPublisher = await api.PostAsJsonAsync("/api/v1/resources", ResourceTestData.ApiBody("ไม่มีผู้เผยแพร่"));
        Assert.Equal(HttpStatusCode.BadRequest, noPublisher.StatusCode);
        var unknownTopic = await api.PostAsJsonAsync("/api/v1/resources", new { titleTh = "หัวข้อผิด", type = "Article", cityId = city, topics = new[] { "no-such-topic" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownTopic.StatusCode);
        Assert.True((await unknownTopic.JsonAsync()).GetProperty("errors").TryGetProperty("topics", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync("/api/v1/resources/999999", ResourceTestData.ApiBody("x", version: 1))).StatusCode);
    }
}
