using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Cities;

public sealed class CityProfileTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Profile_shows_the_city_in_Thai_with_Buddhist_Era_years_and_a_safe_website_link()
    {
        var id = await factory.DemoCityIdAsync(CityTestData.ChiangMai);
        var page = await factory.CreateClient().GetPageAsync($"/cities/{id}");
        Assert.Equal(CityTestData.ChiangMai, page.QuerySelector("#city-name")!.TextContent.Trim());
        Assert.Equal("พ.ศ. 2565", page.QuerySelector("#city-joined")!.TextContent.Trim());
        Assert.Equal("พ.ศ. 2565", page.QuerySelector("#city-unesco")!.TextContent.Trim());
        Assert.Contains("ล้านนา", page.QuerySelector("#city-vision")!.TextContent);
        Assert.Contains("learning@chiangmai.example", page.QuerySelector("#city-contact")!.TextContent);
        Assert.NotNull(page.QuerySelector(".demo-badge"));
        var link = page.QuerySelector("a[href='https://www.cmcity.go.th']")!;
        Assert.Contains("noopener", link.GetAttribute("rel"));
        Assert.Null(page.QuerySelector("#edit-city"));
    }

    [Fact]
    public async Task Profile_in_English_shows_English_text_and_Gregorian_years_and_falls_back_to_Thai()
    {
        var id = await factory.DemoCityIdAsync(CityTestData.ChiangMai);
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync("/culture/en");
        var page = await client.GetPageAsync($"/cities/{id}");
        Assert.Equal("Chiang Mai City Municipality", page.QuerySelector("#city-name")!.TextContent.Trim());
        Assert.Equal("2022", page.QuerySelector("#city-joined")!.TextContent.Trim());
        // The challenges of this demo city exist only in Thai.
        Assert.Contains("ผู้สูงอายุ", page.QuerySelector("#city-challenges")!.TextContent);
    }

    [Fact]
    public async Task A_pending_city_is_visible_to_its_proposer_and_admins_but_not_to_other_users()
    {
        var proposer = await factory.CreateAsync(Roles.Learner);
        var id = await factory.AddCityAsync(CityTestData.Unique("เมืองที่เสนอ"), status: CityStatus.Pending, proposedBy: proposer.Id);
        var asProposer = await (await factory.LoginAsync(proposer)).GetPageAsync($"/cities/{id}");
        Assert.NotNull(asProposer.QuerySelector("#city-status"));
        var asAdmin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await asAdmin.GetAsync($"/cities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await asAdmin.GetAsync($"/api/v1/cities/{id}")).StatusCode);
        var other = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/cities/{id}")).StatusCode);
    }

    [Fact]
    public async Task Edit_link_shows_only_to_those_who_may_edit()
    {
        var cityA = await factory.AddCityAsync(CityTestData.Unique("เมืองเอ"));
        var cityB = await factory.AddCityAsync(CityTestData.Unique("เมืองบี"));
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityA]));
        Assert.NotNull((await coordinator.GetPageAsync($"/cities/{cityA}")).QuerySelector("#edit-city"));
        Assert.Null((await coordinator.GetPageAsync($"/cities/{cityB}")).QuerySelector("#edit-city"));
        var learner = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Null((await learner.GetPageAsync($"/cities/{cityA}")).QuerySelector("#edit-city"));
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        Assert.NotNull((await admin.GetPageAsync($"/cities/{cityB}")).QuerySelector("#edit-city"));
    }

    [Fact]
    public async Task Unknown_city_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/cities/987654")).StatusCode);
    }
}
