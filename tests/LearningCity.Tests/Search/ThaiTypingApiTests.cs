using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using static LearningCity.Tests.Search.SearchTestHelpers;

namespace LearningCity.Tests.Search;

/// <summary>The rules of reading Thai typing through the public API, on the demo content of each database.</summary>
public sealed class ThaiTypingApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> AnonymousAsync()
    {
        await factory.SearchCaughtUpAsync();
        return factory.CreateClient();
    }

    [Theory]
    [InlineData("ทน.เชียงใหม่")]          // an abbreviation typed against the name, as Thai people write it
    [InlineData("เทศบาลนคร Chiang Mai")]  // the province in English
    [InlineData("เทศบาลนครเชียงใหม")]     // a letter left out
    [InlineData("city municipality เชียงใหม่")] // the English of เทศบาลนคร
    public async Task The_demo_city_of_Chiang_Mai_is_the_first_hit_however_it_is_typed(string typed)
    {
        var client = await AnonymousAsync();
        var chiangMai = await factory.DemoCityIdAsync(CityTestData.ChiangMai);
        var r = await client.SearchAsync(Q(typed) + "&type=city");
        Assert.Equal($"/cities/{chiangMai}", r.Urls()[0]);
    }

    [Fact]
    public async Task A_slip_is_answered_with_the_corrected_query_and_a_province_with_its_facet()
    {
        var client = await AnonymousAsync();
        var slip = await client.SearchAsync(Q("ขอนแกน") + "&type=city");
        Assert.Equal("ขอนแก่น", slip.GetProperty("didYouMean").GetString());
        Assert.NotEmpty(slip.Urls());

        var place = await client.SearchAsync(Q("Khon Kaen") + "&type=city");
        Assert.Contains(place.GetProperty("places").EnumerateArray(), p => p.GetProperty("value").GetString() == "TH-40");
    }
}
