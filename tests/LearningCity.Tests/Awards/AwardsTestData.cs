using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

/// <summary>A fresh city and its coordinator signed in to the API.</summary>
internal sealed record AwardCity(int CityId, HttpClient Coordinator);

/// <summary>
/// Small builders for award tests: cycles straight into the database with dates relative to the host's clock (one per
/// Buddhist-Era year, each test taking the next free year from 2610), fresh eligible cities with their coordinators,
/// and applications filled in up to the point of submission.
/// </summary>
internal static class AwardsTestData
{
    private static int _year = 2609;
    private static int _block = 2660;

    public static int NextYear()
    {
        var year = Interlocked.Increment(ref _year);
        Assert.True(year < 2660, "Out of test years for award cycles");
        return year;
    }

    /// <summary>The last of <paramref name="years"/> free consecutive years, for a cycle with previous cycles before it.</summary>
    public static int NextYearAfter(int years)
    {
        var last = Interlocked.Add(ref _block, years);
        Assert.True(last <= 2700, "Out of test years for award cycles");
        return last;
    }

    public static DateOnly Today(AppFactory factory) => AssessmentTestData.ThaiToday(factory);

    /// <summary>A cycle whose call opens <paramref name="opensInDays"/> from today (negative: already open) and closes 30 days after today.</summary>
    public static Task<int> AddCycleAsync(this AppFactory factory, int opensInDays = -1, int closesInDays = 30, int? assessmentCycleId = null,
        int exclusionYears = 0, int? yearBe = null, int wordLimit = 800)
    {
        var today = Today(factory);
        var year = yearBe ?? NextYear();
        return factory.WithDbAsync(async db =>
        {
            var cycle = new AwardCycle
            {
                YearBe = year, Name = new BilingualText($"รางวัลทดสอบ {year}", $"Test awards {year - 543}"), Description = new BilingualText("รอบทดสอบ"),
                CallOpens = today.AddDays(opensInDays), CallCloses = today.AddDays(closesInDays), JudgingEnds = today.AddDays(closesInDays + 30),
                AnnouncementOn = today.AddDays(closesInDays + 40), AssessmentCycleId = assessmentCycleId, PastWinnerExclusionYears = exclusionYears,
                CreatedAt = factory.UtcNow().UtcDateTime, Version = 1, Criteria = DefaultCriteria.Criteria(), Categories = DefaultCriteria.Categories(),
            };
            cycle.Criteria.ForEach(c => c.WordLimit = wordLimit);
            db.AwardCycles.Add(cycle);
            await db.SaveChangesAsync();
            return cycle.Id;
        });
    }

    public static Task<AwardCycle> CycleAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.AwardCycles.AsNoTracking().Include(c => c.Categories).Include(c => c.Criteria).FirstAsync(c => c.Id == id));

    public static async Task<int> CategoryIdAsync(this AppFactory factory, int cycleId, string code) =>
        (await factory.CycleAsync(cycleId)).Categories.Single(c => c.Code == code).Id;

    /// <summary>A new approved town municipality (fits the "large" and "digital" categories) and its coordinator.</summary>
    public static async Task<AwardCity> AwardCityAsync(this AppFactory factory, LocalGovernmentType type = LocalGovernmentType.TownMunicipality,
        CityStatus status = CityStatus.Approved, int? population = 50_000)
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองรางวัล"), type: type, status: status);
        await factory.WithDbAsync(db => db.Cities.Where(c => c.Id == city).ExecuteUpdateAsync(u => u.SetProperty(c => c.Population, population)));
        return new AwardCity(city, await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city])));
    }

    public static string CycleUrl(int cycleId) => $"/api/v1/awards/cycles/{cycleId}";

    public static string AppUrl(int applicationId) => $"/api/v1/awards/applications/{applicationId}";

    public static Task<HttpResponseMessage> StartAsync(this HttpClient client, int cycleId, int categoryId, int cityId, bool english = false) =>
        client.PostApiAsync(CycleUrl(cycleId) + "/applications", new { categoryId, cityId }, english);

    /// <summary>Starts an application in the "large" category and answers its JSON.</summary>
    public static async Task<JsonElement> StartLargeAsync(this AppFactory factory, int cycleId, AwardCity city) =>
        await (await city.Coordinator.StartAsync(cycleId, await factory.CategoryIdAsync(cycleId, "large"), city.CityId)).ExpectJsonAsync(System.Net.HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, bool english = false) =>
        client.SendAsync(AssessmentTestData.Request(HttpMethod.Put, url, JsonContent.Create(body), english));

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, string field, byte[] file, string fileName,
        IDictionary<string, string>? fields = null, bool english = false)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        content.Add(part, field, fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>()) content.Add(new StringContent(value), name);
        return client.SendAsync(AssessmentTestData.Request(HttpMethod.Post, url, content, english));
    }

    public static uint Version(this JsonElement application) => application.GetProperty("version").GetUInt32();

    public static int[] CriterionIds(this JsonElement application) =>
        application.GetProperty("narratives").EnumerateArray().Select(n => n.GetProperty("criterionId").GetInt32()).ToArray();

    /// <summary>Writes every narrative, endorses with a letter and consents: the application is ready to submit.</summary>
    public static async Task<JsonElement> CompleteAsync(this HttpClient coordinator, JsonElement application, string text = "เมืองของเรามีแผนพัฒนาการเรียนรู้ตลอดชีวิต")
    {
        var url = AppUrl(application.GetProperty("id").GetInt32());
        var narratives = application.CriterionIds().Select(id => new { criterionId = id, text }).ToArray();
        await (await coordinator.PutJsonAsync(url, new { version = application.Version(), narratives, consentToPublish = true })).ExpectJsonAsync();
        return await (await coordinator.UploadAsync(url + "/endorsement", "letter", AssessmentTestData.Pdf, "หนังสือรับรอง.pdf",
            new Dictionary<string, string> { ["mayorName"] = "นายสมชาย ใจดี", ["mayorTitle"] = "นายกเทศมนตรี" })).ExpectJsonAsync();
    }
}
