using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Booster;

internal static class ActivityTestData
{
    public static DateTimeOffset Now(this AppFactory factory) => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    public static object Session(DateTimeOffset startsAt, int capacity = 20, double hours = 2) =>
        new { startsAt, endsAt = startsAt.AddHours(hours), capacity };

    /// <summary>An online activity (no space needed) for a city or an organisation, with one session in three days.</summary>
    public static Dictionary<string, object?> Body(AppFactory factory, int? cityId, int? organisationId = null, string? titleTh = null) => new()
    {
        ["titleTh"] = titleTh ?? CityTestData.Unique("เวิร์กช็อปทดสอบ"),
        ["descriptionTh"] = "เรียนรู้การทำ **ขนม** ไทย",
        ["kind"] = "SkillWorkshop",
        ["ageGroups"] = new[] { "WorkingAge", "OlderPersons" },
        ["level"] = "Beginner",
        ["mode"] = "Online",
        ["onlineUrl"] = "https://meet.example.org/x",
        ["isFree"] = true,
        ["language"] = "th",
        ["cityId"] = cityId,
        ["organisationId"] = organisationId,
        ["sessions"] = new[] { Session(factory.Now().AddDays(3)) },
    };

    public static async Task<JsonElement> CreateActivityAsync(this HttpClient client, object body, bool publish = true)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/activities?publish={(publish ? "true" : "false")}", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
