using LearningCity.Modules.Resources.Public;
using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Spaces;

public sealed class SpaceAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(int CityA, int CityB, int SpaceB)> CitiesAsync()
    {
        var a = await factory.AddCityAsync(CityTestData.Unique("เมืองเอ"));
        var b = await factory.AddCityAsync(CityTestData.Unique("เมืองบี"));
        return (a, b, await factory.AddSpaceAsync(CityTestData.Unique("พื้นที่เมืองบี"), cityId: b));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_the_api_answers_401()
    {
        var (_, b, space) = await CitiesAsync();
        var client = factory.CreateBrowserlessClient();
        foreach (var url in new[] { "/spaces/new", $"/spaces/{space}/edit" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(b))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutJsonAsync($"/api/v1/spaces/{space}", SpaceTestData.ValidBody(b, version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"/api/v1/spaces/{space}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task Learner_may_not_create_or_edit_spaces()
    {
        var (_, b, space) = await CitiesAsync();
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/spaces/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/spaces/{space}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(b))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutJsonAsync($"/api/v1/spaces/{space}", SpaceTestData.ValidBody(b, version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/spaces/{space}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task Coordinator_of_city_A_cannot_publish_for_city_B_but_can_for_their_own()
    {
        var (a, b, spaceB) = await CitiesAsync();
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [a]));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/spaces/{spaceB}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(b))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutJsonAsync($"/api/v1/spaces/{spaceB}", SpaceTestData.ValidBody(a, version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/spaces/{spaceB}/unpublish", null)).StatusCode);
        var token = Html.AntiforgeryToken(await client.GetPageAsync("/spaces/new"))!; // B's page has no form for them
        var page = await client.PostAsync($"/spaces/{spaceB}?handler=Unpublish", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(PublicationStatus.Published, (await factory.SpaceAsync(spaceB)).Status);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/spaces/new")).StatusCode);
        var created = await client.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(a));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ownSpace = await factory.AddSpaceAsync(CityTestData.Unique("พื้นที่เมืองเอ"), cityId: a);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/spaces/{ownSpace}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/spaces/{ownSpace}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task Organizer_member_may_publish_for_the_organisation_and_a_non_member_may_not()
    {
        var (org, member) = await factory.OrganisationWithMemberAsync();
        var space = await factory.AddSpaceAsync(CityTestData.Unique("พื้นที่มูลนิธิ"), organisationId: org);
        var memberClient = await factory.LoginAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync($"/spaces/{space}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await memberClient.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(null, org))).StatusCode);

        var outsider = await factory.LoginAsync(await factory.CreateAsync(Roles.Organizer));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/spaces/{space}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(null, org))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsync($"/api/v1/spaces/{space}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task Admin_may_edit_any_space()
    {
        var (_, b, space) = await CitiesAsync();
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/spaces/{space}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(b))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/v1/spaces/{space}", SpaceTestData.ValidBody(b, version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/spaces/{space}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task Drafts_are_invisible_to_the_public_and_visible_to_their_publisher()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองร่าง"));
        var name = CityTestData.Unique("พื้นที่ฉบับร่าง");
        var draft = await factory.AddSpaceAsync(name, cityId: city, status: PublicationStatus.Draft);
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/spaces/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/spaces/{draft}")).StatusCode);
        Assert.DoesNotContain(name, await anonymous.GetStringAsync("/spaces?province=TH-50"));
        Assert.DoesNotContain(name, await anonymous.GetStringAsync("/api/v1/spaces/geojson"));
        Assert.DoesNotContain(name, await anonymous.GetStringAsync("/spaces/map"));

        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/spaces/{draft}")).StatusCode);
        var publish = await coordinator.PostAsync($"/spaces/{draft}?handler=Publish", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Html.AntiforgeryToken(await coordinator.GetPageAsync($"/spaces/{draft}"))!)]));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/spaces/{draft}")).StatusCode);
    }
}
