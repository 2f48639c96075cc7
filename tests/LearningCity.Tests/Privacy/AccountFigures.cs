using System.Text.Json;
using LearningCity.Tests.Assessment;

namespace LearningCity.Tests.Privacy;

/// <summary>
/// The aggregate figures the account's activity fed, read through the API: its city's Booster output figures
/// (registrations, attendance, learners, hours), the assessment cycle's open results (validated values, scores,
/// indices) and the judging cycle's panel (each application's mean, median and normalised score).
/// </summary>
internal sealed record AccountFigures(int CityId, int BoosterAttendances, int AssessmentCycleId, int AwardCycleId)
{
    public async Task<string> ReadAsync(HttpClient admin)
    {
        var booster = await (await admin.GetAsync($"/api/v1/cities/{CityId}/booster-outputs")).ExpectJsonAsync();
        Assert.Equal(BoosterAttendances, booster.GetProperty("total").GetProperty("attendances").GetInt32());
        var results = await (await admin.GetAsync($"/api/v1/assessments/cycles/{AssessmentCycleId}/results")).ExpectJsonAsync();
        var panel = await (await admin.GetAsync($"/api/v1/awards/cycles/{AwardCycleId}/panel")).ExpectJsonAsync();
        var scores = panel.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("applications").EnumerateArray())
            .Select(a => string.Join(" ", new[] { "applicationId", "rank", "submitted", "mean", "median", "normalisedZ", "normalised", "spread", "disagreement", "outcome" }
                .Select(p => $"{p}={a.GetProperty(p).GetRawText()}")));
        return string.Join("\n", [booster.GetRawText(), Without(results, "generatedAt"), .. scores]);
    }

    private static string Without(JsonElement json, string property) =>
        json.ValueKind != JsonValueKind.Object ? json.GetRawText()
            : JsonSerializer.Serialize(json.EnumerateObject().Where(p => p.Name != property).ToDictionary(p => p.Name, p => p.Value));
}
