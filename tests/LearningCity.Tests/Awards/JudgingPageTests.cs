using System.Net;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class JudgingPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Under_blind_review_the_judge_page_hides_the_city_and_the_judge_scores_and_submits_through_it()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync(blind: true);
        var (application, city) = await factory.SubmittedApplicationAsync(cycle, province: "TH-57", name: "เมืองปิดชื่อ");
        var cityName = await factory.WithDbAsync(db => db.Cities.Where(c => c.Id == city).Select(c => c.Name.Th).FirstAsync());
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        var assignment = await admin.AssignedAsync(cycle, application, judge);
        var browser = await factory.LoginAsync(judge.User);
        var url = $"/awards/judging/{assignment}";

        foreach (var page in new[] { "/awards/judging", url })
        {
            var html = (await browser.GetPageAsync(page)).DocumentElement.OuterHtml;
            Assert.DoesNotContain(cityName, html);
            Assert.DoesNotContain("TH-57", html);
            Assert.Contains($"ใบสมัครหมายเลข {application}", html);
        }
        var refused = await Html.ParseAsync(await browser.SubmitFormAsync(url, new Dictionary<string, string> { ["score"] = "9" }, $"#criterion-{cycle.CriterionIds[0]} form"));
        Assert.Contains("คะแนนต้องเป็นระดับหนึ่งในเกณฑ์", refused.QuerySelector("[data-testid=error]")!.TextContent);
        foreach (var criterion in cycle.CriterionIds)
        {
            var saved = await browser.SubmitFormAsync(url, new Dictionary<string, string> { ["score"] = "4", ["comment"] = "ดี" }, $"#criterion-{criterion} form");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync(url, new Dictionary<string, string>(), "form[action*='handler=Submit']")).StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.JudgeAssignments.Where(a => a.Id == assignment).Select(a => a.SubmittedAt).SingleAsync()));
        Assert.Contains("ส่งคะแนนแล้ว", (await browser.GetPageAsync(url)).Body!.TextContent);
    }

    [Fact]
    public async Task The_admin_sees_the_conflict_reason_on_the_judges_page_and_decides_and_locks_on_the_panel_page()
    {
        var cycle = await factory.JudgingCycleAsync();
        var adminUser = await factory.CreateAsync(LearningCity.Common.Auth.Roles.Admin);
        var admin = await factory.ApiClientAsync(adminUser);
        var (application, _) = await factory.SubmittedApplicationAsync(cycle, province: "TH-65");
        var local = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-65");
        var browser = await factory.LoginAsync(adminUser);
        var judgesUrl = $"/awards/cycles/{cycle.Id}/judges";

        var refused = await Html.ParseAsync(await browser.SubmitFormAsync(judgesUrl,
            new Dictionary<string, string> { ["applicationId"] = application.ToString(), ["judgeUserId"] = local.User.Id.ToString() }, "form[action*='handler=Assign']"));
        Assert.Contains("จังหวัดเดียวกับเมือง (TH-65)", refused.QuerySelector("[data-testid=conflict-reason]")!.TextContent);
        Assert.Equal(0, await factory.AssignmentCountAsync(application));
        // Provinces are shown by name, not by their code.
        var judges = (await browser.GetPageAsync(judgesUrl)).QuerySelector("table")!.TextContent;
        Assert.Contains("พิษณุโลก", judges);
        Assert.DoesNotContain("TH-65", judges);

        var panelUrl = $"/awards/cycles/{cycle.Id}/panel";
        var row = (await browser.GetPageAsync(panelUrl)).QuerySelector($"[data-testid=row-{application}]");
        Assert.NotNull(row);
        Assert.Contains("พิษณุโลก", row.TextContent);
        var noRationale = await Html.ParseAsync(await browser.SubmitFormAsync(panelUrl, new Dictionary<string, string> { ["outcome"] = "Winner", ["rationale"] = "" },
            "form[action*='handler=Decide']"));
        Assert.Contains("โปรดระบุเหตุผล", noRationale.QuerySelector("[data-testid=error]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync(panelUrl,
            new Dictionary<string, string> { ["outcome"] = "Winner", ["rationale"] = "เมืองต้นแบบ" }, "form[action*='handler=Decide']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync(panelUrl, new Dictionary<string, string>(), "form[action*='handler=Lock']")).StatusCode);
        var locked = await browser.GetPageAsync(panelUrl);
        Assert.Contains("ชนะเลิศ", locked.QuerySelector($"[data-testid=row-{application}] [data-testid=outcome]")!.TextContent);
        Assert.Null(locked.QuerySelector("form[action*='handler=Lock']"));
        Assert.Equal("ล็อกแล้ว", locked.QuerySelector("[data-testid=phase]")!.TextContent);
    }

    [Fact]
    public async Task Judging_pages_are_closed_to_people_without_the_role()
    {
        var cycle = await factory.JudgingCycleAsync();
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        foreach (var url in new[] { "/awards/judging", $"/awards/cycles/{cycle.Id}/judges", $"/awards/cycles/{cycle.Id}/panel" })
        {
            var status = (await learner.GetAsync(url)).StatusCode;
            Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{url}: {(int)status}");
            Assert.NotEqual(HttpStatusCode.OK, status);
        }
    }
}
