using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Mentoring;

/// <summary>A test city, its coordinator and the coordinator's signed-in API client.</summary>
internal sealed record MentoringCity(int Id, TestUser Coordinator, HttpClient Client);

/// <summary>Builders for mentoring tests: cities with coordinators, validated assessments with chosen indicator scores, pairs through the API.</summary>
internal static class MentoringTestData
{
    public static async Task<MentoringCity> CityAsync(this AppFactory factory, string name = "เมืองพี่เลี้ยงทดสอบ")
    {
        var id = await factory.AddCityAsync(CityTestData.Unique(name));
        var coordinator = await factory.CreateAsync(Roles.Coordinator, cities: [id]);
        return new MentoringCity(id, coordinator, await factory.ApiClientAsync(coordinator));
    }

    /// <summary>
    /// A self-assessment of the city in the cycle with the given status, each default indicator scored as given (others
    /// 50), the way validation stores scores.
    /// </summary>
    public static async Task AssessedAsync(this AppFactory factory, int cycleId, int cityId, IReadOnlyDictionary<string, double> scores,
        AssessmentStatus status = AssessmentStatus.Validated)
    {
        var indicators = await factory.DefaultIndicatorsAsync();
        var now = factory.UtcNow().UtcDateTime;
        await factory.WithDbAsync(db =>
        {
            db.CityAssessments.Add(new CityAssessment
            {
                CycleId = cycleId, CityId = cityId, Status = status, Revision = 1, SubmittedAt = now, UpdatedAt = now, Version = 1,
                ReviewedAt = status == AssessmentStatus.Validated ? now : null,
                Values = indicators.Where(i => i.ValueType != IndicatorValueType.Text)
                    .Select(i => new AssessmentValue { IndicatorId = i.Id, Number = 1, Score = scores.TryGetValue(i.Code, out var s) ? s : 50 }).ToList(),
            });
            return db.SaveChangesAsync();
        });
    }

    /// <summary>Only the given cities are willing to mentor: the demo cities' willingness would otherwise compete in the suggestions.</summary>
    public static Task OnlyTheseAreWillingAsync(this AppFactory factory) =>
        factory.WithDbAsync(db => db.MentorWillingness.ExecuteUpdateAsync(u => u.SetProperty(w => w.Willing, false)));

    public static async Task WillingAsync(this MentoringCity city, bool willing = true) =>
        await (await city.Client.PutAsJsonAsync($"/api/v1/mentoring/cities/{city.Id}/willingness", new { willing })).ExpectJsonAsync();

    public static Task<HttpResponseMessage> RequestAsync(this HttpClient client, int mentorCityId, int menteeCityId, params string[] indicators) =>
        client.PostAsJsonAsync("/api/v1/mentoring/requests", new { mentorCityId, menteeCityId, indicators, goalsTh = "ยกระดับการเรียนรู้ของชุมชน" });

    /// <summary>An active pair: the mentee's coordinator asks, the mentor's accepts.</summary>
    public static async Task<int> ActivePairAsync(MentoringCity mentor, MentoringCity mentee, string indicator = "A1.1")
    {
        await mentor.WillingAsync();
        var pair = await (await mentee.Client.RequestAsync(mentor.Id, mentee.Id, indicator)).ExpectJsonAsync(HttpStatusCode.Created);
        var id = pair.GetProperty("id").GetInt32();
        await (await mentor.Client.PostAsync($"/api/v1/mentoring/pairs/{id}/accept", null)).ExpectJsonAsync();
        return id;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;
}
