using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Booster;

internal sealed record CitySession(int CityId, int ActivityId, int SessionId)
{
    public string RosterPath => $"/activities/{ActivityId}/sessions/{SessionId}/roster";
    public string ApiPath => $"/api/v1/activities/{ActivityId}/sessions/{SessionId}";
}

/// <summary>A published activity of a new city with one past-to-now session (2 hours), written to the database.</summary>
internal static class AttendanceTestData
{
    public static async Task<CitySession> AddCitySessionAsync(this AppFactory factory, int capacity = 20, int? cityId = null, int? topicId = null)
    {
        var city = cityId ?? await factory.AddCityAsync(CityTestData.Unique("เมืองเช็กชื่อ"));
        return await factory.WithDbAsync(async db =>
        {
            var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var topic = topicId ?? db.Topics.OrderBy(t => t.SortOrder).Select(t => t.Id).First();
            var activity = new Activity
            {
                Title = new BilingualText(CityTestData.Unique("เวิร์กช็อปจักสาน"), "Basketry"), Status = PublicationStatus.Published,
                CityId = city, ProvinceCode = "TH-50", CreatedAt = now, UpdatedAt = now, Version = 1,
                Topics = [new ActivityTopic { TopicId = topic }],
                Sessions = [new ActivitySession { StartsAt = now.AddHours(1), EndsAt = now.AddHours(3), Capacity = capacity }],
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            return new CitySession(city, activity.Id, activity.Sessions[0].Id);
        });
    }

    /// <summary>Signs a new learner up (through the API) and returns them with their ticket code and registration id.</summary>
    public static async Task<(TestUser User, HttpClient Client, string Ticket, int RegistrationId, string Status)> RegisterLearnerAsync(this AppFactory factory, CitySession session)
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user);
        var response = await client.PostAsJsonAsync($"/api/v1/activities/{session.ActivityId}/sessions/{session.SessionId}/registrations", new { consent = true });
        response.EnsureSuccessStatusCode();
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (user, client, json.GetProperty("ticketCode").GetString()!, json.GetProperty("id").GetInt32(), json.GetProperty("status").GetString()!);
    }
}
