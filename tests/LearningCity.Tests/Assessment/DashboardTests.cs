using System.Net;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Assessment;

public sealed class DashboardTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Dashboards_insights_and_open_data_show_validated_cities_only()
    {
        var cycle = await factory.OpenCycleAsync();
        var validated = new List<CityInCycle>();
        for (var n = 0; n < 3; n++)
        {
            var c = await factory.CityInCycleAsync(cycle, "เมืองแดชบอร์ด");
            await factory.ValidateCompleteAsync(c);
            validated.Add(c);
        }
        var submitted = await factory.CityInCycleAsync(cycle, "เมืองรอตรวจ");
        await factory.SubmitCompleteAsync(submitted);
        var anonymous = factory.CreateBrowserlessClient();

        var national = await (await anonymous.GetAsync($"/api/v1/assessments/cycles/{cycle}/dashboard")).ExpectJsonAsync();
        Assert.Equal(3, national.GetProperty("validated").GetInt32());
        var distribution = national.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "distribution");
        Assert.Equal(3, distribution.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("values")[0].GetDouble()));

        var csv = await anonymous.GetStringAsync($"/api/v1/assessments/cycles/{cycle}/results?format=csv");
        var cityIds = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => int.Parse(line.Split(',')[1])).ToHashSet();
        Assert.Equal(validated.Select(c => c.CityId).ToHashSet(), cityIds);
        var provinces = await anonymous.GetStringAsync($"/api/v1/assessments/cycles/{cycle}/dashboard/provinces?format=csv&culture=th-TH");
        Assert.StartsWith("ชื่อ,คะแนนเฉลี่ย,จำนวนเมือง", provinces.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/assessments/cycles/{cycle}/dashboard/types?format=xlsx")).StatusCode);

        var city = await (await anonymous.GetAsync($"/api/v1/assessments/cities/{validated[0].CityId}/dashboard?cycle={cycle}")).ExpectJsonAsync();
        Assert.True(city.GetProperty("overall").GetDouble() is > 0 and <= 100);
        var pending = await (await anonymous.GetAsync($"/api/v1/assessments/cities/{submitted.CityId}/dashboard?cycle={cycle}")).ExpectJsonAsync();
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("overall").ValueKind);

        var compare = await (await anonymous.GetAsync($"/api/v1/assessments/cycles/{cycle}/compare?cities={validated[0].CityId},{validated[1].CityId}")).ExpectJsonAsync();
        Assert.Equal(3, compare.GetProperty("columns").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/api/v1/assessments/cycles/{cycle}/compare?cities=abc")).StatusCode);

        var insights = await (await anonymous.GetAsync($"/api/v1/assessments/cycles/{cycle}/insights")).ExpectJsonAsync();
        Assert.Equal(3, insights.GetProperty("participation").GetProperty("rows").GetArrayLength());
        Assert.Equal(3, insights.GetProperty("weakestFocusAreas").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/assessments/cycles/999999/dashboard")).StatusCode);

        var page = await anonymous.GetPageAsync($"/assessment/dashboard?cycle={cycle}");
        Assert.Equal("3", page.QuerySelector("[data-testid=validated-count]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 2.0, 4, 6 }, 1.0)]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 6.0, 4, 2 }, -1.0)]
    public void Pearson_correlation_of_perfectly_related_points(double[] x, double[] y, double expected) =>
        Assert.Equal(expected, LearningCity.Modules.Assessment.Dashboards.Insights.Pearson(x.Zip(y).ToList())!.Value, 3);

    [Fact]
    public void Pearson_correlation_needs_three_cities_and_some_spread() =>
        Assert.Null(LearningCity.Modules.Assessment.Dashboards.Insights.Pearson([(1, 1), (2, 2)]));
}
