using System.Net;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using LearningCity.Tests.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Awards;

public sealed class ApplicationFlowTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coordinator_applies_writes_endorses_consents_and_submits()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var started = await factory.StartLargeAsync(cycle, city);
        Assert.Equal(("Draft", "Open", true, city.CityId), (started.GetProperty("status").GetString(), started.GetProperty("phase").GetString(),
            started.GetProperty("isEditable").GetBoolean(), started.GetProperty("cityId").GetInt32()));
        Assert.Equal(JsonValueKind.Null, started.GetProperty("decision").ValueKind);
        var complete = await city.Coordinator.CompleteAsync(started);
        Assert.True(complete.GetProperty("hasEndorsementLetter").GetBoolean());
        Assert.Equal("นายสมชาย ใจดี", complete.GetProperty("mayorName").GetString());
        var url = AwardsTestData.AppUrl(started.GetProperty("id").GetInt32());
        var submitted = await (await city.Coordinator.PostApiAsync(url + "/submit", new { version = complete.Version() })).ExpectJsonAsync();
        Assert.Equal(("Submitted", false), (submitted.GetProperty("status").GetString(), submitted.GetProperty("isEditable").GetBoolean()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "awards.application.submit" && a.EntityId == started.GetProperty("id").GetInt32().ToString())));

        // Nothing changes after submission.
        Assert.Equal("ใบสมัครนี้ส่งหรือถอนแล้ว จึงแก้ไขไม่ได้",
            await (await city.Coordinator.PutJsonAsync(url, new { version = submitted.Version(), consentToPublish = false })).DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Conflict, (await city.Coordinator.UploadAsync(url + "/evidence", "file", AssessmentTestData.Pdf, "x.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await city.Coordinator.PostApiAsync(url + "/submit", new { })).StatusCode);
        // One application per city and category.
        Assert.Equal("This city already has an application in this category",
            await (await city.Coordinator.StartAsync(cycle, started.GetProperty("categoryId").GetInt32(), city.CityId, english: true)).DetailAsync(HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Submitting_an_incomplete_application_answers_the_list_of_what_is_missing()
    {
        var cycle = await factory.AddCycleAsync(wordLimit: 5);
        var city = await factory.AwardCityAsync();
        var app = await factory.StartLargeAsync(cycle, city);
        var url = AwardsTestData.AppUrl(app.GetProperty("id").GetInt32());
        var ids = app.CriterionIds();
        // Thai without spaces: the word breaker counts 8 words, more than the limit of 5, though there is no space at all.
        const string tooLong = "เทศบาลจัดกิจกรรมการเรียนรู้ตลอดชีวิตทุกเดือน";
        var saved = await (await city.Coordinator.PutJsonAsync(url, new { version = app.Version(), narratives = new[] { new { criterionId = ids[0], text = tooLong }, new { criterionId = ids[1], text = "ห้องสมุดชุมชน" } } })).ExpectJsonAsync();
        var first = saved.GetProperty("narratives")[0];
        Assert.True(first.GetProperty("words").GetInt32() > 5, first.GetRawText());
        Assert.True(first.GetProperty("overLimit").GetBoolean());
        Assert.False(saved.GetProperty("narratives")[1].GetProperty("overLimit").GetBoolean());

        var refused = await city.Coordinator.PostApiAsync(url + "/submit", new { });
        var problem = await refused.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("ยังส่งใบสมัครไม่ได้ โปรดแก้ไขรายการต่อไปนี้", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("เกินกำหนด 5 คำ", errors.GetProperty("narrative.1")[0].GetString());
        Assert.True(errors.TryGetProperty("narrative.3", out _));
        Assert.False(errors.TryGetProperty("narrative.2", out _));
        Assert.Equal("ยังไม่มีหนังสือรับรองที่ลงนามโดยนายกฯ พร้อมชื่อและตำแหน่ง", errors.GetProperty("endorsement")[0].GetString());
        Assert.Equal("ยังไม่ได้ยินยอมให้เผยแพร่ใบสมัคร", errors.GetProperty("consentToPublish")[0].GetString());
        Assert.Equal(["Consent to publish is missing"], await (await city.Coordinator.PostApiAsync(url + "/submit", new { }, english: true)).ErrorsAsync("consentToPublish"));
        Assert.Equal("Draft", (await (await city.Coordinator.GetAsync(url)).ExpectJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Submitting_after_the_call_closes_is_refused_on_the_server()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var app = await city.Coordinator.CompleteAsync(await factory.StartLargeAsync(cycle, city));
        var url = AwardsTestData.AppUrl(app.GetProperty("id").GetInt32());
        // The closing day is still open until its end (Thai time).
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycle).ExecuteUpdateAsync(u => u.SetProperty(c => c.CallCloses, AwardsTestData.Today(factory).AddDays(-1))));
        Assert.Equal("The call for applications has closed", await (await city.Coordinator.PostApiAsync(url + "/submit", new { }, english: true)).DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Conflict, (await city.Coordinator.PutJsonAsync(url, new { version = app.Version(), consentToPublish = false })).StatusCode);
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycle).ExecuteUpdateAsync(u => u.SetProperty(c => c.CallCloses, AwardsTestData.Today(factory))));
        Assert.Equal("Submitted", (await (await city.Coordinator.PostApiAsync(url + "/submit", new { })).ExpectJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_nothing_is_lost()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var app = await factory.StartLargeAsync(cycle, city);
        var url = AwardsTestData.AppUrl(app.GetProperty("id").GetInt32());
        var id = app.CriterionIds()[0];
        await (await city.Coordinator.PutJsonAsync(url, new { version = app.Version(), narratives = new[] { new { criterionId = id, text = "ฉบับแรก" } } })).ExpectJsonAsync();
        Assert.Equal("มีผู้อื่นบันทึกข้อมูลนี้ไปก่อนแล้ว โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง",
            await (await city.Coordinator.PutJsonAsync(url, new { version = app.Version(), narratives = new[] { new { criterionId = id, text = "ฉบับที่สอง" } } })).DetailAsync(HttpStatusCode.Conflict));
        var now = await (await city.Coordinator.GetAsync(url)).ExpectJsonAsync();
        Assert.Equal("ฉบับแรก", now.GetProperty("narratives")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Evidence_files_are_checked_by_content_and_links_must_be_web_addresses()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var app = await factory.StartLargeAsync(cycle, city);
        var url = AwardsTestData.AppUrl(app.GetProperty("id").GetInt32());
        var program = new byte[512];
        "MZ"u8.CopyTo(program);
        Assert.Equal(["ไฟล์ต้องเป็น PDF เอกสารสำนักงาน หรือรูปภาพ (ตรวจจากเนื้อหาของไฟล์)"], await (await city.Coordinator.UploadAsync(url + "/evidence", "file", program, "setup.pdf")).ErrorsAsync("file"));
        Assert.Equal(["The file must be a PDF, an office document or an image (checked by its content)"],
            await (await city.Coordinator.UploadAsync(url + "/endorsement", "letter", Encoding.UTF8.GetBytes("ข้อความธรรมดา"), "letter.pdf", english: true)).ErrorsAsync("letter"));
        var criterion = app.CriterionIds()[2];
        var saved = await (await city.Coordinator.UploadAsync(url + "/evidence", "file", AssessmentTestData.Pdf, "ภาพถ่ายพื้นที่.pdf",
            new Dictionary<string, string> { ["criterionId"] = criterion.ToString() })).ExpectJsonAsync();
        var evidence = Assert.Single(saved.GetProperty("evidence").EnumerateArray());
        Assert.Equal(("ภาพถ่ายพื้นที่.pdf", criterion), (evidence.GetProperty("fileName").GetString(), evidence.GetProperty("criterionId").GetInt32()));
        var file = await city.Coordinator.GetAsync($"{url}/files/{evidence.GetProperty("file").GetString()}");
        Assert.Equal(AssessmentTestData.Pdf, await file.Content.ReadAsByteArrayAsync());
        // Evidence is private: never at the public file address, not even for its own coordinator.
        Assert.Equal(HttpStatusCode.NotFound, (await city.Coordinator.GetAsync($"/files/{evidence.GetProperty("file").GetString()}")).StatusCode);

        Assert.Equal(["Evidence links must be web addresses starting with http:// or https://"],
            await (await city.Coordinator.PutJsonAsync(url, new { version = saved.Version(), links = new[] { new { criterionId = (int?)null, url = "javascript:alert(1)" } } }, english: true)).ErrorsAsync("links"));
        var linked = await (await city.Coordinator.PutJsonAsync(url, new { version = saved.Version(), links = new[] { new { criterionId = (int?)criterion, url = "https://example.org/plan" } } })).ExpectJsonAsync();
        Assert.Equal(2, linked.GetProperty("evidence").GetArrayLength()); // the file is kept
    }

    [Fact]
    public async Task Facts_come_pre_filled_from_the_platform_with_their_sources_and_can_be_refreshed()
    {
        var assessmentCycle = await factory.OpenCycleAsync();
        var cycle = await factory.AddCycleAsync(assessmentCycleId: assessmentCycle);
        var assessed = await factory.CityInCycleAsync(assessmentCycle, "เมืองข้อเท็จจริง");
        await factory.WithDbAsync(db => db.Cities.Where(c => c.Id == assessed.CityId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Population, 30_000)));
        await factory.AddSpaceAsync(CityTestData.Unique("ห้องสมุดประชาชน"), cityId: assessed.CityId);
        await factory.ValidateCompleteAsync(assessed);
        var city = new AwardCity(assessed.CityId, assessed.Coordinator);
        var app = await factory.StartLargeAsync(cycle, city);
        var facts = app.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var score = await factory.WithDbAsync(db => db.CityAssessments.Where(a => a.CycleId == assessmentCycle && a.CityId == city.CityId).Select(a => a.OverallScore).SingleAsync());
        Assert.NotNull(score);
        Assert.Equal(Math.Round((decimal)score.Value, 2), facts["assessment_score"].GetProperty("value").GetDecimal());
        Assert.Equal("assessment", facts["assessment_score"].GetProperty("source").GetString());
        Assert.Equal((1m, "resources"), (facts["learning_spaces"].GetProperty("value").GetDecimal(), facts["learning_spaces"].GetProperty("source").GetString()));
        Assert.Equal("booster", facts["booster_activities"].GetProperty("source").GetString());

        await factory.AddResourceAsync(CityTestData.Unique("คู่มือ"), cityId: city.CityId);
        var url = AwardsTestData.AppUrl(app.GetProperty("id").GetInt32());
        var refreshed = await (await city.Coordinator.PostApiAsync(url + "/facts/refresh", new { })).ExpectJsonAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var expected = await scope.ServiceProvider.GetRequiredService<CityContentFigures>().ForCityAsync(city.CityId);
        Assert.Equal((decimal)expected.Resources, refreshed.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "published_resources").GetProperty("value").GetDecimal());
        Assert.Equal(1, expected.Resources);
    }

    [Fact]
    public async Task A_coordinator_withdraws_until_the_cycle_is_locked()
    {
        var cycle = await factory.AddCycleAsync();
        var city = await factory.AwardCityAsync();
        var draft = await factory.StartLargeAsync(cycle, city);
        var url = AwardsTestData.AppUrl(draft.GetProperty("id").GetInt32());
        var withdrawn = await (await city.Coordinator.PostApiAsync(url + "/withdraw", new { version = draft.Version() })).ExpectJsonAsync();
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, withdrawn.GetProperty("withdrawnAt").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await city.Coordinator.PostApiAsync(url + "/withdraw", new { })).StatusCode);

        var digital = await (await city.Coordinator.StartAsync(cycle, await factory.CategoryIdAsync(cycle, "digital"), city.CityId)).ExpectJsonAsync(HttpStatusCode.Created);
        var submitted = await city.Coordinator.CompleteAsync(digital);
        var digitalUrl = AwardsTestData.AppUrl(digital.GetProperty("id").GetInt32());
        await (await city.Coordinator.PostApiAsync(digitalUrl + "/submit", new { })).ExpectJsonAsync();
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycle).ExecuteUpdateAsync(u => u.SetProperty(c => c.LockedAt, factory.UtcNow().UtcDateTime)));
        Assert.Equal(HttpStatusCode.Conflict, (await city.Coordinator.PostApiAsync(digitalUrl + "/withdraw", new { })).StatusCode);
        Assert.Equal("Submitted", (await (await city.Coordinator.GetAsync(digitalUrl)).ExpectJsonAsync()).GetProperty("status").GetString());
        Assert.True(submitted.GetProperty("consentToPublish").GetBoolean());
    }

    [Fact]
    public async Task Applying_needs_an_open_call_and_an_eligible_city()
    {
        var upcoming = await factory.AddCycleAsync(opensInDays: 5);
        var city = await factory.AwardCityAsync();
        Assert.Equal("รอบการมอบรางวัลนี้ไม่ได้เปิดรับสมัครอยู่",
            await (await city.Coordinator.StartAsync(upcoming, await factory.CategoryIdAsync(upcoming, "large"), city.CityId)).DetailAsync(HttpStatusCode.Conflict));
        var open = await factory.AddCycleAsync();
        var refused = await (await city.Coordinator.StartAsync(open, await factory.CategoryIdAsync(open, "sao"), city.CityId, english: true)).ExpectJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("This city may not apply to this category", refused.GetProperty("detail").GetString());
        Assert.Equal(["The city's type of local government does not fit this category"], refused.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Please choose one", await (await city.Coordinator.PostApiAsync(AwardsTestData.CycleUrl(open) + "/applications", new { cityId = city.CityId }, english: true)).ErrorsAsync("categoryId"));
        Assert.False(await factory.WithDbAsync(db => db.AwardApplications.AnyAsync(a => a.CityId == city.CityId)));
    }
}
