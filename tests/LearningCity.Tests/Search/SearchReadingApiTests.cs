using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;
using static LearningCity.Tests.Search.SearchReadingTestData;
using static LearningCity.Tests.Search.SearchTestHelpers;

namespace LearningCity.Tests.Search;

/// <summary>What the search API says about how it read a query: a corrected slip, most of the words, places it names.</summary>
public sealed class SearchReadingApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_one_letter_slip_in_Thai_typed_together_is_answered_with_the_words_the_content_has()
    {
        var school = await factory.PublishSpaceAsync(School);
        var client = factory.CreateClient();

        var slip = await client.SearchAsync(Q(SchoolSlip));
        Assert.Equal(SchoolCorrected, slip.GetProperty("didYouMean").GetString());
        Assert.Equal(school, slip.Urls()[0]);
        Assert.Equal("โรงเรียน", (await client.SearchAsync(Q("โรงเรีน"))).GetProperty("didYouMean").GetString());

        var right = await client.SearchAsync(Q(SchoolCorrected));
        Assert.Equal(JsonValueKind.Null, right.GetProperty("didYouMean").ValueKind);
        Assert.Equal(school, right.Urls()[0]);
    }

    [Fact]
    public async Task An_English_slip_is_corrected_to_the_word_as_items_write_it_not_its_stem()
    {
        var library = await factory.PublishSpaceAsync("ห้องสมุดริมโขง", nameEn: "Mekong Riverside Library");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var slip = await client.SearchAsync(Q("mekong libary"));
        Assert.Equal("mekong library", slip.GetProperty("didYouMean").GetString());
        Assert.Equal(library, slip.Urls()[0]);
    }

    [Fact]
    public async Task Words_that_never_stand_in_one_item_find_the_items_with_most_of_them_and_say_so()
    {
        var observatory = await factory.PublishSpaceAsync(Observatory);
        var puppets = await factory.PublishSpaceAsync(Puppets);
        var client = factory.CreateClient();

        var both = await client.SearchAsync(Q(ObservatoryAndPuppets));
        Assert.True(both.GetProperty("relaxed").GetBoolean());
        // Items that have only a word one letter away may follow; the two that have a word as typed come first.
        Assert.Equal(new[] { observatory, puppets }.Order(), both.Urls().Take(2).Order());

        var one = await client.SearchAsync(Q("หุ่นกระบอก"));
        Assert.False(one.GetProperty("relaxed").GetBoolean());
        Assert.Equal(puppets, one.Urls()[0]);
    }

    [Fact]
    public async Task An_English_province_name_offers_the_province_until_it_is_filtered_on()
    {
        var library = await factory.PublishSpaceAsync(UbonLibrary, "TH-34", 15.23, 104.86);
        var client = factory.CreateClient();

        var named = await client.SearchAsync(Q("Ubon Ratchathani"));
        var place = Assert.Single(named.GetProperty("places").EnumerateArray());
        Assert.Equal("province", place.GetProperty("facetKey").GetString());
        Assert.Equal("TH-34", place.GetProperty("value").GetString());
        Assert.Equal("อุบลราชธานี", place.GetProperty("label").GetString());
        Assert.Contains(library, named.Urls());

        Assert.Contains("TH-34", (await client.SearchAsync(Q("ห้องอ่านหนังสือ อุบล"))).GetProperty("places").EnumerateArray().Select(p => p.GetProperty("value").GetString()));
        Assert.Empty((await client.SearchAsync(Q("Ubon Ratchathani") + "&province=TH-34")).GetProperty("places").EnumerateArray());
        Assert.Empty((await client.SearchAsync(Q("ห้องอ่านหนังสือ"))).GetProperty("places").EnumerateArray());

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await client.SearchAsync(Q("อุบล"));
        Assert.Equal("Ubon Ratchathani", english.GetProperty("places")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_did_you_mean_relaxed_and_places()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var properties = doc.GetProperty("components").GetProperty("schemas").GetProperty("SearchResponse").GetProperty("properties");
        foreach (var name in new[] { "didYouMean", "relaxed", "places", "totalIsEstimate", "items" })
            Assert.True(properties.TryGetProperty(name, out _), name);
        foreach (var name in new[] { "didYouMean", "relaxed", "places" })
            Assert.False(string.IsNullOrWhiteSpace(properties.GetProperty(name).GetProperty("description").GetString()), name);
        var offer = doc.GetProperty("components").GetProperty("schemas").GetProperty("SearchPlaceOffer").GetProperty("properties");
        foreach (var name in new[] { "facetKey", "value", "label" })
            Assert.True(offer.TryGetProperty(name, out _), name);
    }
}
