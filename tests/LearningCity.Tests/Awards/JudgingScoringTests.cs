using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class JudgingScoringTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(JudgingCycle Cycle, int Application, string CityName, PanelJudge Judge, int Assignment)> AssignedAsync(bool blind = false, bool hideOthers = true, bool callOpen = false)
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync(blind: blind, hideOthers: hideOthers, callOpen: callOpen);
        var (application, city) = await factory.SubmittedApplicationAsync(cycle, province: "TH-57", name: "เมืองลับเฉพาะ");
        var cityName = await factory.WithDbAsync(db => db.Cities.Where(c => c.Id == city).Select(c => c.Name.Th).FirstAsync());
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        return (cycle, application, cityName, judge, await admin.AssignedAsync(cycle, application, judge));
    }

    [Fact]
    public async Task Blind_review_hides_the_city_in_the_judge_api()
    {
        var (_, application, cityName, judge, assignment) = await AssignedAsync(blind: true);
        // The city names itself and its province in its own narrative; the judge reads placeholders instead.
        await factory.WithDbAsync(async db =>
        {
            var a = await db.AwardApplications.SingleAsync(x => x.Id == application);
            a.Narratives = [.. a.Narratives.Select(n => n with { Text = $"{cityName} ร่วมกับจังหวัดเชียงราย และ Chiang Rai province" })];
            return await db.SaveChangesAsync();
        });
        var body = await (await judge.Client.GetAsync($"/api/v1/awards/judging/{assignment}")).Content.ReadAsStringAsync();
        var list = await (await judge.Client.GetAsync("/api/v1/awards/judging")).Content.ReadAsStringAsync();
        foreach (var text in new[] { body, list })
        {
            Assert.DoesNotContain(cityName, text);
            Assert.DoesNotContain("cityId", text);
            Assert.DoesNotContain("TH-57", text);
            Assert.DoesNotContain("เชียงราย", text);
            Assert.Contains($"ใบสมัครหมายเลข {application}", text);
        }
        Assert.Contains("[ชื่อเมือง] ร่วมกับจังหวัด[จังหวัด] และ [จังหวัด] province", body);

        var (_, _, openName, openJudge, openAssignment) = await AssignedAsync(blind: false);
        Assert.Contains(openName, await (await openJudge.Client.GetAsync($"/api/v1/awards/judging/{openAssignment}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_score_must_be_a_rubric_level_and_scoring_waits_for_the_call_to_close()
    {
        var (cycle, _, _, judge, assignment) = await AssignedAsync();
        Assert.Contains("1, 2, 3, 4, 5", await (await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 6)).DetailAsync(HttpStatusCode.BadRequest));
        await (await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 0)).DetailAsync(HttpStatusCode.BadRequest);
        var saved = await (await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 5, comment: "หลักฐานชัดเจน")).ExpectJsonAsync();
        Assert.Equal((5, 1u), (saved.GetProperty("score").GetInt32(), saved.GetProperty("version").GetUInt32()));

        var open = await AssignedAsync(callOpen: true);
        Assert.Contains("ช่วงการตัดสิน", await (await open.Judge.Client.ScoreAsync(open.Assignment, open.Cycle.CriterionIds[0], 3)).DetailAsync(HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Submitting_needs_every_criterion_and_makes_the_scores_final()
    {
        var (cycle, _, _, judge, assignment) = await AssignedAsync();
        await (await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 4)).ExpectJsonAsync();
        var missing = await (await judge.Client.PostAsync($"/api/v1/awards/judging/{assignment}/submit", null)).DetailAsync(HttpStatusCode.BadRequest);
        Assert.Contains("การขยายพื้นที่การเรียนรู้", missing);
        Assert.DoesNotContain("ความมุ่งมั่นของผู้นำ", missing);
        foreach (var criterion in cycle.CriterionIds.Skip(1)) await (await judge.Client.ScoreAsync(assignment, criterion, 3)).ExpectJsonAsync();
        await (await judge.Client.PostAsync($"/api/v1/awards/judging/{assignment}/submit", null)).ExpectJsonAsync();
        Assert.Contains("ส่งคะแนนแล้ว", await (await judge.Client.ScoreAsync(assignment, cycle.CriterionIds[0], 5, version: 2)).DetailAsync(HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_of_two_concurrent_updates_one_wins()
    {
        var (cycle, _, _, judge, assignment) = await AssignedAsync();
        var criterion = cycle.CriterionIds[1];
        await (await judge.Client.ScoreAsync(assignment, criterion, 2)).ExpectJsonAsync();
        var second = await factory.ApiClientAsync(judge.User);
        var answers = await Task.WhenAll(judge.Client.ScoreAsync(assignment, criterion, 3, version: 1, comment: "first"),
            second.ScoreAsync(assignment, criterion, 4, version: 1, comment: "second"));
        var codes = answers.Select(a => a.StatusCode).Order().ToArray();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], codes);
        Assert.Contains("มีผู้อื่นแก้ไขคะแนนนี้", await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).DetailAsync(HttpStatusCode.Conflict));
        var winner = await answers.Single(a => a.StatusCode == HttpStatusCode.OK).ExpectJsonAsync();
        var stored = await factory.WithDbAsync(db => db.JudgeScores.SingleAsync(s => s.AssignmentId == assignment && s.CriterionId == criterion));
        Assert.Equal((winner.GetProperty("score").GetInt32(), 2u), (stored.Score, stored.Version));

        Assert.Equal(HttpStatusCode.Conflict, (await judge.Client.ScoreAsync(assignment, criterion, 1, version: 1)).StatusCode);
        Assert.Equal(stored.Score, await factory.WithDbAsync(db => db.JudgeScores.Where(s => s.Id == stored.Id).Select(s => s.Score).SingleAsync()));
    }

    [Fact]
    public async Task Other_judges_scores_stay_hidden_until_the_judge_submitted_and_are_anonymous()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, _) = await factory.SubmittedApplicationAsync(cycle);
        var first = await factory.JudgeOnPanelAsync(admin, cycle);
        var second = await factory.JudgeOnPanelAsync(admin, cycle);
        var a1 = await admin.AssignedAsync(cycle, application, first);
        var a2 = await admin.AssignedAsync(cycle, application, second);
        await first.Client.ScoreAllAndSubmitAsync(cycle, a1, 5);

        var before = await (await second.Client.GetAsync($"/api/v1/awards/judging/{a2}")).ExpectJsonAsync();
        Assert.True(before.GetProperty("othersHidden").GetBoolean());
        Assert.Empty(before.GetProperty("others").EnumerateArray());
        await second.Client.ScoreAllAndSubmitAsync(cycle, a2, 2);
        var after = await (await second.Client.GetAsync($"/api/v1/awards/judging/{a2}")).Content.ReadAsStringAsync();
        Assert.Contains("\"judge\":\"กรรมการ A\"", after);
        Assert.Contains("\"weightedScore\":100", after);
        Assert.DoesNotContain(first.User.Email.Split('@')[0], after);
        Assert.DoesNotContain(first.User.Id.ToString(), after);

        var visible = await factory.JudgingCycleAsync(hideOthers: false);
        var (open, _) = await factory.SubmittedApplicationAsync(visible);
        var third = await factory.JudgeOnPanelAsync(admin, visible);
        var fourth = await factory.JudgeOnPanelAsync(admin, visible);
        var c1 = await admin.AssignedAsync(visible, open, third);
        var c2 = await admin.AssignedAsync(visible, open, fourth);
        await (await third.Client.ScoreAsync(c1, visible.CriterionIds[0], 4, comment: "ดีมาก")).ExpectJsonAsync();
        var seen = await (await fourth.Client.GetAsync($"/api/v1/awards/judging/{c2}")).ExpectJsonAsync();
        Assert.False(seen.GetProperty("othersHidden").GetBoolean());
        var other = seen.GetProperty("others").EnumerateArray().Single();
        Assert.Equal(("กรรมการ A", false, 4), (other.GetProperty("judge").GetString(), other.GetProperty("submitted").GetBoolean(),
            other.GetProperty("scores")[0].GetProperty("score").GetInt32()));
    }

    [Fact]
    public async Task Assigned_judges_open_the_evidence_files_and_other_judges_cannot()
    {
        var cycle = await factory.JudgingCycleAsync(callOpen: true);
        var (applicationId, cityId) = await factory.SubmittedApplicationAsync(cycle, status: LearningCity.Modules.Awards.Data.ApplicationStatus.Draft);
        var coordinator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(AssessmentTestData.Pdf);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(part, "file", "แผนเมืองแห่งการเรียนรู้.pdf");
        await (await coordinator.PostAsync($"/api/v1/awards/applications/{applicationId}/evidence", content)).ExpectJsonAsync();
        await factory.WithDbAsync(db => db.AwardApplications.Where(a => a.Id == applicationId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, LearningCity.Modules.Awards.Data.ApplicationStatus.Submitted)));

        var admin = await factory.AdminAsync();
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var assignment = await admin.AssignedAsync(cycle, applicationId, judge);
        var view = await (await judge.Client.GetAsync($"/api/v1/awards/judging/{assignment}")).ExpectJsonAsync();
        var url = view.GetProperty("evidence")[0].GetProperty("url").GetString()!;
        var file = await judge.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(AssessmentTestData.Pdf, await file.Content.ReadAsByteArrayAsync());
        var page = await judge.Client.GetPageAsync($"/awards/judging/{assignment}");
        Assert.Equal(url, page.QuerySelector("#application-evidence a.judge-evidence")!.GetAttribute("href"));

        var other = await factory.JudgeOnPanelAsync(admin, cycle);
        Assert.NotEqual(HttpStatusCode.OK, (await other.Client.GetAsync(url)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await (await factory.ApiClientAsync(await factory.CreateAsync(Roles.Learner))).GetAsync(url)).StatusCode);
    }
}
