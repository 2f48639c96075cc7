using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Assessment;

/// <summary>A fresh city in a cycle, and its coordinator signed in to the API.</summary>
internal sealed record CityInCycle(int CycleId, int CityId, HttpClient Coordinator)
{
    public string Url => AssessmentTestData.Url(CycleId, CityId);
}

/// <summary>
/// Small builders for assessment tests: cycles straight into the database (one per Buddhist-Era year, so each
/// takes the next free year from 2600 on), fresh cities with their coordinators, valid values for every
/// indicator of the default framework, and readers for JSON and problem answers.
/// </summary>
internal static class AssessmentTestData
{
    private static int _year = 2599;
    private static readonly ConditionalWeakTable<AppFactory, Task<int>> SharedCycles = new();

    /// <summary>A tiny but well-formed PDF (checked by its first bytes).</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

    public static string Url(int cycleId, int cityId) => $"/api/v1/assessments/cycles/{cycleId}/cities/{cityId}";

    /// <summary>A Buddhist-Era year no other test has used (cycles are unique per year).</summary>
    public static int NextYear()
    {
        var year = Interlocked.Increment(ref _year);
        Assert.True(year <= 2700, "Out of test years for assessment cycles");
        return year;
    }

    public static Task<int> DefaultFrameworkIdAsync(this AppFactory factory) =>
        factory.WithDbAsync(db => db.IndicatorFrameworks.Where(f => f.VersionNumber == 1 && f.Status == FrameworkStatus.Published).Select(f => f.Id).FirstAsync());

    public static Task<IndicatorFramework> FrameworkAsync(this AppFactory factory, int frameworkId) =>
        factory.WithDbAsync(db => FrameworkReader.LoadAsync(db, frameworkId, CancellationToken.None));

    /// <summary>The default framework's indicators in framework order.</summary>
    public static async Task<List<Indicator>> DefaultIndicatorsAsync(this AppFactory factory) =>
        (await factory.FrameworkAsync(await factory.DefaultFrameworkIdAsync())).Indicators.ToList();

    /// <summary>Opens a cycle on the default framework for a new year, with a deadline 30 days ahead unless given.</summary>
    public static async Task<int> OpenCycleAsync(this AppFactory factory, DateOnly? deadline = null)
    {
        var frameworkId = await factory.DefaultFrameworkIdAsync();
        var year = NextYear();
        return await factory.WithDbAsync(async db =>
        {
            var cycle = new AssessmentCycle
            {
                YearBe = year, FrameworkId = frameworkId, Deadline = deadline ?? ThaiToday(factory).AddDays(30), CreatedAt = factory.UtcNow().UtcDateTime,
                Name = new BilingualText($"รอบทดสอบ {year}", $"Test cycle {year - 543}"),
            };
            db.AssessmentCycles.Add(cycle);
            await db.SaveChangesAsync();
            return cycle.Id;
        });
    }

    /// <summary>One open cycle per test host, for tests that only need some cycle and a fresh city in it.</summary>
    public static Task<int> SharedCycleAsync(this AppFactory factory)
    {
        lock (SharedCycles) return SharedCycles.GetValue(factory, f => f.OpenCycleAsync());
    }

