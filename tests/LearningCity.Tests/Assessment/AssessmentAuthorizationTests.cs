using System.Net;
using System.Text;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Assessment;

public sealed class AssessmentAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly object Value = new { value = "5" };

    /// <summary>Every call a city's assessment and its review take, with who is asking.</summary>
    private static async Task<Dictionary<string, HttpStatusCode>> CallAllAsync(HttpClient client, CityInCycle c) => new()
    {
        ["get"] = (await client.GetAsync(c.Url)).StatusCode,
        ["put"] = (await client.PutValueAsync(c.Url, "W2.1", Value)).StatusCode,
        ["evidence"] = (await client.UploadEvidenceAsync(c.Url, "W3.1", AssessmentTestData.Pdf, "x.pdf")).StatusCode,
        ["submit"] = (await client.SubmitAsync(c.Url)).StatusCode,
        ["revisions"] = (await client.GetAsync(c.Url + "/revisions")).StatusCode,
        ["queue"] = (await client.GetAsync("/api/v1/assessments/review-queue")).StatusCode,
        ["return"] = (await client.PostApiAsync(c.Url + "/return", new { note = "โปรดแก้ไข" })).StatusCode,
        ["validate"] = (await client.PostApiAsync(c.Url + "/validate", new { })).StatusCode,
    };

    private static void AllAre(HttpStatusCode expected, Dictionary<string, HttpStatusCode> answers, params string[] calls)
    {
        foreach (var call in calls) Assert.True(answers[call] == expected, $"{call} answered {(int)answers[call]}, expected {(int)expected}");
    }

    private Task<string> StatusAsync(CityInCycle c) => factory.WithDbAsync(db =>
        db.CityAssessments.Where(a => a.CycleId == c.CycleId && a.CityId == c.CityId).Select(a => a.Status.ToString()).SingleAsync());

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in()
    {
        var c = await factory.CityInCycleAsync();
        await factory.FillInAsync(c);
        var answers = await CallAllAsync(factory.CreateBrowserlessClient(), c);
        AllAre(HttpStatusCode.Unauthorized, answers, [.. answers.Keys]);
        Assert.Equal("Draft", await StatusAsync(c));
    }

    [Fact]
    public async Task A_learner_may_not_read_fill_in_or_review_a_city_assessment()
    {
        var c = await factory.CityInCycleAsync();
        await factory.FillInAsync(c);
        var answers = await CallAllAsync(await factory.ApiClientAsync(Roles.Learner), c);
        AllAre(HttpStatusCode.Forbidden, answers, [.. answers.Keys]);
        Assert.Equal("Draft", await StatusAsync(c));
    }

    [Fact]
    public async Task A_coordinator_of_another_city_never_sees_or_changes_this_city_draft()
    {
        var c = await factory.CityInCycleAsync();
        await factory.FillInAsync(c);
        var other = await factory.CityInCycleAsync(c.CycleId, "เมืองข้างเคียง");

        var refused = await other.Coordinator.GetAsync(c.Url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("คุณไม่มีสิทธิ์ดูหรือแก้ไขแบบประเมินของเมืองนี้", body);
        Assert.DoesNotContain("indicatorCode", body);
        var answers = await CallAllAsync(other.Coordinator, c);
        AllAre(HttpStatusCode.Forbidden, answers, [.. answers.Keys]);

        // Nothing changed, and their own city's assessment is theirs only.
        var own = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(("Draft", "12"), (own.GetProperty("status").GetString(), own.Value("W2.1").GetProperty("value").GetString()));
        Assert.DoesNotContain(own.Value("W3.1").GetProperty("evidence").EnumerateArray(), e => e.GetProperty("fileName").GetString() == "x.pdf");
        Assert.Equal(other.CityId, (await (await other.Coordinator.GetAsync(other.Url)).ExpectJsonAsync()).GetProperty("cityId").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Coordinator.GetAsync(other.Url)).StatusCode);
    }

    [Fact]
    public async Task A_researcher_sees_only_validated_assessments()
    {
        var researcher = await factory.ApiClientAsync(Roles.Researcher);
        var c = await factory.CityInCycleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await researcher.GetAsync(c.Url)).StatusCode); // not started, and a researcher does not start it
        await factory.FillInAsync(c);
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.GetAsync(c.Url)).StatusCode);
        await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.GetAsync(c.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.GetAsync(c.Url + "/revisions")).StatusCode);

        await (await (await factory.ApiClientAsync(Roles.Reviewer)).PostApiAsync(c.Url + "/validate", new { })).ExpectJsonAsync();
        var validated = await (await researcher.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal("Validated", validated.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, validated.GetProperty("overallScore").ValueKind);
        var answers = await CallAllAsync(researcher, c);
        AllAre(HttpStatusCode.Forbidden, answers, "put", "evidence", "submit", "queue", "return", "validate");
    }

    [Fact]
    public async Task A_reviewer_reviews_but_never_fills_in()
    {
        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        var c = await factory.CityInCycleAsync();
        await factory.FillInAsync(c);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(c.Url)).StatusCode); // a draft is the city's own
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutValueAsync(c.Url, "W2.1", Value)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.UploadEvidenceAsync(c.Url, "W3.1", AssessmentTestData.Pdf, "x.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.SubmitAsync(c.Url)).StatusCode);
        Assert.Equal("Draft", await StatusAsync(c));

        await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/v1/assessments/review-queue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(c.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(c.Url + "/revisions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutValueAsync(c.Url, "W2.1", Value)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostApiAsync(c.Url + "/return", new { note = "โปรดแก้ไข" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.SubmitAsync(c.Url)).StatusCode);
        Assert.Equal("Returned", await StatusAsync(c));
        await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostApiAsync(c.Url + "/validate", new { })).StatusCode);
        Assert.Equal("Validated", await StatusAsync(c));
    }

    [Fact]
    public async Task A_return_needs_a_comment_on_an_indicator_of_the_framework()
    {
        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        var c = await factory.CityInCycleAsync();
        await factory.SubmitCompleteAsync(c);
        Assert.Contains("การส่งกลับต้องมีความเห็นอย่างน้อยหนึ่งข้อ",
            await (await reviewer.PostApiAsync(c.Url + "/return", new { comments = new Dictionary<string, string> { ["W2.1"] = "  " } })).ErrorsAsync("comments"));
        Assert.Contains("There is no indicator Z9.9 in this cycle's framework",
            await (await reviewer.PostApiAsync(c.Url + "/return", new { comments = new Dictionary<string, string> { ["Z9.9"] = "?" } }, english: true)).ErrorsAsync("comments"));
        Assert.Equal("Submitted", await StatusAsync(c));
    }

    [Fact]
    public async Task A_coordinator_may_not_review_even_their_own_city()
    {
        var c = await factory.CityInCycleAsync();
        await factory.SubmitCompleteAsync(c);
        var queue = await c.Coordinator.GetAsync("/api/v1/assessments/review-queue");
        Assert.Equal("เฉพาะผู้ตรวจสอบของสำนักเลขาธิการและผู้ดูแลระบบเท่านั้น", await queue.DetailAsync(HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Coordinator.PostApiAsync(c.Url + "/return", new { note = "ตัวเอง" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Coordinator.PostApiAsync(c.Url + "/validate", new { })).StatusCode);
        Assert.Equal("Submitted", await StatusAsync(c));
        Assert.Equal(HttpStatusCode.OK, (await c.Coordinator.GetAsync(c.Url + "/revisions")).StatusCode);
    }

    [Fact]
    public async Task An_admin_may_review_and_fill_in_any_city()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var c = await factory.CityInCycleAsync();
        await factory.SubmitCompleteAsync(c);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/assessments/review-queue")).StatusCode);
        await (await admin.PostApiAsync(c.Url + "/return", new { note = "แก้ไขหน่วยนับ" })).ExpectJsonAsync();
        await (await admin.PutValueAsync(c.Url, "W2.1", new { value = "7" })).ExpectJsonAsync();
        await (await admin.SubmitAsync(c.Url)).ExpectJsonAsync();
        await (await admin.PostApiAsync(c.Url + "/validate", new { })).ExpectJsonAsync();
        Assert.Equal("Validated", await StatusAsync(c));
    }

    [Fact]
    public async Task Only_admins_may_shape_frameworks_and_open_cycles()
    {
        var frameworkId = await factory.DefaultFrameworkIdAsync();
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var draft = await (await admin.PostApiAsync($"/api/v1/assessments/frameworks/{frameworkId}/drafts", null)).ExpectJsonAsync(HttpStatusCode.Created);
        var draftId = draft.GetProperty("id").GetInt32();
        var document = await (await admin.GetAsync($"/api/v1/assessments/frameworks/{frameworkId}")).ExpectJsonAsync();
        var csv = await (await admin.GetAsync($"/api/v1/assessments/frameworks/{frameworkId}/csv")).Content.ReadAsByteArrayAsync();
        var indicator = document.GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators")[0];
        var cycle = new { yearBe = AssessmentTestData.NextYear(), frameworkId, deadline = AssessmentTestData.ThaiToday(factory).AddDays(60).ToString("yyyy-MM-dd") };

        async Task<Dictionary<string, HttpStatusCode>> TryAllAsync(HttpClient client)
        {
            var csvForm = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "framework.csv" }, { new StringContent("กรอบทดสอบ"), "nameTh" } };
            return new()
            {
                ["import"] = (await client.PostAsync("/api/v1/assessments/frameworks", new StringContent(document.GetRawText(), Encoding.UTF8, "application/json"))).StatusCode,
                ["import csv"] = (await client.PostAsync("/api/v1/assessments/frameworks/csv", csvForm)).StatusCode,
                ["copy"] = (await client.PostApiAsync($"/api/v1/assessments/frameworks/{frameworkId}/drafts", null)).StatusCode,
                ["put indicator"] = (await client.PutAsync($"/api/v1/assessments/frameworks/{draftId}/indicators/W1.1",
                    new StringContent(indicator.GetRawText(), Encoding.UTF8, "application/json"))).StatusCode,
                ["delete indicator"] = (await client.DeleteAsync($"/api/v1/assessments/frameworks/{draftId}/indicators/W1.2")).StatusCode,
                ["publish"] = (await client.PostApiAsync($"/api/v1/assessments/frameworks/{draftId}/publish", null)).StatusCode,
                ["delete draft"] = (await client.DeleteAsync($"/api/v1/assessments/frameworks/{draftId}")).StatusCode,
                ["open cycle"] = (await client.PostApiAsync("/api/v1/assessments/cycles", cycle)).StatusCode,
            };
        }

        var frameworks = await factory.WithDbAsync(db => db.IndicatorFrameworks.CountAsync());
        var anonymous = await TryAllAsync(factory.CreateBrowserlessClient());
        AllAre(HttpStatusCode.Unauthorized, anonymous, [.. anonymous.Keys]);
        foreach (var role in new[] { Roles.Learner, Roles.Coordinator, Roles.Reviewer, Roles.Researcher })
        {
            var answers = await TryAllAsync(await factory.ApiClientAsync(role));
            AllAre(HttpStatusCode.Forbidden, answers, [.. answers.Keys]);
        }
        Assert.Equal("Draft", await factory.WithDbAsync(db => db.IndicatorFrameworks.Where(f => f.Id == draftId).Select(f => f.Status.ToString()).SingleAsync()));
        Assert.Equal(frameworks, await factory.WithDbAsync(db => db.IndicatorFrameworks.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.AssessmentCycles.AnyAsync(c => c.YearBe == cycle.yearBe)));

        // The reading calls are open to everyone.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().GetAsync("/api/v1/assessments/frameworks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().GetAsync($"/api/v1/assessments/frameworks/{frameworkId}/csv")).StatusCode);

        var opened = await (await admin.PostApiAsync("/api/v1/assessments/cycles", cycle)).ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Equal(cycle.yearBe, opened.GetProperty("yearBe").GetInt32());
        var all = await TryAllAsync(admin);
        Assert.Equal(HttpStatusCode.Created, all["import"]);
        Assert.Equal(HttpStatusCode.Created, all["import csv"]);
        Assert.Equal(HttpStatusCode.Created, all["copy"]);
        Assert.Equal(HttpStatusCode.OK, all["put indicator"]);
        Assert.Equal(HttpStatusCode.NoContent, all["delete indicator"]);
        Assert.Equal(HttpStatusCode.OK, all["publish"]);
        Assert.Equal(HttpStatusCode.Conflict, all["delete draft"]); // published by then
        Assert.Equal(HttpStatusCode.BadRequest, all["open cycle"]); // the year is taken now
    }

    [Fact]
    public async Task Opening_a_cycle_is_checked_for_year_framework_and_deadline()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var frameworkId = await factory.DefaultFrameworkIdAsync();
        var today = AssessmentTestData.ThaiToday(factory);
        var year = AssessmentTestData.NextYear();
        var taken = await factory.OpenCycleAsync();
        var takenYear = await factory.WithDbAsync(db => db.AssessmentCycles.Where(c => c.Id == taken).Select(c => c.YearBe).SingleAsync());
        var draftId = (await (await admin.PostApiAsync($"/api/v1/assessments/frameworks/{frameworkId}/drafts", null)).ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var bad = await admin.PostApiAsync("/api/v1/assessments/cycles", new { yearBe = 2026, frameworkId = draftId, deadline = today.AddDays(-1).ToString("yyyy-MM-dd") });
        var problem = (await bad.ExpectJsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("ปีต้องเป็นปีพุทธศักราช เช่น 2570", problem.GetProperty("yearBe")[0].GetString());
        Assert.Equal("โปรดเลือกกรอบตัวชี้วัดที่เผยแพร่แล้ว", problem.GetProperty("frameworkId")[0].GetString());
        Assert.Equal("กำหนดส่งต้องไม่ก่อนวันนี้", problem.GetProperty("deadline")[0].GetString());
        Assert.Contains("There is already a cycle for this year",
            await (await admin.PostApiAsync("/api/v1/assessments/cycles", new { yearBe = takenYear, frameworkId, deadline = today.ToString("yyyy-MM-dd") }, english: true)).ErrorsAsync("yearBe"));

        var opened = await (await admin.PostApiAsync("/api/v1/assessments/cycles", new { yearBe = year, frameworkId, deadline = today.ToString("yyyy-MM-dd") })).ExpectJsonAsync(HttpStatusCode.Created);
        var list = await (await factory.CreateBrowserlessClient().GetAsync("/api/v1/assessments/cycles")).ExpectJsonAsync();
        var row = Assert.Single(list.EnumerateArray(), r => r.GetProperty("id").GetInt32() == opened.GetProperty("id").GetInt32());
        Assert.Equal($"การประเมินตนเองเมืองแห่งการเรียนรู้ ปี {year}", row.GetProperty("nameTh").GetString());
        Assert.Equal($"Learning city self-assessment {year - 543}", row.GetProperty("nameEn").GetString());
    }
}
