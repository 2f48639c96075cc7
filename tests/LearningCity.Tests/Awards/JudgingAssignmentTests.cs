using System.Net;
using System.Net.Http.Json;
using System.Text;
using LearningCity.Common.Auth;
using LearningCity.Modules.Awards.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class JudgingAssignmentTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Only_users_with_the_judge_role_join_the_panel()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var learner = await factory.CreateAsync(Roles.Learner);
        var refused = await admin.PostAsJsonAsync($"{cycle.Url}/judges", new { email = learner.Email, provinceCode = "TH-10" });
        Assert.Contains("ไม่ใช่ผู้ใช้ที่มีบทบาทกรรมการตัดสิน", await refused.DetailAsync(HttpStatusCode.BadRequest));
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var panel = await (await admin.GetAsync($"{cycle.Url}/judges")).ExpectJsonAsync();
        Assert.Equal([judge.User.Email], panel.EnumerateArray().Select(j => j.GetProperty("email").GetString()).ToArray());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"{cycle.Url}/judges", new { email = judge.User.Email })).StatusCode);
    }

    [Fact]
    public async Task Duplicates_and_unsubmitted_applications_are_refused_and_a_judge_who_scored_stays()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, _) = await factory.SubmittedApplicationAsync(cycle);
        var (draft, _) = await factory.SubmittedApplicationAsync(cycle, status: ApplicationStatus.Draft);
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var assignment = await admin.AssignedAsync(cycle, application, judge);
        Assert.Contains("ได้รับมอบหมายใบสมัครนี้แล้ว", await (await admin.AssignAsync(cycle, application, judge)).DetailAsync(HttpStatusCode.Conflict));
        Assert.Contains("ยังไม่ได้ส่ง", await (await admin.AssignAsync(cycle, draft, judge)).DetailAsync(HttpStatusCode.Conflict));

        await (await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 3)).ExpectJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{cycle.Url}/assignments/{assignment}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{cycle.Url}/judges/{judge.JudgeId}")).StatusCode);
        Assert.Equal(1, await factory.AssignmentCountAsync(application));

        var idle = await factory.JudgeOnPanelAsync(admin, cycle);
        var unscored = await admin.AssignedAsync(cycle, application, idle);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{cycle.Url}/assignments/{unscored}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{cycle.Url}/judges/{idle.JudgeId}")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "awards.assignment.remove" && e.EntityId == unscored.ToString())));
    }

    [Fact]
    public async Task Automatic_assignment_balances_the_load_within_one()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync(judgesPerApplication: 2);
        var applications = new List<int>();
        for (var i = 0; i < 7; i++) applications.Add((await factory.SubmittedApplicationAsync(cycle, province: "TH-1" + i)).ApplicationId);
        var judges = new List<PanelJudge>();
        for (var i = 0; i < 4; i++) judges.Add(await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-8" + i));

        var report = await (await admin.PostAsync($"{cycle.Url}/assignments/automatic", null)).ExpectJsonAsync();
        Assert.Equal(14, report.GetProperty("added").GetInt32());
        Assert.Empty(report.GetProperty("unfilled").EnumerateArray());
        var rows = await factory.WithDbAsync(db => db.JudgeAssignments.Where(a => a.CycleId == cycle.Id).Select(a => new { a.ApplicationId, a.JudgeUserId, a.Method }).ToListAsync());
        Assert.All(applications, a => Assert.Equal(2, rows.Count(r => r.ApplicationId == a)));
        var loads = judges.Select(j => rows.Count(r => r.JudgeUserId == j.User.Id)).ToList();
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
        Assert.All(rows, r => Assert.Equal(AssignmentMethod.Automatic, r.Method));

        var again = await (await admin.PostAsync($"{cycle.Url}/assignments/automatic", null)).ExpectJsonAsync();
        Assert.Equal(0, again.GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task A_csv_dry_run_reports_every_row_and_a_bad_row_stops_the_whole_file()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (a1, _) = await factory.SubmittedApplicationAsync(cycle);
        var (a2, _) = await factory.SubmittedApplicationAsync(cycle);
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var stranger = await factory.CreateAsync(Roles.Judge);
        Task<HttpResponseMessage> Post(string csv, bool dryRun) =>
            admin.PostAsync($"{cycle.Url}/assignments/import?dryRun={dryRun}", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var bad = $"application_id,judge_email\n{a1},{judge.User.Email}\nabc,{judge.User.Email}\n{a2},{stranger.Email}\n";
        var dry = await (await Post(bad, true)).ExpectJsonAsync(HttpStatusCode.BadRequest);
        var rows = dry.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([2, 3, 4], rows.Select(r => r.GetProperty("row").GetInt32()).ToArray());
        Assert.Equal([true, false, false], rows.Select(r => r.GetProperty("ok").GetBoolean()).ToArray());
        Assert.Contains("ตัวเลข", rows[1].GetProperty("errors").GetProperty("application_id")[0].GetString());
        Assert.Contains("ไม่ได้อยู่ในคณะกรรมการ", rows[2].GetProperty("errors").GetProperty("judge_email")[0].GetString());
        await (await Post(bad, false)).ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal((0, 0), (await factory.AssignmentCountAsync(a1), await factory.AssignmentCountAsync(a2)));

        var good = $"application_id,judge_email\n{a1},{judge.User.Email}\n{a2},{judge.User.Email.ToUpperInvariant()}\n";
        var checkedOnly = await (await Post(good, true)).ExpectJsonAsync();
        Assert.Equal((0, true), (checkedOnly.GetProperty("imported").GetInt32(), checkedOnly.GetProperty("dryRun").GetBoolean()));
        Assert.Equal(0, await factory.AssignmentCountAsync(a1));
        var imported = await (await Post(good, false)).ExpectJsonAsync();
        Assert.Equal(2, imported.GetProperty("imported").GetInt32());
        Assert.Equal((1, 1), (await factory.AssignmentCountAsync(a1), await factory.AssignmentCountAsync(a2)));
        var duplicate = await (await Post(good, true)).ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.All(duplicate.GetProperty("rows").EnumerateArray(), r => Assert.False(r.GetProperty("ok").GetBoolean()));
    }
}
