using LearningCity.Tests.Assessment;
using LearningCity.Tests.Booster;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using LearningCity.Tests.Spaces;

namespace LearningCity.Tests.Cities;

public sealed class CityPlatformLinksTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task SetActivityCityAsync(int activityId, int cityId) => factory.WithDbAsync(async db =>
    {
        (await db.Activities.FindAsync(activityId))!.CityId = cityId;
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_city_page_links_its_activities_spaces_and_resources_with_counts_and_the_lists_show_only_that_city()
    {
        var cityId = await factory.AddCityAsync(CityTestData.Unique("เมืองมีกิจกรรม"));
        var other = await factory.AddCityAsync(CityTestData.Unique("เมืองอื่น"));
        var ours = await factory.AddSessionAsync(title: CityTestData.Unique("กิจกรรมของเมือง"));
        var theirs = await factory.AddSessionAsync(title: CityTestData.Unique("กิจกรรมเมืองอื่น"));
        await SetActivityCityAsync(ours.ActivityId, cityId);
        await SetActivityCityAsync(theirs.ActivityId, other);
        var space = await factory.AddSpaceAsync(CityTestData.Unique("ห้องสมุดของเมือง"), cityId: cityId);
        var otherSpace = await factory.AddSpaceAsync(CityTestData.Unique("ห้องสมุดเมืองอื่น"), cityId: other);
        await factory.AddResourceAsync(CityTestData.Unique("สื่อของเมือง"), cityId: cityId);
        await factory.AddResourceAsync(CityTestData.Unique("สื่ออีกชิ้น"), cityId: cityId);

        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync($"/cities/{cityId}");
        var section = page.QuerySelector("#city-platform")!;
        Assert.Equal("1", section.QuerySelector("#city-activities .city-count")!.TextContent.Trim());
        Assert.Equal($"/activities?city={cityId}", section.QuerySelector("#city-activities a")!.GetAttribute("href"));
        Assert.Contains("กำลังจะจัด 1", section.QuerySelector("#city-activities")!.TextContent);
        Assert.Equal("1", section.QuerySelector("#city-spaces .city-count")!.TextContent.Trim());
        Assert.Equal($"/spaces?city={cityId}", section.QuerySelector("#city-spaces a")!.GetAttribute("href"));
        Assert.Equal("2", section.QuerySelector("#city-resources .city-count")!.TextContent.Trim());
        Assert.Equal($"/resources?city={cityId}", section.QuerySelector("#city-resources a")!.GetAttribute("href"));
        Assert.Null(section.QuerySelector("#city-assessment a"));

        var activities = await client.GetPageAsync($"/activities?city={cityId}");
        Assert.NotNull(activities.QuerySelector($"a[href='/activities/{ours.ActivityId}']"));
        Assert.Null(activities.QuerySelector($"a[href='/activities/{theirs.ActivityId}']"));
        Assert.NotNull(activities.QuerySelector("#city-filter-notice"));
        Assert.Equal(cityId.ToString(System.Globalization.CultureInfo.InvariantCulture), activities.QuerySelector("#activity-filter input[name=city]")!.GetAttribute("value"));

        var spaces = await client.GetPageAsync($"/spaces?city={cityId}");
        Assert.NotNull(spaces.QuerySelector($"a[href='/spaces/{space}']"));
        Assert.Null(spaces.QuerySelector($"a[href='/spaces/{otherSpace}']"));
    }

    [Fact]
    public async Task A_city_page_links_its_latest_validated_assessment_result()
    {
        var cycle = await factory.OpenCycleAsync();
        var city = await factory.CityInCycleAsync(cycle, CityTestData.Unique("เมืองผ่านการประเมิน"));
        await factory.ValidateCompleteAsync(city);

        var page = await factory.CreateBrowserlessClient().GetPageAsync($"/cities/{city.CityId}");
        var link = page.QuerySelector("#city-assessment a")!;
        Assert.Equal($"/assessment/cities/{city.CityId}?cycle={cycle}", link.GetAttribute("href"));
        Assert.Contains("คะแนนรวม", page.QuerySelector("#city-assessment")!.TextContent);
    }
}
