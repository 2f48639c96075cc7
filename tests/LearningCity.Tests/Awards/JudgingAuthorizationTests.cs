using System.Net;
using System.Net.Http.Json;
using System.Text;
using LearningCity.Common.Auth;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class JudgingAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private sealed record Setup(JudgingCycle Cycle, int Application, int CityId, PanelJudge Judge, int Assignment, int JudgeId, int MentoringId);

    private async Task<Setup> SetupAsync()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, city) = await factory.SubmittedApplicationAsync(cycle);
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var assignment = await admin.AssignedAsync(cycle, application, judge);
        var mentor = await factory.CreateAsync(Roles.Learner);
        var mentoring = await (await admin.PostAsJsonAsync("/api/v1/awards/mentoring", new { email = mentor.Email, cityId = city })).ExpectJsonAsync(HttpStatusCode.Created);
        return new Setup(cycle, application, city, judge, assignment, judge.JudgeId, mentoring.GetProperty("id").GetInt32());
    }

    /// <summary>Every judging call, each made so that a caller who is allowed would change nothing that matters.</summary>
    private static async Task<Dictionary<string, HttpStatusCode>> CallAllAsync(HttpClient client, Setup s)
    {
        var c = s.Cycle.Url;
        var j = $"/api/v1/awards/judging/{s.Assignment}";
        return new()
        {
            ["judges"] = (await client.GetAsync($"{c}/judges")).StatusCode,
            ["add judge"] = (await client.PostAsJsonAsync($"{c}/judges", new { email = "nobody@test.example" })).StatusCode,
            ["remove judge"] = (await client.DeleteAsync($"{c}/judges/999999")).StatusCode,
            ["assignments"] = (await client.GetAsync($"{c}/assignments")).StatusCode,
            ["assign"] = (await client.PostAsJsonAsync($"{c}/assignments", new { applicationId = s.Application, judgeUserId = s.Judge.User.Id })).StatusCode,
            ["unassign"] = (await client.DeleteAsync($"{c}/assignments/999999")).StatusCode,
            ["automatic"] = (await client.PostAsync($"{c}/assignments/automatic", null)).StatusCode,
            ["csv"] = (await client.PostAsync($"{c}/assignments/import", new StringContent("application_id,judge_email\n", Encoding.UTF8, "text/csv"))).StatusCode,
            ["panel"] = (await client.GetAsync($"{c}/panel")).StatusCode,
            ["shortlist"] = (await client.PostAsJsonAsync($"{c}/applications/{s.Application}/shortlist", new { shortlisted = false })).StatusCode,
            ["decision"] = (await client.PostAsJsonAsync($"{c}/applications/{s.Application}/decision", new { outcome = "Winner" })).StatusCode,
            ["lock"] = (await client.PostAsync($"/api/v1/awards/cycles/999999/lock", null)).StatusCode,
            ["mentoring"] = (await client.GetAsync("/api/v1/awards/mentoring")).StatusCode,
            ["record mentoring"] = (await client.PostAsJsonAsync("/api/v1/awards/mentoring", new { email = "nobody@test.example", cityId = s.CityId })).StatusCode,
            ["remove mentoring"] = (await client.DeleteAsync("/api/v1/awards/mentoring/999999")).StatusCode,
            ["my assignments"] = (await client.GetAsync("/api/v1/awards/judging")).StatusCode,
            ["read"] = (await client.GetAsync(j)).StatusCode,
            ["score"] = (await client.ScoreAsync(s.Assignment, s.Cycle.CriterionIds[0], 9)).StatusCode,
            ["submit"] = (await client.PostAsync($"{j}/submit", null)).StatusCode,
            ["conflict"] = (await client.PostAsJsonAsync($"{j}/conflict", new { reason = "" })).StatusCode,
        };
    }

    private static readonly string[] AdminCalls = ["judges", "add judge", "remove judge", "assignments", "assign", "unassign", "automatic", "csv", "panel",
        "shortlist", "decision", "lock", "mentoring", "record mentoring", "remove mentoring"];
    private static readonly string[] JudgeCalls = ["my assignments", "read", "score", "submit", "conflict"];

    private static void Expect(Dictionary<string, HttpStatusCode> answers, HttpStatusCode expected, IEnumerable<string> calls)
    {
        foreach (var call in calls) Assert.True(answers[call] == expected, $"{call} answered {(int)answers[call]}, expected {(int)expected}");
    }

    private async Task UnchangedAsync(Setup s)
    {
        var (assignments, scores, decided) = await factory.WithDbAsync(async db => (
            await db.JudgeAssignments.CountAsync(a => a.CycleId == s.Cycle.Id),
            await db.JudgeScores.CountAsync(x => x.AssignmentId == s.Assignment),
            await db.AwardApplications.AnyAsync(a => a.Id == s.Application && (a.Shortlisted || a.DecidedAt != null))));
        Assert.Equal((1, 0, false), (assignments, scores, decided));
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in()
    {
        var s = await SetupAsync();
        Expect(await CallAllAsync(factory.CreateBrowserlessClient(), s), HttpStatusCode.Unauthorized, [.. AdminCalls, .. JudgeCalls]);
        await UnchangedAsync(s);
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Coordinator)]
    public async Task Learners_reviewers_and_coordinators_of_the_applying_city_may_not_judge_or_administer(string role)
    {
        var s = await SetupAsync();
        var user = await factory.CreateAsync(role, cities: role == Roles.Coordinator ? [s.CityId] : null);
        Expect(await CallAllAsync(await factory.ApiClientAsync(user), s), HttpStatusCode.Forbidden, [.. AdminCalls, .. JudgeCalls]);
        await UnchangedAsync(s);
    }

    [Fact]
    public async Task A_judge_not_assigned_sees_no_such_application_and_cannot_administer()
    {
        var s = await SetupAsync();
        var stranger = await factory.JudgeOnPanelAsync(await factory.AdminAsync(), s.Cycle);
        var answers = await CallAllAsync(stranger.Client, s);
        Expect(answers, HttpStatusCode.Forbidden, AdminCalls);
        Expect(answers, HttpStatusCode.OK, ["my assignments"]);
        Expect(answers, HttpStatusCode.NotFound, ["read", "score", "submit", "conflict"]);
        Assert.Equal("[]", await (await stranger.Client.GetAsync("/api/v1/awards/judging")).Content.ReadAsStringAsync());
        await UnchangedAsync(s);
    }

    [Fact]
    public async Task The_assigned_judge_reads_and_scores_but_cannot_administer()
    {
        var s = await SetupAsync();
        var answers = await CallAllAsync(s.Judge.Client, s);
        Expect(answers, HttpStatusCode.Forbidden, AdminCalls);
        Expect(answers, HttpStatusCode.OK, ["my assignments", "read"]);
        Expect(answers, HttpStatusCode.BadRequest, ["score", "submit", "conflict"]);
        await UnchangedAsync(s);
    }

    [Fact]
    public async Task An_admin_administers_but_does_not_score()
    {
        var s = await SetupAsync();
        var answers = await CallAllAsync(await factory.AdminAsync(), s);
        Expect(answers, HttpStatusCode.Forbidden, JudgeCalls);
        Expect(answers, HttpStatusCode.OK, ["judges", "assignments", "panel", "mentoring", "automatic", "shortlist"]);
        Expect(answers, HttpStatusCode.BadRequest, ["add judge", "csv", "decision", "record mentoring"]);
        Expect(answers, HttpStatusCode.NotFound, ["remove judge", "unassign", "lock", "remove mentoring"]);
        Expect(answers, HttpStatusCode.Conflict, ["assign"]);
    }
}
