using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Research;

public sealed class ResearchPersonalDataTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_researchers_data_lists_their_items_and_deleting_the_account_keeps_the_items_without_the_link()
    {
        var user = await factory.CreateAsync(Roles.Researcher);
        var client = await factory.ApiClientAsync(user);
        var id = (await client.CreateResearchAsync(ResearchTestData.Body(titleTh: CityTestData.Unique("งานของนักวิจัย")))).Id();

        var data = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/data", TestContext.Current.CancellationToken);
        Assert.Equal(id, data.GetProperty("research")[0].GetProperty("id").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/delete", new { password = user.Password }, TestContext.Current.CancellationToken)).StatusCode);
        var createdBy = await factory.WithDbAsync(db => db.ResearchItems.Where(r => r.Id == id).Select(r => r.CreatedBy).SingleAsync());
        Assert.Equal(Guid.Empty, createdBy);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().GetAsync($"/research/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_research_api()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/research", paths.Select(p => p.TrimEnd('/')));
        Assert.Contains("/api/v1/research/{id}/bibtex", paths);
        Assert.Contains("/api/v1/research/{id}/ris", paths);
        Assert.Contains("/api/v1/research/export/bibtex", paths);
    }
}
