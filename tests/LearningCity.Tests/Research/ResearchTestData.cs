using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Cities;

namespace LearningCity.Tests.Research;

/// <summary>Small builders for research tests: API bodies and creation through the API.</summary>
internal static class ResearchTestData
{
    public static Dictionary<string, object?> Body(int[]? cityIds = null, string? titleTh = null) => new()
    {
        ["titleTh"] = titleTh ?? CityTestData.Unique("การศึกษาเมืองแห่งการเรียนรู้"),
        ["titleEn"] = "A study of a learning city",
        ["abstractTh"] = "ศึกษาการเรียนรู้ตลอดชีวิตของชุมชน",
        ["authors"] = new[] { "สมชาย ใจดี", "Jane Doe" },
        ["year"] = 2024,
        ["type"] = "Report",
        ["doi"] = "10.1234/tlc.test",
        ["keywords"] = new[] { "การเรียนรู้ตลอดชีวิต", "ชุมชน" },
        ["indicators"] = new[] { "B2.3", "a1.1" },
        ["cityIds"] = cityIds ?? [],
        ["licence"] = "CC-BY-4.0",
    };

    public static async Task<JsonElement> CreateResearchAsync(this HttpClient client, object body, bool publish = true)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/research?publish={(publish ? "true" : "false")}", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static int Id(this JsonElement item) => item.GetProperty("id").GetInt32();

    public static uint Version(this JsonElement item) => item.GetProperty("version").GetUInt32();
}
