using System.Net;
using System.Net.Http.Json;
using System.Text;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class JudgingConflictTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<string[]> RefusedReasonsAsync(HttpClient admin, JudgingCycle cycle, int applicationId, PanelJudge judge, string expectedInDetail)
    {
        var response = await admin.AssignAsync(cycle, applicationId, judge);
        var problem = await response.ExpectJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains(expectedInDetail, problem.GetProperty("detail").GetString());
        Assert.Equal(0, await factory.AssignmentCountAsync(applicationId));
        return problem.ReasonCodes();
    }

    [Fact]
    public async Task A_judge_from_the_city_province_is_refused_with_the_reason()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, _) = await factory.SubmittedApplicationAsync(cycle, province: "TH-50");
        var judge = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-50");
        Assert.Equal(["SameProvince"], await RefusedReasonsAsync(admin, cycle, application, judge, "จังหวัดเดียวกับเมือง (TH-50)"));
    }

    [Fact]
    public async Task A_judge_working_for_the_city_or_coordinating_it_is_refused()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, city) = await factory.SubmittedApplicationAsync(cycle);
        var staff = await factory.JudgeOnPanelAsync(admin, cycle, organisation: "เทศบาลทดสอบ", organisationCityId: city);
        Assert.Equal(["SameOrganisation"], await RefusedReasonsAsync(admin, cycle, application, staff, "เทศบาลทดสอบ"));
        var coordinator = await factory.JudgeOnPanelAsync(admin, cycle, coordinates: [city]);
        Assert.Equal(["CityCoordinator"], await RefusedReasonsAsync(admin, cycle, application, coordinator, "ผู้ประสานงานของเมืองนี้"));
    }

    [Fact]
    public async Task A_recorded_mentor_is_refused_and_every_reason_is_named_in_english_too()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, city) = await factory.SubmittedApplicationAsync(cycle, province: "TH-40");
        var judge = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-40");
        await (await admin.PostAsJsonAsync("/api/v1/awards/mentoring", new { email = judge.User.Email, cityId = city, note = "coach 2568" }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Post, $"{cycle.Url}/assignments") { Content = JsonContent.Create(new { applicationId = application, judgeUserId = judge.User.Id }) };
        var problem = await (await admin.SendAsync(request.InEnglish())).ExpectJsonAsync(HttpStatusCode.Conflict);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("same province as the city (TH-40)", detail);
        Assert.Contains("mentors this city (coach 2568)", detail);
        Assert.Equal(["SameProvince", "Mentoring"], problem.ReasonCodes());
    }

    [Fact]
    public async Task Declaring_a_conflict_removes_the_judge_from_the_city_applications_and_bars_reassignment()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (first, city) = await factory.SubmittedApplicationAsync(cycle);
        var second = await factory.WithDbAsync(async db =>
        {
            var copy = await db.AwardApplications.AsNoTracking().FirstAsync(a => a.Id == first);
            copy.Id = 0;
            copy.CategoryId = cycle.SecondCategoryId;
            db.AwardApplications.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var scored = await admin.AssignedAsync(cycle, first, judge);
        await admin.AssignedAsync(cycle, second, judge);
        await (await judge.Client.ScoreAsync(scored, cycle.CriterionIds[0], 4)).ExpectJsonAsync();

        var empty = await judge.Client.PostAsJsonAsync($"/api/v1/awards/judging/{scored}/conflict", new { reason = " " });
        Assert.Contains("เหตุผล", await empty.DetailAsync(HttpStatusCode.BadRequest));
        var declared = await (await judge.Client.PostAsJsonAsync($"/api/v1/awards/judging/{scored}/conflict", new { reason = "ญาติทำงานที่เทศบาล" })).ExpectJsonAsync();
        Assert.Equal(2, declared.GetProperty("removedAssignments").GetInt32());
        Assert.Equal((0, 0), (await factory.AssignmentCountAsync(first), await factory.AssignmentCountAsync(second)));
        Assert.Equal(HttpStatusCode.NotFound, (await judge.Client.GetAsync($"/api/v1/awards/judging/{scored}")).StatusCode);
        Assert.Equal(["Declared"], await RefusedReasonsAsync(admin, cycle, first, judge, "ญาติทำงานที่เทศบาล"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "awards.assignment.remove-conflict" && e.EntityId == scored.ToString())));
    }

    [Fact]
    public async Task Csv_and_automatic_assignment_never_assign_a_conflicted_judge()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync(judgesPerApplication: 2);
        var (application, _) = await factory.SubmittedApplicationAsync(cycle, province: "TH-30");
        var local = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-30");
        var outsider = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-20");

        var csv = $"application_id,judge_email\n{application},{local.User.Email}\n{application},{outsider.User.Email}\n";
        var report = await (await admin.PostAsync($"{cycle.Url}/assignments/import?dryRun=false", new StringContent(csv, Encoding.UTF8, "text/csv")))
            .ExpectJsonAsync(HttpStatusCode.BadRequest);
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.False(rows[0].GetProperty("ok").GetBoolean());
        Assert.Contains("จังหวัดเดียวกับเมือง (TH-30)", rows[0].GetProperty("errors").GetProperty("judge_email")[0].GetString());
        Assert.True(rows[1].GetProperty("ok").GetBoolean());
        Assert.Equal(0, await factory.AssignmentCountAsync(application));

        var automatic = await (await admin.PostAsync($"{cycle.Url}/assignments/automatic", null)).ExpectJsonAsync();
        Assert.Equal(1, automatic.GetProperty("added").GetInt32());
        var unfilled = automatic.GetProperty("unfilled").EnumerateArray().Single();
        Assert.Equal((application, 1, 2), (unfilled.GetProperty("applicationId").GetInt32(), unfilled.GetProperty("assigned").GetInt32(), unfilled.GetProperty("wanted").GetInt32()));
        var judges = await factory.WithDbAsync(db => db.JudgeAssignments.Where(a => a.ApplicationId == application).Select(a => a.JudgeUserId).ToListAsync());
        Assert.Equal([outsider.User.Id], judges);
    }
}
