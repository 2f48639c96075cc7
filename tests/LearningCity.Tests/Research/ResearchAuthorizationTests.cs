using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Research;

public sealed class ResearchAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Anonymous_visitors_and_learners_cannot_add_research_but_researchers_and_admins_can()
    {
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/research", ResearchTestData.Body())).StatusCode);

        var learner = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Learner));
        var refused = await learner.PostAsJsonAsync("/api/v1/research", ResearchTestData.Body());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("ไม่มีสิทธิ์", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/research/new")).StatusCode);

        var coordinator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/research", ResearchTestData.Body())).StatusCode);

        var researcher = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var created = await researcher.CreateResearchAsync(ResearchTestData.Body(), publish: false);
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await researcher.GetAsync("/research/new")).StatusCode);

        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        await admin.CreateResearchAsync(ResearchTestData.Body());
    }

    [Fact]
    public async Task Another_researcher_may_not_edit_an_item_but_an_admin_may_and_every_change_is_audited()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var created = await author.CreateResearchAsync(ResearchTestData.Body());
        var id = created.Id();

        var other = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var body = ResearchTestData.Body();
        body["version"] = created.Version();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/v1/research/{id}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/research/{id}/unpublish", new { version = created.Version() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.DeleteAsync($"/api/v1/research/{id}?version={created.Version()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/research/{id}/edit")).StatusCode);

        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        body["titleTh"] = "ชื่อที่ผู้ดูแลแก้ไข";
        var edited = await admin.PutAsJsonAsync($"/api/v1/research/{id}", body);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var version = (await edited.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Version();
        Assert.Equal(HttpStatusCode.OK, (await author.PostAsJsonAsync($"/api/v1/research/{id}/unpublish", new { version })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/research/{id}?version={version + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/api/v1/research/{id}")).StatusCode);

        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "ResearchItem" && e.EntityId == id.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["research.create", "research.update", "research.unpublish", "research.delete"], actions);
    }

    [Fact]
    public async Task Drafts_are_seen_only_by_their_author_and_admins()
    {
        var author = await factory.CreateAsync(Roles.Researcher);
        var authorClient = await factory.ApiClientAsync(author);
        var draft = await authorClient.CreateResearchAsync(ResearchTestData.Body(), publish: false);
        var id = draft.Id();

        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/research/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/research/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/research/{id}/bibtex")).StatusCode);
        var other = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/research/{id}")).StatusCode);
        // Searched by its own title, the list has other items with most of its words, never the draft.
        var list = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"/api/v1/research?q={Uri.EscapeDataString(draft.GetProperty("title").GetProperty("th").GetString()!)}");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);

        Assert.Equal(HttpStatusCode.OK, (await authorClient.GetAsync($"/research/{id}")).StatusCode);
        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/research/{id}")).StatusCode);
        var mine = await (await factory.LoginAsync(author)).GetPageAsync("/research/mine");
        Assert.Single(mine.QuerySelectorAll("tr.my-research-item[data-status='Draft']"));
    }
}
