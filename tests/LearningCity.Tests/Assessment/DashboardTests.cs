using System.Net;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Assessment;

public sealed class DashboardTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>A new cycle with three validated cities and one waiting for review.</summary>
    private async Task<(int Cycle, List<CityInCycle> Validated, CityInCycle Submitted)> ThreeValidatedAndOneSubmittedAsync()
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
        return (cycle, validated, submitted);
    }

    [Fact]
    public async Task Dashboards_insights_and_open_data_show_validated_cities_only()
    {
        var (cycle, validated, submitted) = await ThreeValidatedAndOneSubmittedAsync();
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

    [Fact]
    public async Task Open_results_as_json_hold_each_validated_city_once_with_every_value_the_csv_has()
    {
        var (cycle, validated, _) = await ThreeValidatedAndOneSubmittedAsync();
        var anonymous = factory.CreateBrowserlessClient();

        var json = await (await anonymous.GetAsync($"/api/v1/assessments/cycles/{cycle}/results")).ExpectJsonAsync();
        Assert.Equal("CC-BY-4.0", json.GetProperty("licence").GetString());
        Assert.Equal(cycle, json.GetProperty("cycle").GetProperty("id").GetInt32());
        Assert.True(json.GetProperty("framework").GetProperty("areas").GetArrayLength() > 0);
        var cities = json.GetProperty("cities").EnumerateArray().ToList();
        Assert.Equal(validated.Select(c => c.CityId).Order(), cities.Select(c => c.GetProperty("cityId").GetInt32()));
        Assert.All(cities, c => Assert.True(c.GetProperty("overallIndex").GetDouble() is > 0 and <= 100));

        var csv = (await anonymous.GetStringAsync($"/api/v1/assessments/cycles/{cycle}/results?format=csv"))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')).ToList();
        var fromJson = cities.SelectMany(c => c.GetProperty("values").EnumerateArray()
            .Select(v => (City: c.GetProperty("cityId").GetInt32(), Code: v.GetProperty("indicatorCode").GetString()!))).ToList();
        Assert.Equal(csv.Count, fromJson.Count);
        Assert.Equal(csv.Select(r => (int.Parse(r[1]), r[5])).ToHashSet(), fromJson.ToHashSet());

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/assessments/cycles/999999/results")).StatusCode);
    }

    [Fact]
    public async Task National_means_and_improvers_follow_every_validation_including_an_earlier_cycle()
    {
        var earlier = await factory.OpenCycleAsync();
        var later = await factory.OpenCycleAsync();
        var scale = (await factory.DefaultIndicatorsAsync()).First(i => i.Required && i.ValueType == IndicatorValueType.Scale);
        var riser = await factory.CityInCycleAsync(later, "เมืองก้าวหน้า");
        await ValidateWithAsync(riser, scale, "5");
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Null(await ImproverAsync(anonymous, later, riser.CityId));

        // Validating the riser's earlier assessment afterwards (with a lower level) must give its later assessment a
        // change, although nothing in the later cycle was touched.
        await ValidateWithAsync(riser with { CycleId = earlier }, scale, "1");
        var other = await factory.CityInCycleAsync(earlier, "เมืองเพื่อนบ้าน");
        await factory.ValidateCompleteAsync(other);

        var before = await OverallAsync(anonymous, earlier, riser.CityId);
        var now = await OverallAsync(anonymous, later, riser.CityId);
        var improver = await ImproverAsync(anonymous, later, riser.CityId);
        Assert.True(improver!.Value.Change > 0);
        Assert.Equal(Math.Round(now - before, 2), improver.Value.Change, 2);
        Assert.Equal(before, improver.Value.Before, 2);

        // The stored national mean of each focus area is the mean of the validated cities' focus-area scores.
        var own = new List<JsonElement>();
        foreach (var city in new[] { riser.CityId, other.CityId })
            own.Add(RadarOf(await (await anonymous.GetAsync($"/api/v1/assessments/cities/{city}/dashboard?cycle={earlier}")).ExpectJsonAsync()));
        var national = (await (await anonymous.GetAsync($"/api/v1/assessments/cycles/{earlier}/dashboard/focus-areas")).ExpectJsonAsync()).GetProperty("rows");
        Assert.Equal(own[0].GetArrayLength(), national.GetArrayLength());
        for (var n = 0; n < national.GetArrayLength(); n++)
        {
            var expected = own.Average(rows => rows[n].GetProperty("values")[0].GetDouble());
            Assert.InRange(national[n].GetProperty("values")[0].GetDouble(), expected - 0.01, expected + 0.01);
            Assert.Equal(2, national[n].GetProperty("values")[1].GetDouble());
            Assert.Equal(national[n].GetProperty("values")[0].GetDouble(), own[0][n].GetProperty("values")[2].GetDouble());
        }
    }

    private async Task ValidateWithAsync(CityInCycle c, Indicator indicator, string value)
    {
        await factory.FillInAsync(c);
        await (await c.Coordinator.PutValueAsync(c.Url, indicator.Code,
            new { value, links = indicator.EvidenceRequired ? new[] { AssessmentTestData.EvidenceLink(indicator.Code) } : null })).ExpectJsonAsync();
        await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        await (await reviewer.PostApiAsync(c.Url + "/validate", new { })).ExpectJsonAsync();
    }

    private static JsonElement RadarOf(JsonElement cityDashboard) =>
        cityDashboard.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "focus-areas").GetProperty("rows");

    private static async Task<double> OverallAsync(HttpClient client, int cycle, int city) =>
        (await (await client.GetAsync($"/api/v1/assessments/cities/{city}/dashboard?cycle={cycle}")).ExpectJsonAsync()).GetProperty("overall").GetDouble();

    private static async Task<(double Change, double Before)?> ImproverAsync(HttpClient client, int cycle, int city)
    {
        var rows = (await (await client.GetAsync($"/api/v1/assessments/cycles/{cycle}/dashboard/improvers")).ExpectJsonAsync()).GetProperty("rows");
        foreach (var row in rows.EnumerateArray())
            if (row.GetProperty("link").GetString() == $"/assessment/cities/{city}?cycle={cycle}")
                return (row.GetProperty("values")[0].GetDouble(), row.GetProperty("values")[1].GetDouble());
        return null;
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
