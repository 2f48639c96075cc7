using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Assessment;

public sealed class DashboardDefaultCycleTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string? SelectedCycle(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#cycle option[selected]")?.GetAttribute("value");

    [Fact]
    public async Task A_city_dashboard_opens_on_the_latest_cycle_in_which_the_city_was_validated_not_a_newer_one_without_its_results()
    {
        var older = await factory.OpenCycleAsync();
        var city = await factory.CityInCycleAsync(older, "เมืองผลรอบก่อน");
        await factory.ValidateCompleteAsync(city);
        var newer = await factory.OpenCycleAsync();
        await factory.ValidateCompleteAsync(await factory.CityInCycleAsync(newer, "เมืองผลรอบใหม่"));

        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync($"/assessment/cities/{city.CityId}");
        Assert.Equal(older.ToString(System.Globalization.CultureInfo.InvariantCulture), SelectedCycle(page));
        Assert.Null(page.QuerySelector("#no-validated-result"));
        Assert.NotEqual("ยังไม่ผ่านการตรวจสอบในรอบนี้", page.QuerySelector("[data-testid=city-overall]")!.TextContent.Trim());

        var api = await (await client.GetAsync($"/api/v1/assessments/cities/{city.CityId}/dashboard")).ExpectJsonAsync();
        Assert.Equal(older, api.GetProperty("cycleId").GetInt32());

        // Choosing a cycle still shows that cycle.
        var chosen = await client.GetPageAsync($"/assessment/cities/{city.CityId}?cycle={newer}");
        Assert.Equal(newer.ToString(System.Globalization.CultureInfo.InvariantCulture), SelectedCycle(chosen));
    }

    [Fact]
    public async Task A_city_without_any_validated_result_sees_the_newest_cycle_with_results_and_is_told_so()
    {
        var cycle = await factory.OpenCycleAsync();
        await factory.ValidateCompleteAsync(await factory.CityInCycleAsync(cycle, "เมืองมีผล"));
        var pending = await factory.CityInCycleAsync(cycle, "เมืองยังไม่มีผล");
        await factory.SubmitCompleteAsync(pending);

        var page = await factory.CreateBrowserlessClient().GetPageAsync($"/assessment/cities/{pending.CityId}");
        Assert.NotNull(page.QuerySelector("#no-validated-result"));
        Assert.NotNull(SelectedCycle(page));
    }
}
