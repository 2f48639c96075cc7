using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Cities;

namespace LearningCity.Tests.Academy;

/// <summary>Small builders for Academy tests: API bodies with a structure, and creation and publishing through the API.</summary>
internal static class AcademyTestData
{
    public static Dictionary<string, object?> Body(string? titleTh = null, string capacity = "CommunityEngagement", string[]? audiences = null,
        string? lessonBody = null) => new()
    {
        ["titleTh"] = titleTh ?? CityTestData.Unique("หลักสูตรทดสอบ"),
        ["titleEn"] = "A test course",
        ["summaryTh"] = "หลักสูตรสำหรับทีมเมือง",
        ["capacity"] = capacity,
        ["audiences"] = audiences ?? ["Coordinators"],
        ["estimatedHours"] = 3.5,
        ["prerequisitesTh"] = "ไม่มี",
        ["indicators"] = new[] { "c3.1", "A1.1" },
        ["modules"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["titleTh"] = "หน่วยแรก",
                ["lessons"] = new object[]
                {
                    new Dictionary<string, object?> { ["kind"] = "Text", ["titleTh"] = "บทนำ", ["bodyTh"] = lessonBody ?? "เนื้อหา **บทนำ**" },
                    new Dictionary<string, object?> { ["kind"] = "Video", ["titleTh"] = "วิดีโอ", ["videoUrl"] = "https://video.example.org/a" },
                },
            },
        },
    };

    public static async Task<JsonElement> CreateCourseAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/academy/courses", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> PublishCourseAsync(this HttpClient client, int id)
    {
        var response = await client.PostAsync($"/api/v1/academy/courses/{id}/publish", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static int Id(this JsonElement item) => item.GetProperty("id").GetInt32();
}
