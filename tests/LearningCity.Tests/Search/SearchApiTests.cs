using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using static LearningCity.Tests.Search.SearchTestHelpers;

namespace LearningCity.Tests.Search;

public sealed class SearchApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> AnonymousAsync()
    {
        await factory.SearchCaughtUpAsync();
        return factory.CreateClient();
    }

    [Fact]
    public async Task Demo_cities_are_found_by_a_Thai_word_inside_their_names()
    {
        var client = await AnonymousAsync();
        var chiangMai = await factory.DemoCityIdAsync(CityTestData.ChiangMai);
        var r = await client.SearchAsync(Q("เชียงใหม่") + "&type=city");
        // Other tests in this class add cities too; the demo city is the best match.
        Assert.Equal($"/cities/{chiangMai}", r.Urls()[0]);
        var hit = r.GetProperty("items")[0];
        Assert.Equal("เทศบาลนคร<mark>เชียงใหม่</mark>", hit.GetProperty("titleHtml").GetString());
        Assert.Equal("city", hit.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Facets_count_the_demo_cities_and_a_province_filter_narrows_the_hits()
    {
        var client = await AnonymousAsync();
        var all = await client.SearchAsync(Q("เทศบาลนคร") + "&type=city&pageSize=50");
        var provinces = all.GetProperty("facets").GetProperty("province").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, provinces["TH-50"]);
        Assert.Equal(1, provinces["TH-40"]);
        Assert.Equal(1, provinces["TH-95"]);
        Assert.False(provinces.ContainsKey("TH-24")); // a town (เทศบาลเมือง), not a city municipality
        Assert.Equal(provinces.Values.Sum(), all.GetProperty("totalCount").GetInt32());
        Assert.False(all.GetProperty("totalIsEstimate").GetBoolean()); // a few matches are always counted exactly
        var label = all.GetProperty("facets").GetProperty("province").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "TH-50");
        Assert.Equal("เชียงใหม่", label.GetProperty("label").GetString());

        var filtered = await client.SearchAsync(Q("เทศบาลนคร") + "&type=city&province=TH-50&province=TH-40");
        var expected = new[] { await factory.DemoCityIdAsync(CityTestData.ChiangMai), await factory.DemoCityIdAsync(CityTestData.KhonKaen) };
        Assert.Equal(expected.Select(id => $"/cities/{id}").Order(), filtered.Urls().Order());
        var selected = filtered.GetProperty("facets").GetProperty("province").EnumerateArray()
            .Where(f => f.GetProperty("selected").GetBoolean()).Select(f => f.GetProperty("value").GetString()).Order();
        Assert.Equal(["TH-40", "TH-50"], selected);
    }

    [Fact]
    public async Task English_callers_get_English_titles_and_labels()
    {
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var r = await client.SearchAsync(Q("municipality chiang"));
        Assert.Equal("<mark>Chiang</mark> Mai City <mark>Municipality</mark>", r.GetProperty("items")[0].GetProperty("titleHtml").GetString());
        Assert.Equal("Chiang Mai", r.GetProperty("facets").GetProperty("province")[0].GetProperty("label").GetString());
        Assert.Equal("Learning city", r.GetProperty("facets").GetProperty("type")[0].GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("\"ห้องสมุด")]
    [InlineData("AND OR NOT ( ) * ? ~ ^ : \\")]
    [InlineData("title:เชียงใหม่ AND (x OR y)^3~2")]
    [InlineData("😀👍🏽")]
    [InlineData("เชียงใหม่Chiang Mai ขอนแก่น123")]
    [InlineData("*")]
    [InlineData("   ")]
    public async Task Malformed_queries_are_answered_not_rejected(string text)
    {
        var client = await AnonymousAsync();
        var response = await client.GetAsync("/api/v1/search?" + Q(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var longText = string.Concat(Enumerable.Repeat(text + "ก", 2000 / (text.Length + 1) + 1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?" + Q(longText))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search/suggest?" + Q(text))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?" + Q(text))).StatusCode);
    }

    [Theory]
    [InlineData("lat=91&lon=100", "lat")]
    [InlineData("lat=abc&lon=100", "lat")]
    [InlineData("lat=18&lon=100&radiusKm=-1", "radiusKm")]
    [InlineData("lat=18", "lon")]
    [InlineData("radiusKm=5", "radiusKm")]
    [InlineData("sort=distance", "sort")]
    [InlineData("sort=popular", "sort")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Bad_parameters_are_field_errors_in_the_callers_language(string query, string field)
    {
        var client = await AnonymousAsync();
        var thai = await client.GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, thai.StatusCode);
        var errors = (await thai.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), errors.ToString());
        Assert.Matches("[ก-๙]", messages[0].GetString()!);

        var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?" + query);
        english.Headers.AcceptLanguage.ParseAdd("en");
        var body = await (await client.SendAsync(english)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotMatch("[ก-๙]", body.GetProperty("errors").GetProperty(field)[0].GetString()!);
    }

    [Fact]
    public async Task A_city_edited_through_the_api_is_found_by_its_new_name_and_not_its_old_one()
    {
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var created = await admin.PostAsJsonAsync("/api/v1/cities", new { nameTh = "เทศบาลตำบลแม่ริมน้ำใส", localGovernmentType = "SubdistrictMunicipality", provinceCode = "TH-50" });
        var city = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = city.GetProperty("id").GetInt32();
        var client = await AnonymousAsync();
        Assert.Equal([$"/cities/{id}"], (await client.SearchAsync(Q("น้ำใส"))).Urls());

        var update = await admin.PutAsJsonAsync($"/api/v1/cities/{id}", new
        {
            nameTh = "เทศบาลตำบลโป่งแยงสร้างสรรค์", nameEn = "Pong Yaeng Creative", localGovernmentType = "SubdistrictMunicipality",
            provinceCode = "TH-50", visionTh = "ชุมชนเกษตรอินทรีย์ที่เรียนรู้ร่วมกัน", version = city.GetProperty("version").GetUInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        await factory.SearchCaughtUpAsync();
        Assert.DoesNotContain($"/cities/{id}", (await client.SearchAsync(Q("น้ำใส"))).Urls());
        Assert.Equal([$"/cities/{id}"], (await client.SearchAsync(Q("โป่งแยง"))).Urls());
        Assert.Equal([$"/cities/{id}"], (await client.SearchAsync(Q("creative อินทรีย์"))).Urls());
    }

    [Fact]
    public async Task A_proposal_is_not_found_until_approved_and_a_rejected_city_disappears()
    {
        var proposer = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        var proposed = await proposer.PostAsJsonAsync("/api/v1/cities", new { nameTh = "เทศบาลตำบลบ่อสร้างร่ม", localGovernmentType = "SubdistrictMunicipality", provinceCode = "TH-50" });
        var id = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var client = await AnonymousAsync();
        Assert.DoesNotContain($"/cities/{id}", (await client.SearchAsync(Q("บ่อสร้าง"))).Urls());

        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/cities/{id}/approve", null)).StatusCode);
        await factory.SearchCaughtUpAsync();
        Assert.Equal([$"/cities/{id}"], (await client.SearchAsync(Q("บ่อสร้าง"))).Urls());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/cities/{id}/reject", null)).StatusCode);
        await factory.SearchCaughtUpAsync();
        Assert.DoesNotContain($"/cities/{id}", (await client.SearchAsync(Q("บ่อสร้าง"))).Urls());
    }

    [Fact]
    public async Task Suggestions_offer_titles_that_start_with_what_was_typed()
    {
        var client = await AnonymousAsync();
        var suggestions = await client.GetFromJsonAsync<JsonElement>("/api/v1/search/suggest?" + Q("ขอนแ"));
        Assert.Equal(CityTestData.KhonKaen, suggestions[0].GetProperty("text").GetString());
        var html = await client.GetStringAsync("/search/suggest?" + Q("ขอนแ"));
        Assert.Contains(CityTestData.KhonKaen, html);
    }

    [Fact]
    public async Task Only_admins_may_ask_for_a_rebuild_and_the_index_answers_the_same_afterwards()
    {
        var client = await AnonymousAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/search/rebuild", null)).StatusCode);
        var learner = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsync("/api/v1/search/rebuild", null)).StatusCode);

        var before = (await client.SearchAsync("pageSize=100")).GetProperty("totalCount").GetInt32();
        var id = await factory.AddCityAsync("เทศบาลเมืองนอกบันทึก"); // written without a change-log row: only a rebuild finds it
        await factory.SearchCaughtUpAsync();
        Assert.DoesNotContain($"/cities/{id}", (await client.SearchAsync(Q("นอกบันทึก"))).Urls());

        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var response = await admin.PostAsync("/api/v1/search/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await factory.SearchCaughtUpAsync();
        Assert.Equal([$"/cities/{id}"], (await client.SearchAsync(Q("นอกบันทึก"))).Urls());
        Assert.True((await client.SearchAsync("pageSize=100")).GetProperty("totalCount").GetInt32() >= before + 1);
    }

    [Fact]
    public async Task The_search_api_is_described_in_the_OpenAPI_document()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/search", "/api/v1/search/suggest", "/api/v1/search/rebuild" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var search = paths.GetProperty("/api/v1/search").GetProperty("get");
        Assert.Contains("Search", search.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var parameters = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var name in new[] { "q", "province", "sort", "lat", "lon", "radiusKm", "openNow", "openCalls", "page", "pageSize" })
            Assert.Contains(name, parameters);
    }
}
