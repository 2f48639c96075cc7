using System.Net;
using System.Net.Http.Json;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Awards;
using LearningCity.Tests.Cities;

namespace LearningCity.Tests.Privacy;

/// <summary>
/// The person in the awards: as coordinator starts their city's application; as a judge on a panel with another judge
/// scores (with comments) and submits two applications and declares a conflict with a third; as secretariat assigns the
/// other judge, decides an application and records a mentoring relation; and has one recorded about them. Answers the
/// judging cycle, whose panel figures must not change with the deletion.
/// </summary>
internal static class AwardSteps
{
    public static async Task<int> RunAsync(AccountInModules a)
    {
        var f = a.Factory;
        var open = await f.AddCycleAsync();
        await (await a.Client.StartAsync(open, await f.CategoryIdAsync(open, "large"), a.CityId)).ExpectJsonAsync(HttpStatusCode.Created);

        var cycle = await f.JudgingCycleAsync();
        var applications = new List<int>();
        for (var i = 0; i < 3; i++) applications.Add((await f.SubmittedApplicationAsync(cycle)).ApplicationId);
        await (await a.Admin.PostAsJsonAsync($"{cycle.Url}/judges", new { email = a.User.Email, provinceCode = "TH-90" })).ExpectJsonAsync(HttpStatusCode.Created);
        var other = await f.JudgeOnPanelAsync(a.Admin, cycle);
        var mine = new List<int>();
        foreach (var application in applications) mine.Add(await AssignAsync(a.Admin, cycle, application, a.User.Id));
        var theirs = new[] { await AssignAsync(a.Client, cycle, applications[0], other.User.Id), await AssignAsync(a.Client, cycle, applications[1], other.User.Id) };

        await ScoreAndSubmitAsync(a.Client, cycle, mine[0], 4, "หลักฐานครบถ้วน");
        await ScoreAndSubmitAsync(a.Client, cycle, mine[1], 2, "แผนยังไม่ชัดเจน");
        await other.Client.ScoreAllAndSubmitAsync(cycle, theirs[0], 3);
        await other.Client.ScoreAllAndSubmitAsync(cycle, theirs[1], 5);
        (await a.Client.PostAsJsonAsync($"/api/v1/awards/judging/{mine[2]}/conflict", new { reason = "เคยเป็นที่ปรึกษาของเมืองนี้" })).EnsureSuccessStatusCode();

        await (await a.Client.PostAsJsonAsync($"{cycle.Url}/applications/{applications[0]}/decision",
            new { outcome = "Winner", rationale = "โดดเด่นด้านการมีส่วนร่วม" })).ExpectJsonAsync();
        var mentored = await f.AddCityAsync(CityTestData.Unique("เมืองที่มีพี่เลี้ยง"));
        await (await a.Admin.PostAsJsonAsync("/api/v1/awards/mentoring", new { email = a.User.Email, cityId = mentored, note = "โค้ชทีมเมือง" }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        await (await a.Client.PostAsJsonAsync("/api/v1/awards/mentoring", new { email = other.User.Email, cityId = mentored })).ExpectJsonAsync(HttpStatusCode.Created);
        return cycle.Id;
    }

    private static async Task<int> AssignAsync(HttpClient admin, JudgingCycle cycle, int applicationId, Guid judgeUserId) =>
        (await (await admin.PostAsJsonAsync($"{cycle.Url}/assignments", new { applicationId, judgeUserId })).ExpectJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();

    private static async Task ScoreAndSubmitAsync(HttpClient judge, JudgingCycle cycle, int assignmentId, int score, string comment)
    {
        foreach (var criterion in cycle.CriterionIds) await (await judge.ScoreAsync(assignmentId, criterion, score, comment: comment)).ExpectJsonAsync();
        await (await judge.PostAsync($"/api/v1/awards/judging/{assignmentId}/submit", null)).ExpectJsonAsync();
    }
}
