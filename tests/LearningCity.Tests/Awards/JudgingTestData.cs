using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Awards;

/// <summary>A cycle in its judging phase with the default criteria and categories.</summary>
internal sealed record JudgingCycle(int Id, IReadOnlyList<int> CriterionIds, int CategoryId, int SecondCategoryId)
{
    public string Url => $"/api/v1/awards/cycles/{Id}";
}

/// <summary>A judge on a cycle's panel, signed in to the API.</summary>
internal sealed record PanelJudge(TestUser User, HttpClient Client, int JudgeId);

/// <summary>
/// Builders for judging tests: cycles, categories, criteria and submitted applications straight into the database
/// (the applications feature is someone else's), judges added through the API.
/// </summary>
internal static class JudgingTestData
{
    // Award cycles are unique per Buddhist-Era year; judging tests take years far from other tests' ones.
    private static int _year = 3100 + Random.Shared.Next(0, 3000) * 10;

    public static async Task<JudgingCycle> JudgingCycleAsync(this AppFactory factory, bool blind = false, bool hideOthers = true,
        int judgesPerApplication = 2, double disagreement = 25, bool callOpen = false)
    {
        var year = Interlocked.Increment(ref _year);
        var today = AssessmentTestData.ThaiToday(factory);
        return await factory.WithDbAsync(async db =>
        {
            var cycle = new AwardCycle
            {
                YearBe = year, Name = new BilingualText($"รางวัลทดสอบ {year}", $"Test awards {year - 543}"),
                CallOpens = today.AddDays(-60), CallCloses = callOpen ? today.AddDays(5) : today.AddDays(-1),
                JudgingEnds = today.AddDays(30), AnnouncementOn = today.AddDays(40),
                BlindReview = blind, HideOtherScoresUntilSubmitted = hideOthers, JudgesPerApplication = judgesPerApplication,
                DisagreementThreshold = disagreement, CreatedAt = factory.UtcNow().UtcDateTime,
                Categories = DefaultCriteria.Categories(), Criteria = DefaultCriteria.Criteria(),
            };
            db.AwardCycles.Add(cycle);
            await db.SaveChangesAsync();
            var categories = cycle.Categories.OrderBy(c => c.SortOrder).ToList();
            return new JudgingCycle(cycle.Id, cycle.Criteria.OrderBy(c => c.SortOrder).Select(c => c.Id).ToList(), categories[0].Id, categories[1].Id);
        });
    }

    /// <summary>A new city (in the given province) with a submitted application; returns (application id, city id).</summary>
    public static async Task<(int ApplicationId, int CityId)> SubmittedApplicationAsync(this AppFactory factory, JudgingCycle cycle,
        string province = "TH-50", int? categoryId = null, ApplicationStatus status = ApplicationStatus.Submitted, string name = "เมืองสมัครรางวัล")
    {
        var cityId = await factory.AddCityAsync(CityTestData.Unique(name), province);
        var applicationId = await factory.WithDbAsync(async db =>
        {
            var now = factory.UtcNow().UtcDateTime;
            var application = new AwardApplication
            {
                CycleId = cycle.Id, CategoryId = categoryId ?? cycle.CategoryId, CityId = cityId, Status = status,
                Narratives = cycle.CriterionIds.Select(id => new CriterionNarrative(id, $"เรื่องเล่าของเกณฑ์ {id}")).ToList(),
                MayorName = "นายกเทศมนตรีทดสอบ", SubmittedAt = status == ApplicationStatus.Submitted ? now : null,
                CreatedAt = now, UpdatedAt = now, ConsentToPublish = true,
            };
            db.AwardApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
        return (applicationId, cityId);
    }

    public static async Task<HttpClient> AdminAsync(this AppFactory factory) => await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));

    /// <summary>A new user with the Judge role, added to the cycle's panel by the admin.</summary>
    public static async Task<PanelJudge> JudgeOnPanelAsync(this AppFactory factory, HttpClient admin, JudgingCycle cycle,
        string? province = "TH-90", string? organisation = null, int? organisationCityId = null, int[]? coordinates = null)
    {
        var user = await factory.CreateAsync(Roles.Judge, cities: coordinates);
        if (coordinates is not null) await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LearningCity.Modules.Identity.Data.AppUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, Roles.Coordinator);
        });
        var added = await (await admin.PostAsJsonAsync($"{cycle.Url}/judges",
            new { email = user.Email, provinceCode = province, organisation, organisationCityId })).ExpectJsonAsync(HttpStatusCode.Created);
        return new PanelJudge(user, await factory.ApiClientAsync(user), added.GetProperty("id").GetInt32());
    }

    public static Task<HttpResponseMessage> AssignAsync(this HttpClient admin, JudgingCycle cycle, int applicationId, PanelJudge judge) =>
        admin.PostAsJsonAsync($"{cycle.Url}/assignments", new { applicationId, judgeUserId = judge.User.Id });

    public static async Task<int> AssignedAsync(this HttpClient admin, JudgingCycle cycle, int applicationId, PanelJudge judge) =>
        (await (await admin.AssignAsync(cycle, applicationId, judge)).ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    public static Task<HttpResponseMessage> ScoreAsync(this HttpClient judge, int assignmentId, int criterionId, int score, uint version = 0, string? comment = null) =>
        judge.PutAsJsonAsync($"/api/v1/awards/judging/{assignmentId}/scores/{criterionId}", new { score, comment, version });

    /// <summary>Scores every criterion with the given level and submits.</summary>
    public static async Task ScoreAllAndSubmitAsync(this HttpClient judge, JudgingCycle cycle, int assignmentId, int score)
    {
        foreach (var criterion in cycle.CriterionIds) await (await judge.ScoreAsync(assignmentId, criterion, score)).ExpectJsonAsync();
        await (await judge.PostAsync($"/api/v1/awards/judging/{assignmentId}/submit", null)).ExpectJsonAsync();
    }

    public static Task<int> AssignmentCountAsync(this AppFactory factory, int applicationId) =>
        factory.WithDbAsync(db => db.JudgeAssignments.CountAsync(a => a.ApplicationId == applicationId));

    public static string[] ReasonCodes(this JsonElement problem) =>
        problem.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray();
}
