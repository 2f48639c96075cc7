using System.Globalization;
using LearningCity.Common.Localization;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class ApplicationFactsPeriodTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_application_page_states_the_period_the_platform_figures_count_and_what_each_figure_counts()
    {
        var cycle = await factory.AddCycleAsync();
        var yearBe = (await factory.CycleAsync(cycle)).YearBe;
        var city = await factory.AwardCityAsync();
        await factory.StartLargeAsync(cycle, city);
        var id = await factory.WithDbAsync(db => db.AwardApplications.Where(a => a.CityId == city.CityId).Select(a => a.Id).SingleAsync());

        var page = await city.Coordinator.GetPageAsync($"/awards/applications/{id}");
        var thai = new CultureInfo("th-TH");
        var gregorian = yearBe - 543 - 1;
        var from = DateDisplay.Long(new DateOnly(gregorian, 1, 1), thai);
        var to = DateDisplay.Long(new DateOnly(gregorian, 12, 31), thai);
        var period = page.QuerySelector("#facts-period")!.TextContent;
        Assert.Contains(from, period);
        Assert.Contains(to, period);
        Assert.Contains($"พ.ศ. {yearBe - 1}", period);

        var rows = page.QuerySelectorAll("#application-facts tr[data-fact]").ToDictionary(r => r.GetAttribute("data-fact")!);
        Assert.Contains("booster_activities", rows.Keys);
        Assert.All(rows.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.QuerySelector(".fact-counts")?.TextContent)));
        Assert.Contains(from, rows["booster_learners"].QuerySelector(".fact-counts")!.TextContent);
        Assert.Contains("ณ วันที่คำนวณ", rows["learning_spaces"].QuerySelector(".fact-counts")!.TextContent);
    }
}
