using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Booster;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Platform;

/// <summary>The home page is built from live data: what is on, the figures, the pillars' entries, the latest winners and results.</summary>
public sealed class HomePageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_activity_published_for_this_week_shows_on_the_home_page_and_in_its_province_only()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองหน้าแรก"), provinceCode: "TH-58");
        using var api = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var body = ActivityTestData.Body(factory, city, titleTh: CityTestData.Unique("เวิร์กช็อปสัปดาห์นี้"));
        body["sessions"] = new[] { ActivityTestData.Session(factory.Now().AddDays(2)) };
        var id = (await api.CreateActivityAsync(body)).GetProperty("id").GetInt32();

        var inProvince = await factory.CreateClient().GetPageAsync("/?province=TH-58");
        Assert.Equal([$"/activities/{id}"], inProvince.QuerySelectorAll("#upcoming h3 a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("TH-58", inProvince.QuerySelector("#home-province option[selected]")?.GetAttribute("value"));

        // Without a province, the demo seed's activities elsewhere are on too.
        var everywhere = await factory.CreateClient().GetPageAsync("/");
        Assert.Contains(everywhere.QuerySelectorAll("#upcoming h3 a"), a => a.GetAttribute("href") != $"/activities/{id}");
    }

    [Fact]
    public async Task Every_pillar_card_links_to_a_page_that_opens_or_says_it_is_coming_soon()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/");
        var cards = page.QuerySelectorAll("#pillars .pillar");
        Assert.Equal(6, cards.Length);
        foreach (var card in cards)
        {
            var link = card.QuerySelector("a[href]");
            if (link is null)
            {
                Assert.NotNull(card.QuerySelector(".coming-soon"));
                continue;
            }
            var answer = await client.GetAsync(link.GetAttribute("href"), TestContext.Current.CancellationToken);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{link.GetAttribute("href")} answered {(int)answer.StatusCode}");
        }
        Assert.Equal(1, page.QuerySelectorAll("#pillars .coming-soon").Length);
    }

    [Fact]
    public async Task The_latest_award_winners_assessment_results_and_research_of_the_demo_seed_are_listed_in_Thai()
    {
        var page = await factory.CreateClient().GetPageAsync("/");
        Assert.NotEmpty(page.QuerySelectorAll("#latest-winners li a[href^='/awards/cycles/']"));
        Assert.NotEmpty(page.QuerySelectorAll("#latest-results li a[href^='/assessment/cities/']"));
        Assert.NotEmpty(page.QuerySelectorAll("#latest-research li a[href^='/research/']"));
        Assert.NotEmpty(page.QuerySelectorAll("#home-provinces li a[href^='/cities?province=TH-']"));
        Assert.Contains("ได้รับรางวัล", page.QuerySelector("#latest-winners")!.TextContent);
    }

    [Fact]
    public async Task Network_figures_count_the_published_activities()
    {
        var before = await ActivitiesFigureAsync();
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองตัวเลข"));
        using var api = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        await api.CreateActivityAsync(ActivityTestData.Body(factory, city));
        Assert.Equal(before + 1, await ActivitiesFigureAsync());
    }

    [Theory]
    [InlineData("/?province=XX-99")]
    [InlineData("/?lat=abc&lon=100")]
    [InlineData("/?lat=500&lon=999")]
    [InlineData("/?lat=18.79&lon=98.98")]
    public async Task Odd_home_page_addresses_still_open_the_page(string url)
    {
        var page = await factory.CreateClient().GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#pillars"));
    }

    private async Task<int> ActivitiesFigureAsync()
    {
        var page = await factory.CreateClient().GetPageAsync("/");
        var text = page.QuerySelector("#home-figures a[href='/activities'] .stat-value")!.TextContent;
        return int.Parse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("th-TH"));
    }
}