    public static Task SetDeadlineAsync(this AppFactory factory, int cycleId, DateOnly deadline) =>
        factory.WithDbAsync(db => db.AssessmentCycles.Where(c => c.Id == cycleId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Deadline, deadline)));

    public static DateOnly ThaiToday(AppFactory factory) => DateOnly.FromDateTime(factory.UtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public static DateTimeOffset UtcNow(this AppFactory factory) =>
        ((TimeProvider)factory.Services.GetService(typeof(TimeProvider))!).GetUtcNow();

    /// <summary>A new city in the cycle (the shared one unless given) and its coordinator, who has not opened the assessment yet.</summary>
    public static async Task<CityInCycle> CityInCycleAsync(this AppFactory factory, int? cycleId = null, string name = "เมืองประเมินตนเอง")
    {
        var cycle = cycleId ?? await factory.SharedCycleAsync();
        var city = await factory.AddCityAsync(CityTestData.Unique(name));
        var coordinator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        return new CityInCycle(cycle, city, coordinator);
    }

    public static async Task<HttpClient> ApiClientAsync(this AppFactory factory, string role) =>
        await factory.ApiClientAsync(await factory.CreateAsync(role));

    /// <summary>A value each value type takes.</summary>
    public static string ValidValue(Indicator indicator) => indicator.ValueType switch
    {
        IndicatorValueType.Number => "12",
        IndicatorValueType.Percentage => "20",
        IndicatorValueType.YesNo => "yes",
        IndicatorValueType.Scale => "4",
        _ => "ระดมทุนจากวิสาหกิจชุมชนเพื่อเปิดลานเรียนรู้",
    };

    public static string EvidenceLink(string code) => $"https://example.org/evidence/{code}";

    public static Task<HttpResponseMessage> PutValueAsync(this HttpClient client, string url, string code, object body, bool english = false) =>
        client.SendAsync(Request(HttpMethod.Put, $"{url}/values/{code}", JsonContent.Create(body), english));

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, bool english = false) =>
        client.SendAsync(Request(HttpMethod.Post, $"{url}/submit", null, english));

    public static Task<HttpResponseMessage> PostApiAsync(this HttpClient client, string url, object? body, bool english = false) =>
        client.SendAsync(Request(HttpMethod.Post, url, JsonContent.Create(body), english));

    public static Task<HttpResponseMessage> UploadEvidenceAsync(this HttpClient client, string url, string code, byte[] file, string fileName,
        string contentType = "application/pdf", bool english = false)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Add(part, "file", fileName);
        return client.SendAsync(Request(HttpMethod.Post, $"{url}/values/{code}/evidence", content, english));
    }

    public static HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content = null, bool english = false)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        return english ? request.InEnglish() : request;
    }

    /// <summary>
    /// Fills in every required indicator with a valid value (the platform's figure where there is one) and an
    /// evidence link where evidence is required, except the codes left out.
    /// </summary>
    public static async Task FillInAsync(this AppFactory factory, CityInCycle c, params string[] except)
    {
        var draft = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        var prefilled = draft.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("prefilled").ValueKind == JsonValueKind.Number)
            .ToDictionary(v => v.GetProperty("indicatorCode").GetString()!, v => v.GetProperty("prefilled").GetDecimal());
        foreach (var i in await factory.DefaultIndicatorsAsync())
        {
            if (!i.Required || except.Contains(i.Code)) continue;
            var value = prefilled.TryGetValue(i.Code, out var figure) ? figure.ToString("0.####", CultureInfo.InvariantCulture) : ValidValue(i);
            var links = i.EvidenceRequired ? new[] { EvidenceLink(i.Code) } : null;
            await (await c.Coordinator.PutValueAsync(c.Url, i.Code, new { value, links })).ExpectJsonAsync();
        }
    }

    /// <summary>Fills in everything and submits; the assessment is then waiting for review.</summary>
    public static async Task SubmitCompleteAsync(this AppFactory factory, CityInCycle c)
    {
        await factory.FillInAsync(c);
        var submitted = await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
    }

    /// <summary>Fills in, submits and has a reviewer validate it.</summary>
    public static async Task ValidateCompleteAsync(this AppFactory factory, CityInCycle c)
    {
        await factory.SubmitCompleteAsync(c);
        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        var validated = await (await reviewer.PostApiAsync(c.Url + "/validate", new { })).ExpectJsonAsync();
        Assert.Equal("Validated", validated.GetProperty("status").GetString());
    }

    public static async Task<JsonElement> ExpectJsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)status}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>A 400 validation problem's messages for one field (or indicator code).</summary>
    public static async Task<string[]> ErrorsAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), problem.GetRawText());
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for {field}: {errors.GetRawText()}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
    }

    /// <summary>The detail of a problem answer with the given status.</summary>
    public static async Task<string> DetailAsync(this HttpResponseMessage response, HttpStatusCode status) =>
        (await response.ExpectJsonAsync(status)).GetProperty("detail").GetString()!;

    public static JsonElement Value(this JsonElement assessment, string code) =>
        assessment.GetProperty("values").EnumerateArray().FirstOrDefault(v => v.GetProperty("indicatorCode").GetString() == code);

    public static string[] Codes(this JsonElement framework) =>
        framework.GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("focusAreas").EnumerateArray())
            .SelectMany(f => f.GetProperty("indicators").EnumerateArray()).Select(i => i.GetProperty("code").GetString()!).ToArray();
}
